import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks, tickLabels } from '../../src/widgets/kit/axis';
import { BANDS, bandFor } from '../../src/widgets/kit/bands';
import { pct, textBox } from '../../src/widgets/kit/geometry';
import { layoutProblems } from '../../src/widgets/kit/layout-check';
import { fitting, textWidth, textWidthPx, wrap } from '../../src/widgets/kit/text';

describe('widget kit', () => {
  it('estimates wider text for longer, bolder and capital strings', () => {
    expect(textWidth('MaaS', 'label')).toBeGreaterThan(textWidth('maas', 'label') - 1);
    expect(textWidth('1.29 billion yuan', 'label', true)).toBeGreaterThan(textWidth('1.29 billion yuan', 'label'));
    expect(textWidth('1.29 billion yuan', 'label')).toBeGreaterThan(textWidth('1.29 billion yuan', 'small'));
    // Close to what system sans faces draw: 14 px "Public cloud market, H1 2025" is about 190 px, and with
    // the reader's text spacing (WCAG 1.4.12) about 190 + 28 × 0.12 × 14 + 4 × 0.16 × 14 = 246 px.
    expect(textWidthPx('Public cloud market, H1 2025', 14)).toBeGreaterThan(170);
    expect(textWidthPx('Public cloud market, H1 2025', 14)).toBeLessThan(230);
    // Chart labels also keep a margin for the widest face (DejaVu Sans).
    const spacing = (28 * 0.12 + 4 * 0.16) * 14;
    expect(textWidth('Public cloud market, H1 2025', 'label')).toBeGreaterThan(
      textWidthPx('Public cloud market, H1 2025', 14) + spacing,
    );
    expect(textWidth('Public cloud market, H1 2025', 'label')).toBeLessThan(
      textWidthPx('Public cloud market, H1 2025', 14) * 1.1 + spacing,
    );
  });

  it('wraps to a width and picks the longest option that fits', () => {
    const lines = wrap('The lower bar is the first 5% of the market, magnified 20 times', 'small', 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 'small')).toBeLessThanOrEqual(200);
    expect(fitting(['Local and private cloud', 'Local'], 'label', 60)).toBe('Local');
  });

  it('finds text outside the chart, overlapping text and sizes out of range', () => {
    const sound = { width: 300, height: 60, texts: [{ x: 0, y: 20, text: 'Left', size: 'label' as const }] };
    expect(layoutProblems(sound)).toEqual([]);
    const outside = { ...sound, texts: [{ x: 280, y: 20, text: 'Too far right', size: 'label' as const }] };
    expect(layoutProblems(outside).join()).toMatch(/leaves the 300 x 60 chart/);
    const overlap = {
      ...sound,
      texts: [
        { x: 0, y: 20, text: 'First label', size: 'label' as const },
        { x: 30, y: 24, text: 'Second label', size: 'small' as const },
      ],
    };
    expect(layoutProblems(overlap).join()).toMatch(/overlaps/);
    const below = { ...sound, texts: [{ x: 0, y: 59, text: 'Descender cut', size: 'label' as const }] };
    expect(layoutProblems(below).join()).toMatch(/leaves/);
  });

  it('places boxes by their anchor', () => {
    const start = textBox({ x: 100, y: 20, text: 'abc', size: 'label' });
    const end = textBox({ x: 100, y: 20, text: 'abc', size: 'label', anchor: 'end' });
    const middle = textBox({ x: 100, y: 20, text: 'abc', size: 'label', anchor: 'middle' });
    expect(start.x).toBe(100);
    expect(end.x + end.width).toBeCloseTo(100);
    expect(middle.x + middle.width / 2).toBeCloseTo(100);
  });

  it('gives fewer ticks when narrow, the end labels inside the chart', () => {
    const at = (width: number) => axisTicks(scaleLinear().domain([0, 450]).range([0, width]), width, (v) => `+${v}%`);
    expect(at(280).length).toBeLessThan(at(1000).length);
    for (const width of [280, 640, 1000]) {
      const layout = { width, height: 30, texts: tickLabels(at(width), 0) };
      expect(layoutProblems(layout), `${width} px`).toEqual([]);
    }
  });

  it('anchors a long tick label inside the chart where centring it would cross the edge', () => {
    // Three market sizes at 280 px: the 100 billion tick stands 65 px from the right edge, its label is wider.
    const scale = scaleLinear().domain([0, 130e9]).range([0, 280]);
    const ticks = axisTicks(scale, 280, (v) => (v === 0 ? '0 yuan' : `${v / 1e9} billion yuan`));
    expect(ticks.at(-1)).toMatchObject({ label: '100 billion yuan', anchor: 'end' });
    expect(layoutProblems({ width: 280, height: 30, texts: tickLabels(ticks, 0) })).toEqual([]);
  });

  it('sorts widths into bands and writes percentages', () => {
    expect(bandFor(200)).toBe(BANDS[0]);
    expect(bandFor(519).id).toBe('narrow');
    expect(bandFor(520).id).toBe('medium');
    expect(bandFor(1400).id).toBe('wide');
    expect(pct(160, 640)).toBe('25%');
    expect(pct(1, 3)).toBe('33.333%');
  });
});
