import { chromium } from '@playwright/test';
const [,, w, h, out, scheme='light', full='0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4321/');
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
