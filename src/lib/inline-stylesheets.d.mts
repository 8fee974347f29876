import type { AstroIntegration } from 'astro';

export function styleHash(css: string): string;
export function inlinePageStylesheets(
  html: string,
  readCss: (href: string) => string | null,
): { html: string; inlined: string[] };
export function inlineStylesheets(): AstroIntegration;
