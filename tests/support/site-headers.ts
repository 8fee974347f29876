/**
 * public/_headers as a build writes it to dist/_headers: its embed page rule written out for every embed
 * page of the registry, live and retired (integrations/embed-headers.ts does it from the built pages).
 */
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../bench/lib/headers-file';
import { expandEmbedRules } from '../../integrations/embed-headers';
import { RETIRED_WIDGETS } from '../../src/widgets/retired';
import { WIDGETS } from '../../src/widgets/registry';

export const HEADERS_TEMPLATE = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

/** Every graphic with an embed page: the live ones, then the retired ones. */
export const EMBED_PAGE_IDS = [...WIDGETS.map((w) => w.id), ...RETIRED_WIDGETS.map((w) => w.id)];

export const siteHeadersText = () => expandEmbedRules(HEADERS_TEMPLATE, [...EMBED_PAGE_IDS].sort());
export const siteHeaderRules = () => parseHeadersFile(siteHeadersText());
