export function lastModified(corrections: readonly { date: string }[], publishedAt: string): string;
