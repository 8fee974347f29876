import type { AstroIntegration } from 'astro';

export function dropRepeatedStylesheets(html: string): { html: string; removed: number };
export function uniqueStylesheets(): AstroIntegration;
