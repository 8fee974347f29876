export function dropRepeatedStylesheets(html: string): { html: string; removed: number };
