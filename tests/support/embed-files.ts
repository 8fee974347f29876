/**
 * Checks the machine-readable embed files of a build, served over HTTP: widgets.json, and for every
 * widget its embed page, oEmbed file, CSV and images. Shared by the e2e suite (the preview of ./dist) and
 * the sub-path build nginx serves (nginx-subpath.spec.ts), so both builds pass the same bar.
 */
import assert from 'node:assert/strict';
import type { APIRequestContext } from '@playwright/test';
import { decodePng } from './png';
import { CSV_HEADER } from '../../src/widgets/data-csv';
import { parseStrictCsv, readAsSpreadsheet } from './strict-csv';
import { WIDGETS } from './widgets';

interface Fetched {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface EmbedFileCheck {
  /** Absolute URL of the site's base as the build knows it (SITE_URL + BASE_PATH). */
  siteBase: string;
  /** Where that base is actually served during the test. */
  servedBase: string;
  /** Fetches as a consumer would (Playwright's request context: no browser cache, no page). */
  request: APIRequestContext;
}

/** Every registry widget, with how many figures (records + derived) its CSV must hold. */
const EXPECTED = WIDGETS.map((w) => ({ id: w.id, rows: w.figures.length + w.derived.length }));

/** The columns every data.csv has; only `arithmetic` may be empty (a record is not computed). */
const CSV_COLUMNS: readonly string[] = CSV_HEADER;
// A derived row's arithmetic, a forecast's date, a caveat and the desk's note exist only for some rows.
const MAY_BE_EMPTY = ['arithmetic', 'made_as_stated', 'caveat', 'desk_note'];

export interface WidgetListing {
  id: string;
  title: string;
  description: string;
  /** What the image shows, for its alt text (the description where it shows the whole graphic). */
  imageDescription: string;
  embed: string;
  oembed: string;
  /** null when the widget has no numbers (and so no data.csv). */
  data: string | null;
  image: string;
  svg: string;
  /** The 1200 × 630 share card, the embed page's og:image. */
  card: string;
  story: string;
  embedHeight: number;
}

async function fetchOk(check: EmbedFileCheck, url: string): Promise<Fetched> {
  assert.ok(url.startsWith(check.siteBase), `${url} is not under ${check.siteBase}`);
  const served = check.servedBase + url.slice(check.siteBase.length);
  const response = await check.request.get(served);
  assert.equal(response.status(), 200, `${served} answered HTTP ${response.status()}`);
  return {
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
    body: await response.body(),
  };
}

function attributeOf(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** Runs every check; returns what was read so callers can assert more. */
export async function checkEmbedFiles(check: EmbedFileCheck) {
  const listing = JSON.parse((await fetchOk(check, `${check.siteBase}embed/widgets.json`)).body.toString('utf8')) as {
    site: string;
    loader: string;
    gallery: string;
    widgets: WidgetListing[];
  };
  assert.equal(listing.site, check.siteBase);
  assert.deepEqual(
    listing.widgets.map((w) => w.id),
    EXPECTED.map((w) => w.id),
  );
  const loader = await fetchOk(check, listing.loader);
  assert.match(loader.contentType, /javascript/);
  await fetchOk(check, listing.gallery);

  const pngSizes = new Map<string, { width: number; height: number }>();
  for (const widget of listing.widgets) {
    for (const key of ['embed', 'oembed', 'image', 'svg', 'card', 'story'] as const) {
      assert.ok(widget[key].startsWith(check.siteBase), `${widget.id}.${key} = ${widget[key]}`);
      await fetchOk(check, widget[key]);
    }

    const page = (await fetchOk(check, widget.embed)).body.toString('utf8');
    assert.match(page, /<meta name="robots" content="noindex">/, `${widget.id}: embed page is not noindex`);
    const oembedLink = attributeOf(page, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
    assert.equal(oembedLink, widget.oembed, `${widget.id}: oEmbed discovery link`);
    // Link previews get the 1200 × 630 card; the full-height image stays the oEmbed thumbnail.
    assert.equal(attributeOf(page, /<meta property="og:image" content="([^"]+)"/), widget.card);
    assert.deepEqual(decodePng((await fetchOk(check, widget.card)).body), { width: 1200, height: 630 });
    assert.equal(
      attributeOf(page, /<a href="([^"]+)" target="_blank" rel="noopener"[^>]*>From the story/),
      widget.story,
    );

    const png = decodePng((await fetchOk(check, widget.image)).body);
    assert.ok(png.width >= 1200, `${widget.id}: image.png is ${png.width} px wide`);
    pngSizes.set(widget.id, png);

    const oembedResponse = await fetchOk(check, widget.oembed);
    const oembed = JSON.parse(oembedResponse.body.toString('utf8')) as Record<string, unknown>;
    assert.equal(oembed['version'], '1.0');
    assert.equal(oembed['type'], 'rich');
    for (const key of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) {
      assert.equal(typeof oembed[key], 'string', `${widget.id}: oEmbed ${key}`);
      assert.ok((oembed[key] as string).length > 0, `${widget.id}: oEmbed ${key} is empty`);
    }
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
      assert.ok(Number.isInteger(oembed[key]) && (oembed[key] as number) > 0, `${widget.id}: oEmbed ${key}`);
    }
    assert.equal(oembed['title'], widget.title);
    assert.equal(oembed['provider_url'], check.siteBase);
    assert.equal(oembed['thumbnail_url'], widget.image);
    assert.equal(oembed['thumbnail_width'], png.width);
    assert.equal(oembed['thumbnail_height'], png.height);
    assert.equal(oembed['height'], widget.embedHeight);
    const html = oembed['html'] as string;
    assert.equal(attributeOf(html, /<iframe src="([^"]+)"/), widget.embed);
    assert.equal(attributeOf(html, /<script async src="([^"]+)"><\/script>/), listing.loader);
    assert.match(html, /\btitle="[^"]+"/);
    assert.match(html, /\bloading="lazy"/);

    const rows = EXPECTED.find((w) => w.id === widget.id)!.rows;
    // A widget that draws no figure (a diagram) has no data.csv: a header-only file is a broken download.
    assert.equal(widget.data === null, rows === 0, `${widget.id}: a data.csv exactly when it has numbers`);
    if (widget.data !== null) {
      assert.ok(widget.data.startsWith(check.siteBase), `${widget.id}.data = ${widget.data}`);
      const csvBytes = (await fetchOk(check, widget.data)).body;
      // A UTF-8 byte order mark, so Excel reads the ÷, × and ’ of the labels (src/lib/csv.ts).
      assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${widget.id}: CSV starts with a BOM`);
      const text = csvBytes.subarray(3).toString('utf8');
      const csv = parseStrictCsv(text);
      assert.deepEqual(csv[0], CSV_COLUMNS, `${widget.id}: CSV header`);
      assert.equal(csv.length - 1, rows, `${widget.id}: CSV rows`);
      for (const row of csv.slice(1)) {
        assert.match(row[1]!, /^-?\d+(\.\d+)?$/, `${widget.id}: CSV value ${row[1]} is not a plain number`);
        row.forEach((field, i) =>
          assert.ok(
            field.length > 0 || MAY_BE_EMPTY.includes(CSV_COLUMNS[i]!),
            `${widget.id}: empty ${CSV_COLUMNS[i]} in CSV`,
          ),
        );
        assert.match(row[CSV_COLUMNS.indexOf('qualifier')]!, /\S/, `${widget.id}: CSV row without its qualifier`);
      }
      // A spreadsheet splitting on ";" (Excel's list separator in many locales) sees every record as wide as the header.
      const semicolon = readAsSpreadsheet(text, ';');
      for (const record of semicolon) {
        assert.equal(record.length, semicolon[0]!.length, `${widget.id}: a ";" reader splits a field of the CSV`);
      }
    }

    const svg = (await fetchOk(check, widget.svg)).body.toString('utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes('Source: '), `${widget.id}: image.svg has no source line`);
  }
  return { listing, pngSizes };
}
