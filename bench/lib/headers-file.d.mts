export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  detach: string[];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function patternMatches(pattern: string, path: string): boolean;
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string>;
