import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, TEST_WIDTHS, bandFor } from '../../src/widgets/kit/bands';
import { BAR_ROW, labelPlace, labelledBars, valueLabel, type BarRow } from '../../src/widgets/kit/bars';
import { layoutProblems } from '../../src/widgets/kit/layout-check';

const ROWS: BarRow[] = [
  { id: 'a', name: 'Public cloud', value: 120.669, valueText: '120.669 billion yuan', note: 'nearly +20%' },
  { id: 'b', name: 'AI large-model solutions', value: 3.07, valueText: '3.07 billion yuan', note: '+122.1%' },
  { id: 'c', name: 'MaaS', value: 1.29, valueText: '1.29 billion yuan', note: '+421.2%', accent: true },
];
const layoutAt = (width: number, rows: readonly BarRow[] = ROWS) => {
  const room = bandFor(width).min;
  const bars = labelledBars(rows, { top: 0, width, room, format: String });
  return { width, height: bars.bottom + 6, ...bars };
};

describe('labelled bars (kit/bars.ts)', () => {
  it('puts a value label after a short bar, inside a long one, under a short bar with a long label', () => {
    expect(labelPlace('+20%', 0.1, 300)).toBe('after');
    expect(labelPlace('+421.2%', 0.95, 300)).toBe('inside');
    expect(labelPlace('120.669 billion yuan', 0.7, 280)).toBe('under');
    const bar = { x: 0, y: 10, width: 30, height: 24 };
    expect(valueLabel('+20%', bar, 'after')).toMatchObject({ x: 36, anchor: 'start', y: 27 });
    expect(valueLabel('+20%', bar, 'after').tone).toBeUndefined();
    // On the fill, the background colour reads in both themes.
    expect(valueLabel('+421.2%', { ...bar, width: 280 }, 'inside')).toMatchObject({
      x: 274,
      anchor: 'end',
      tone: 'bg',
    });
    expect(valueLabel('120.669 billion yuan', bar, 'under')).toMatchObject({ x: 0 });
    expect(valueLabel('120.669 billion yuan', bar, 'under').y).toBeGreaterThan(bar.y + bar.height);
  });

  it('decides at the band’s narrowest width, so a band’s widths draw a label alike', () => {
    expect(labelPlace('+122.1%', 0.7, 280)).toBe('inside');
    expect(labelPlace('+122.1%', 0.7, 520)).toBe('after');
    for (const band of BANDS) {
      const widths = TEST_WIDTHS.filter((w) => bandFor(w) === band);
      const anchors = widths.map((w) =>
        layoutAt(w)
          .texts.filter((t) => !t.tick)
          .map((t) => t.anchor ?? 'start')
          .join(),
      );
      for (const a of anchors) expect(a, band.id).toBe(anchors[0]);
    }
  });

  it('draws each bar to scale from zero, one row rhythm for every chart', () => {
    const l = layoutAt(640);
    const [a, b, c] = l.bars;
    expect(a!.width / b!.width).toBeCloseTo(120.669 / 3.07, 5);
    expect(c!.accent).toBe(true);
    expect(b!.y - a!.y).toBe(BAR_ROW.bar + BAR_ROW.after + BAR_ROW.name + BAR_ROW.gap);
    expect(l.axisY).toBe(c!.y + BAR_ROW.bar + BAR_ROW.after);
  });

  it('sets notes beside every name where they all fit, under every name where one does not', () => {
    const beside = layoutAt(640);
    const note = (l: ReturnType<typeof layoutAt>) => l.texts.find((t) => t.text === '+122.1%')!;
    const name = (l: ReturnType<typeof layoutAt>) => l.texts.find((t) => t.text === 'AI large-model solutions')!;
    expect(note(beside).y).toBe(name(beside).y);
    expect(note(beside).anchor).toBe('end');
    const long = 'a note far too long to sit beside its name here';
    const under = layoutAt(280, [{ ...ROWS[1]!, note: long }]);
    expect(under.texts[1]).toMatchObject({ text: long, x: 0 });
    expect(under.texts[1]!.y).toBeGreaterThan(under.texts[0]!.y);
  });

  it('lays out soundly at every width for any values', () => {
    expect(layoutProblems(layoutAt(280))).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...TEST_WIDTHS),
        (values, width) => {
          const rows = values.map((value, i) => ({ ...ROWS[i % 3]!, id: `r${i}`, value }));
          expect(layoutProblems(layoutAt(width, rows)), `${values.join()} at ${width} px`).toEqual([]);
        },
      ),
    );
  });
});
