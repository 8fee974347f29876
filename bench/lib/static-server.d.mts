export const CONTENT_TYPES: Record<string, string>;
export function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
