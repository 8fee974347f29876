/**
 * The retired graphics (src/widgets/retired.ts) on a host page of another origin: each one's snippet from
 * its oEmbed file with our loader, and its page under pym.js as docs/embedding.md sets it up. The frame is
 * the real retired page (its address, its heading, its one line, its table or statement, its links) and
 * fits its content within 2 px, at 375 and 1000 px. (WordPress by URL: wordpress.spec.ts.)
 */
import { embedFrame, expect, expectFits, test, type Served } from '../support/embed-fixtures';
import { hostPage } from '../support/host-server';
import { pastedSnippet } from '../support/snippet';
import { documentedSetUps, runnablePym } from '../support/pym-docs';
import { SHOWN_RETIRED } from '../support/shown-widgets';

interface RetiredListing {
  id: string;
  title: string;
  embed: string;
  oembed: string;
  story: string;
  successor: string | null;
  embedHeight: number;
}

async function retiredListing(served: Served): Promise<(RetiredListing & { snippet: string; servedEmbed: string })[]> {
  const json = (await (await fetch(`${served.servedBase}embed/widgets.json`)).json()) as { retired: RetiredListing[] };
  return Promise.all(
    json.retired.map(async (graphic) => {
      const oembed = (await (await fetch(served.toServed(graphic.oembed))).json()) as { html: string };
      return {
        ...graphic,
        snippet: served.toServed(pastedSnippet(oembed.html)),
        servedEmbed: served.toServed(graphic.embed),
      };
    }),
  );
}

test('widgets.json lists every retired graphic of the registry', async ({ served }) => {
  const listed = await retiredListing(served);
  expect(listed.map((g) => g.id)).toEqual(SHOWN_RETIRED.map((g) => g.id));
});

for (const entry of SHOWN_RETIRED) {
  test(`${entry.id} (retired) fits its frame with our loader and with pym.js, at 375 and 1000 px`, async ({
    page,
    host,
    served,
  }) => {
    const graphic = (await retiredListing(served)).find((g) => g.id === entry.id)!;
    const loaderUrl = host.page(
      `/retired/${entry.id}-loader.html`,
      hostPage(
        `Host: ${entry.id}`,
        `<div id="slot">${graphic.snippet.replace('<iframe ', '<iframe id="ours" ')}</div>`,
      ),
    );
    const { script, id } = documentedSetUps();
    const pymUrl = host.page(
      `/retired/${entry.id}-pym.html`,
      hostPage(`Host (pym.js): ${entry.id}`, runnablePym(script, served.servedBase, graphic.servedEmbed)),
    );
    expect(new URL(loaderUrl).origin).not.toBe(new URL(served.servedBase).origin);

    for (const [mode, url, iframe] of [
      ['our loader', loaderUrl, '#ours'],
      ['pym.js', pymUrl, `#${id} iframe`],
    ] as const) {
      await test.step(mode, async () => {
        await page.setViewportSize({ width: 375, height: 900 });
        await page.goto(url);
        const frame = await embedFrame(page, graphic.servedEmbed);
        // The real retired page: its heading, its one line, what it still shows, its links.
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(entry.title);
        await expect(frame.locator(`[data-widget="${entry.id}"]`)).toHaveAttribute('data-retired', entry.retired.date);
        await expect(frame.locator('.retired-notice')).toHaveText(/retired from the story on 1 December 2026/);
        if (entry.figures.length + entry.derived.length > 0) {
          await expect(frame.locator('table tbody tr')).toHaveCount(entry.figures.length + entry.derived.length);
          await expect(frame.locator('table')).toBeVisible();
        } else {
          await expect(frame.locator('.retired-statement')).toHaveText(entry.statement!);
        }
        await expect(frame.locator('.embed-origin a').first()).toHaveAttribute('href', graphic.story);
        expect(graphic.story.endsWith(`#${entry.retired.story}`)).toBe(true);
        if (entry.retired.successor) {
          await expect(frame.locator('.embed-origin a').nth(1)).toHaveAttribute(
            'href',
            new RegExp(`#graphic-${entry.retired.successor}$`),
          );
        }
        await expect(frame.locator('.embed-refused').first()).toBeHidden();
        await expectFits(page, iframe, frame, `${mode} at 375 px`);
        await page.setViewportSize({ width: 1000, height: 900 });
        await expectFits(page, iframe, frame, `${mode} at 1000 px`);
        // Where scripts are stripped, the starting height shows all of it (never short).
        const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        if (mode === 'our loader') {
          await page.setViewportSize({ width: 656, height: 900 });
          await expectFits(page, iframe, frame, `${mode} at a 640 px column`);
          const at640 = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
          expect(graphic.embedHeight, 'the starting height is not short at 640 px').toBeGreaterThanOrEqual(at640);
          expect(graphic.embedHeight - at640, 'nor much too tall').toBeLessThanOrEqual(150);
        }
        expect(content).toBeGreaterThan(0);
      });
    }
  });
}
