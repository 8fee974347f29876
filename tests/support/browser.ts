import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it is installed (CI, this studio's machines), otherwise Playwright's own
 * browser (a laptop after `npx playwright install chromium`).
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions() {
  return existsSync(DEBIAN_CHROMIUM)
    ? { executablePath: DEBIAN_CHROMIUM, args: CHROMIUM_FLAGS }
    : { args: [] as string[] };
}
