import { expect, type Frame } from '@playwright/test';

/** The embed page's content height inside its frame (what the loader sizes the iframe to). */
export async function contentHeight(frame: Frame) {
  return frame.evaluate(() => document.body.getBoundingClientRect().height);
}

/**
 * One interaction inside the embed, the i-th of the test, that changes the content's height: the widget's
 * "Data table" opens or closes; a widget without one (a diagram with no figures) switches to its next
 * radio-button view instead (with the arrow keys). Returns what it did, for messages.
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
  if (count < 2) throw new Error(`${id} has neither a data table nor radio-button views to interact with`);
  const checkedIndex = () =>
    radios.evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));
  const from = await checkedIndex();
  await radios.nth(Math.max(0, from)).press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(checkedIndex).not.toBe(from);
  const target = await checkedIndex();
  return `choosing view ${target + 1} of ${count}`;
}

/**
 * widget-interaction.ts's changeTheChart, usable again and again on one frame (the i-th time): radio views
 * switch with the arrow key, the next unpressed layer button is pressed, a number field gets a number it
 * did not have before (25,000, then 30,000, …). Checks that the chart's pixels changed; returns what it did.
 */
export async function changeTheChartAgain(frame: Frame, id: string, i: number): Promise<string> {
  const root = frame.locator(`[data-widget="${id}"]`);
  const body = root.locator('.widget-body');
  const before = await body.screenshot({ animations: 'disabled' });
  let did: string;
  const radios = root.locator('.widget-body input[type="radio"]');
  const buttons = root.locator('.widget-body button:not([aria-pressed="true"])');
  const fields = root.locator('.widget-body input[inputmode="numeric"]');
  if ((await radios.count()) >= 2) {
    const checked = root.locator('.widget-body input[type="radio"]:checked').first();
    await checked.focus();
    await checked.press('ArrowRight');
    did = 'switched its view';
  } else if ((await buttons.count()) > 0) {
    await expect(buttons.first()).toBeEnabled();
    await buttons.first().click();
    did = 'pressed a layer button';
  } else if ((await fields.count()) > 0) {
    const field = fields.first();
    await expect(field).toBeEnabled();
    await field.fill(String(25_000 + 5_000 * i));
    await field.press('Tab');
    did = 'typed a number';
  } else {
    throw new Error(`${id} has no control to use`);
  }
  await expect
    .poll(async () => !(await body.screenshot({ animations: 'disabled' })).equals(before), {
      message: `${id}: the chart changes when a reader ${did}`,
      timeout: 5_000,
    })
    .toBe(true);
  return did;
}
