import type { Frame, Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records what a reader would not want: console errors, requests that fail, and any request that
 * leaves the site's own origin. Attach before navigating.
 */
export function watchPage(page: Page, allowedOrigins: string[] = []): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const pageOrigin = new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (url.origin !== pageOrigin && !allowedOrigins.includes(url.origin)) problems.foreignRequests.push(request.url());
  });
  return problems;
}

/** Widest element beyond the viewport (of a page or a frame), or null when nothing overflows horizontally. */
export async function horizontalOverflow(target: Page | Frame) {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}
