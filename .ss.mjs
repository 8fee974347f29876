import { chromium } from '@playwright/test';
const [,, w, h, step, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto('http://127.0.0.1:4321/');
for (const s of ['api','post-training','local','on-device']) {
  await page.locator(`[data-step="${s}"]`).evaluate((el) => { const top = el.getBoundingClientRect().top + window.scrollY; window.scrollTo({ top: top - window.innerHeight * 0.6, behavior: 'instant' }); });
  await page.waitForTimeout(600);
  if (s === step) break;
}
await page.screenshot({ path: out });
console.log(await page.locator('[data-scrolly-sticky]').getAttribute('data-selected'));
await browser.close();
