import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { lensPercent, maasShareModel } from '../../src/widgets/maas-share/model';
import { thesisLayout } from '../../src/widgets/maas-share/thesis';
import { itLaysOutAtEveryWidth } from '../support/layouts';

describe('maasShareModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = maasShareModel(set, 640);
  const s = m.shareView;

  it('draws the MaaS market to scale inside the public cloud bar', () => {
    expect(s.market.width).toBe(640);
    expect(s.maas.width / s.market.width).toBeCloseTo(1.29 / 120.669, 10);
    expect(m.shareLabel).toBe('1.07%');
  });

  it('magnifies a round window of the market and keeps the sliver to scale in it', () => {
    expect(m.lensPercent).toBe(5);
    expect(m.lensFactor).toBe(20);
    expect(s.lens.width).toBeCloseTo(32, 10);
    expect(s.maasMagnified.width / s.magnified.width).toBeCloseTo(1.29 / (120.669 * 0.05), 10);
    expect(s.ticks.map((t) => t.label)).toEqual(['0%', '1%', '2%', '3%', '4%', '5%']);
  });

  it('writes the rounded share with “≈”, never “=”', () => {
    const texts = s.texts.map((t) => t.text);
    expect(texts).toContain(`≈ ${m.shareLabel} of the market`);
    expect(texts.join(' ')).not.toMatch(/= [\d.]+% of the market/);
  });

  it('labels the magnified bar’s far end in yuan, rounded and hedged by the rounding', () => {
    expect(m.lensAmountLabel).toBe('about 6 billion yuan');
    const end = s.texts.find((t) => t.text === '5% = about 6 billion yuan')!;
    expect(end.anchor).toBe('end');
    expect(end.x).toBe(640);
    expect(end.y).toBeGreaterThan(s.ticksY);
    expect(s.texts.map((t) => t.text).join(' ')).not.toContain('6.033');
  });

  it('says what the three growth bars show, from the records', () => {
    expect(m.fastest).toBe('MaaS grew fastest of the three');
    const slower = toFigureSet(figures.map((f) => (f.id === 'maas-growth' ? { ...f, value: 100 } : f)));
    expect(maasShareModel(slower, 640).fastest).toBe('AI large-model solutions grew fastest of the three');
  });

  it('puts growth on its own scale, fastest growth longest', () => {
    const [cloud, ai, maas] = m.growthView.bars;
    const texts = m.growthView.texts.map((t) => t.text);
    expect(texts).toContain('nearly +20%');
    expect(texts).toContain('+421.2%');
    expect(texts).toContain('size 1.29 billion yuan');
    expect(maas!.width).toBeGreaterThan(ai!.width);
    expect(ai!.width).toBeGreaterThan(cloud!.width);
    expect(maas!.width / cloud!.width).toBeCloseTo(421.2 / 20, 5);
  });

  it('arranges itself for a narrow column: sizes under the names, MaaS named under its bar', () => {
    const narrow = maasShareModel(set, 300);
    const sizeLine = narrow.growthView.texts.find((t) => t.text === 'size 1.29 billion yuan')!;
    expect(sizeLine.anchor ?? 'start').toBe('start');
    const wide = maasShareModel(set, 1000);
    expect(wide.growthView.texts.find((t) => t.text === 'size 1.29 billion yuan')!.anchor).toBe('end');
    expect(narrow.shareView.height).toBeGreaterThan(wide.shareView.height);
    // The growth heading breaks after its comma where it must (280 px, with room for text spacing), never
    // inside the period.
    const heading = (w: number) => {
      const texts = maasShareModel(set, w).growthView.texts.map((t) => t.text);
      return texts.slice(0, texts.indexOf('Public cloud'));
    };
    expect(heading(300)).toEqual(['Year-on-year growth,', 'H1 2025']);
    expect(heading(640)).toEqual(['Year-on-year growth, H1 2025']);
  });

  it('follows the data', () => {
    const doubled = toFigureSet(figures.map((f) => (f.id === 'maas-market' ? { ...f, value: 2.58e9 } : f)));
    expect(maasShareModel(doubled, 640).shareLabel).toBe('2.14%');
  });

  it('chooses a lens that shows any share at least twice over', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 50, noNaN: true }), (share) => {
        const lens = lensPercent(share);
        expect(lens).toBeGreaterThanOrEqual(share * 2);
        expect(lens).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('thesisLayout', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));
  const lines = (width: number) => {
    const t = thesisLayout(set, width);
    const byLine = new Map<number, string>();
    for (const mark of t.texts) byLine.set(mark.y, `${byLine.get(mark.y) ?? ''}${mark.text}`);
    return [...byLine.values()];
  };

  it('says the claim whole at every band, on one line when there is room', () => {
    expect(lines(1000)[0]).toBe('Just over 1% of China’s public cloud market is MaaS');
    // Medium: what it is a share of, whole, under the claim.
    expect(lines(640).slice(0, 2)).toEqual(['Just over 1%', 'of China’s public cloud market is MaaS']);
    // Narrow, with room for the reader's text spacing: as much beside the claim as fits, no word left alone.
    expect(lines(300).slice(0, 2)).toEqual(['Just over 1% of China’s', 'public cloud market is MaaS']);
    const t = thesisLayout(set, 300);
    expect(t.texts.slice(0, t.lead.marks).map((m) => m.text)).toEqual([t.lead.claim, t.lead.rest]);
  });

  it('names both markets under the bar, the amount and the period never broken', () => {
    expect(lines(1000).slice(1)).toEqual(['MaaS 1.29 billion yuanWhole market 120.669 billion yuan, H1 2025']);
    expect(lines(300).slice(2)).toEqual(['MaaS 1.29 billion yuan', 'Whole market', '120.669 billion yuan, H1 2025']);
  });

  itLaysOutAtEveryWidth((width) => ({ thesis: thesisLayout(set, width) }));
});
