import { changeTheChart } from './widget-interaction';
import { expect, type Frame } from '@playwright/test';

/** The embed page's content height inside its frame (what the loader sizes the iframe to). */
export async function contentHeight(frame: Frame) {
  return frame.evaluate(() => document.body.getBoundingClientRect().height);
}

/**
 * One interaction inside the embed, the i-th of the test, that changes the content's height: the widget's
 * "Data table" opens or closes; a widget without one switches to its next radio-button view instead (with
 * the arrow keys). A diagram with neither (full-stack: no figures, no views) gives a reader nothing to change,
 * and nothing is done. Returns what it did, for messages.
 */
export async function toggleTheHeight(frame: Frame, id: string, i: number): Promise<string> {
  const root = frame.locator(`[data-widget="${id}"]`);
  const before = await contentHeight(frame);
  const table = root.locator('.widget-data');
  if ((await table.count()) > 0) {
    const opening = !(await table.evaluate((details) => (details as HTMLDetailsElement).open));
    // The keyboard toggles it deterministically; a click could land while the host is still resizing the frame.
    await table.locator('summary').press('Enter');
    await expect(table.locator('table')).toBeVisible({ visible: opening });
    expect(Math.abs((await contentHeight(frame)) - before), 'the data table changes the height').toBeGreaterThan(2);
    return `${opening ? 'opening' : 'closing'} the data table`;
  }
  // Radio views are switched as a keyboard user does (arrow keys move the choice): it works whatever the
  // labels look like.
  const radios = root.getByRole('radio');
  const count = await radios.count();
  if (count === 0) return 'nothing (it has no control a reader could use)';
  if (count < 2) throw new Error(`${id} has a single radio button: no view to switch to`);
  const checkedIndex = () =>
    radios.evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));
  const from = await checkedIndex();
  await radios.nth(Math.max(0, from)).press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(checkedIndex).not.toBe(from);
  const target = await checkedIndex();
  return `choosing view ${target + 1} of ${count}`;
}

/** widget-interaction.ts's changeTheChart for the i-th time on one frame: a number it did not have before. */
export function changeTheChartAgain(frame: Frame, id: string, i: number): Promise<string> {
  return changeTheChart(frame, id, 25_000 + 5_000 * i);
}
