import { resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { LEAD_WIDGET_ID, storyCardText } from '../../src/data/share';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CHART_CARD_BOX,
  chartCardPng,
  chartCardSvg,
  shareCardPng,
  shareCardSvg,
} from '../../src/images/share-card';
import { widgetImage } from '../../src/images/widget-image';
import { figuresFor } from '../../src/widgets/data-rows';
import { SHOWN_WIDGETS as WIDGETS } from '../support/shown-widgets';
import { decodePng } from '../support/png';

const set = toFigureSet(await readFigures(resolve('content/figures.json')));
const imageOf = (entry: (typeof WIDGETS)[number]) => widgetImage(entry, figuresFor(entry, set));

describe('share cards', () => {
  it('the story card is a 1200 × 630 PNG with the headline and the lead graphic', () => {
    const lead = WIDGETS.find((entry) => entry.id === LEAD_WIDGET_ID)!;
    expect(lead, 'the lead graphic is in the registry').toBeDefined();
    const svg = shareCardSvg(storyCardText, imageOf(lead));
    // The headline's words and the chart's own title (inside the nested image) are both drawn.
    expect(svg).toContain('>Tokens aren');
    expect(svg).toContain(lead.title.split(' ').slice(0, 3).join(' '));
    const png = shareCardPng(storyCardText, imageOf(lead));
    expect(decodePng(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    if (process.env.CARD_PREVIEW) {
      mkdirSync('screenshots', { recursive: true });
      writeFileSync('screenshots/story-card.png', png);
    }
  });

  it.each(WIDGETS.map((entry) => [entry.id, entry] as const))(
    '%s: its card is 1200 × 630, its picture centred in the middle 480 px',
    (id, entry) => {
      const svg = chartCardSvg(entry.title, imageOf(entry));
      const placed = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
      expect(placed, 'the picture is placed as a nested <svg>').not.toBeNull();
      const [x, y, width, height] = placed!.slice(1).map(Number) as [number, number, number, number];
      expect(Math.abs(x + width / 2 - CARD_WIDTH / 2), 'centred').toBeLessThan(1);
      expect(x).toBeGreaterThanOrEqual(CHART_CARD_BOX.x - 0.5);
      expect(x + width).toBeLessThanOrEqual(CHART_CARD_BOX.x + CHART_CARD_BOX.width + 0.5);
      expect(y + height).toBeLessThanOrEqual(CARD_HEIGHT);
      // Nothing else is drawn beside it: a cropping host keeps every word.
      expect(svg.match(/<text\b/g)?.length ?? 0).toBe(imageOf(entry).svg.match(/<text\b/g)?.length ?? 0);
      const png = chartCardPng(entry.title, imageOf(entry));
      expect(decodePng(png)).toEqual({ width: 1200, height: 630 });
      if (process.env.CARD_PREVIEW) writeFileSync(`screenshots/card-${id}.png`, png);
    },
  );
});
