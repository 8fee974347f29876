import { formatQualified, formatValue } from '../../data/format';
import { labelledBars, type Bar } from '../kit/bars';
import { captionMarks } from '../kit/caption';
import type { ChartLayout, TextMark, Tick } from '../kit/geometry';
import { lineHeight, textWidth } from '../kit/text';
import type { GrowthRow } from './rows';

/** The growth view: each market's growth as a bar on one scale, its size beside its name. */
export interface GrowthLayout extends ChartLayout {
  bars: Bar[];
  ticks: Tick[];
  axisY: number;
}

/** Laid out at `width` with the arrangement of `room`, its band's narrowest width (one height per band). */
export function growthLayout(
  rows: readonly GrowthRow[],
  growthPeriod: string,
  width: number,
  room: number,
): GrowthLayout {
  // The heading on one line where the band's narrowest width holds it, else broken after the comma so
  // the period stays whole (at 280 px with the reader's text spacing it takes 305 px).
  const whole = `Year-on-year growth, ${growthPeriod}`;
  const heading = textWidth(whole, 'label', true) <= room ? [whole] : ['Year-on-year growth,', growthPeriod];
  const texts: TextMark[] = heading.map((text, i) => ({
    x: 0,
    y: 14 + i * lineHeight('label'),
    text,
    size: 'label',
    bold: true,
  }));
  const barRows = rows.map((r) => ({
    id: r.id,
    name: r.label,
    value: r.growth.value,
    valueText: formatQualified(r.growth.value, r.growth.unit, r.growth.qualifier),
    note: `size ${formatValue(r.size.value, r.size.unit)}`,
    accent: r.id === 'maas',
  }));
  const top = 14 + (heading.length - 1) * lineHeight('label') + 6;
  const bars = labelledBars(barRows, {
    top,
    width,
    room,
    format: (t) => formatValue(t, 'percent-change', { digits: 0 }),
  });
  const caption = captionMarks(['Bar length is the growth rate, not the size'], bars.bottom + 22, room);
  texts.push(...bars.texts, ...caption.texts);
  return { width, height: caption.bottom, texts, bars: bars.bars, ticks: bars.ticks, axisY: bars.axisY };
}
