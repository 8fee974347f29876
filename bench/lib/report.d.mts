export function kb(bytes: number | null | undefined, unit?: number): string;
export function pageMisses(page: unknown, targets: unknown): string[];
export function byteMisses(bytes: unknown, targets: unknown): string[];
export function formatBytes(bytes: unknown, baseline: unknown): string[];
export function formatResults(results: unknown): { markdown: string; misses: string[] };
