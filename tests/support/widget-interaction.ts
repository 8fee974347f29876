import { expect, type Frame } from '@playwright/test';

/**
 * Uses one control of an embedded widget the way a reader would and checks that the chart changed (its
 * pixels, so a view switched by CSS counts as much as one redrawn by script): radio views switch with the
 * arrow key, the next unpressed layer button is pressed, a number field gets `number` (give another one
 * to change the same frame again). Returns what it did.
 */
export async function changeTheChart(frame: Frame, id: string, number = 25_000): Promise<string> {
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
    await field.fill(String(number));
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
