import { relative, resolve } from 'node:path';
import { issueText, readJsonFile } from './read-json';
import { ledgerAddressSchema, ledgerSchema, type LedgerAddress } from './ledger-schema';

/**
 * content/ledger.json: every address the site has published (docs/published.md). Read by the build's
 * check (integrations/published-ledger.ts), the retired graphics' check and the tests.
 */
export const LEDGER_FILE = 'content/ledger.json';

export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** The entry's place for messages: `content/ledger.json: entry #12 ("embed/x/card.png")`. */
export function ledgerEntryName(file: string, index: number, path?: string): string {
  return `${file}: entry #${index + 1}${path === undefined ? '' : ` ("${path}")`}`;
}

/** Validates the ledger's JSON: each address well-formed, listed once, published by an edition it names. */
export function parseLedger(raw: unknown, file: string): LedgerAddress[] {
  const top = ledgerSchema.safeParse(raw);
  if (!top.success) {
    throw new LedgerError(`${file}: ${top.error.issues.map((issue) => issueText(issue, '(ledger)')).join('; ')}`);
  }
  const dates = new Set(top.data.editions.map((edition) => edition.date));
  const seen = new Set<string>();
  return top.data.addresses.map((item, index) => {
    const rawPath = typeof item === 'object' && item !== null && 'path' in item ? String(item.path) : undefined;
    const where = ledgerEntryName(file, index, rawPath);
    const result = ledgerAddressSchema.safeParse(item);
    if (!result.success) {
      throw new LedgerError(`${where}, ${result.error.issues.map((issue) => issueText(issue, '(entry)')).join('; ')}`);
    }
    if (seen.has(result.data.path)) throw new LedgerError(`${where}, field "path": listed twice`);
    seen.add(result.data.path);
    if (!dates.has(result.data.since)) {
      throw new LedgerError(`${where}, field "since": ${result.data.since} is not the date of an edition`);
    }
    return result.data;
  });
}

export function readLedger(path = resolve(LEDGER_FILE), cwd = process.cwd()): LedgerAddress[] {
  const file = relative(cwd, path) || path;
  return parseLedger(
    readJsonFile(path, file, (message) => new LedgerError(message)),
    file,
  );
}

/** The ids in the story the ledger holds ("#id" entries), without the "#". */
export function ledgerFragments(addresses: readonly LedgerAddress[]): Set<string> {
  return new Set(addresses.filter((a) => a.path.startsWith('#')).map((a) => a.path.slice(1)));
}
