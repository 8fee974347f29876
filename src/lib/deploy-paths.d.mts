export function normalizeBase(raw: string | undefined): string;
export function normalizeSite(raw: string | undefined): string;
