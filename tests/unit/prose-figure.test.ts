import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimError } from '../../src/data/claims';
import { toFigureSet, type FigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { bindFigure, type ProseFigureProps } from '../../src/data/prose-figure';
import { normalizeText, readArticle } from '../support/article-text';
import { expandFigures, figuresIn } from '../support/mdx-figures';

const figures = await readFigures(resolve('content/figures.json'));
const set = toFigureSet(figures);
const withValue = (id: string, value: number): FigureSet =>
  toFigureSet(figures.map((f) => (f.id === id ? { ...f, value } : f)));

const JUST_OVER_1: ProseFigureProps = {
  id: 'maas-share-of-cloud',
  says: 'just over 1%',
  above: 1,
  max: 1.5,
  file: 'content/story/00-introduction.mdx:21',
};

describe('a record in the prose', () => {
  it('reads from the data, with or without its unit word', () => {
    expect(bindFigure(set, { id: 'maas-market' })).toMatchObject({
      kind: 'record',
      text: '1.29 billion yuan',
      hedge: undefined,
      label: 'MaaS (model as a service) market',
      value: '1.29 billion yuan',
      period: 'H1 2025',
      arithmetic: undefined,
      claim: undefined,
      // Issue 24: a source as the article attributes it, with no typed-in period.
      source: 'IDC, as the article cites it',
      note: {
        text: 'IDC, as the article cites it: “the MaaS market was 1.29 billion yuan”, in the first half of 2025.',
        aside: undefined,
      },
    });
    expect(bindFigure(set, { id: 'maas-market', unit: false }).text).toBe('1.29 billion');
    expect(bindFigure(set, { id: 'task-tokens-model-a', unit: false }).text).toBe('10,000');
  });

  it('changes when the data changes', () => {
    expect(bindFigure(withValue('maas-market', 2.4e9), { id: 'maas-market' }).text).toBe('2.4 billion yuan');
    expect(bindFigure(withValue('qwen-downloads', 9e8), { id: 'qwen-downloads' }).text).toBe('900 million downloads');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (millions) => {
        const bound = bindFigure(withValue('qwen-downloads', millions * 1e6), { id: 'qwen-downloads', unit: false });
        expect(bound.text).toBe(`${millions} million`);
      }),
    );
  });

  it('shows a growth rate without its plus sign, as prose does, unless asked', () => {
    expect(bindFigure(set, { id: 'maas-growth' }).text).toBe('421.2%');
    expect(bindFigure(set, { id: 'maas-growth', sign: true }).text).toBe('+421.2%');
    expect(bindFigure(set, { id: 'maas-growth' }).value).toBe('+421.2%');
  });

  it('refuses to show a fall as an unsigned "increase"', () => {
    expect(() => bindFigure(withValue('maas-growth', -5), { id: 'maas-growth', file: 'x.mdx:3' })).toThrow(
      'x.mdx:3: <Figure id="maas-growth" />: the data gives -5%, but the number is shown without its sign',
    );
    expect(bindFigure(withValue('maas-growth', -5), { id: 'maas-growth', sign: true }).text).toBe('-5%');
  });

  it('puts the sentence’s hedge before the number when it says what the record says', () => {
    const growth = bindFigure(set, { id: 'public-cloud-growth', hedge: 'nearly' });
    expect([growth.hedge, growth.text, growth.value]).toEqual(['nearly', '20%', 'nearly +20%']);
    expect(bindFigure(set, { id: 'key-industries-budget-share', hedge: 'more than' }).hedge).toBe('more than');
    expect(bindFigure(set, { id: 'qwen-downloads', hedge: 'exceeded', unit: false }).text).toBe('800 million');
  });

  it('fails when the hedge no longer matches the record', () => {
    expect(() => bindFigure(set, { id: 'public-cloud-growth', hedge: 'more than', file: 'a.mdx:5' })).toThrow(
      'a.mdx:5: <Figure id="public-cloud-growth" hedge="more than" />: the record says "nearly", which "more than" does not; the sentence may say "nearly", "almost", "close to"',
    );
    expect(() => bindFigure(set, { id: 'maas-market', hedge: 'about' })).toThrow(
      'the record is exact, but the sentence hedges it with "about"',
    );
    const nowExact = toFigureSet(
      figures.map((f) => (f.id === 'public-cloud-growth' ? { ...f, qualifier: 'exact' as const } : f)),
    );
    expect(() => bindFigure(nowExact, { id: 'public-cloud-growth', hedge: 'nearly' })).toThrow(ClaimError);
  });

  it('fails on an id that is neither a record nor a derived figure', () => {
    expect(() => bindFigure(set, { id: 'maas-markte', file: 'b.mdx:1' })).toThrow(
      'b.mdx:1: <Figure id="maas-markte" />: there is no record or derived figure "maas-markte"',
    );
  });
});

describe('a claim in the prose', () => {
  it('keeps the article’s wording while the data supports it, and says why', () => {
    const share = bindFigure(set, JUST_OVER_1);
    expect(share).toMatchObject({
      kind: 'derived',
      text: 'just over 1%',
      value: '1.07%',
      arithmetic: '1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%',
      claim: 'The article writes “just over 1%”: true while the value is more than 1% and at most 1.5%.',
      period: 'H1 2025',
    });
    const market = bindFigure(set, { id: 'public-cloud-market', says: '120.6 billion', min: 120.6e9, below: 120.7e9 });
    expect(market.text).toBe('120.6 billion');
    expect(market.claim).toBe(
      'The article writes “120.6 billion”: true while the value is at least 120.6 billion yuan and less than 120.7 billion yuan.',
    );
  });

  it('fails the build when the data leaves the range, naming the file, the figure, the claim and the value', () => {
    const run = () => bindFigure(withValue('maas-market', 3e9), JUST_OVER_1);
    expect(run).toThrow(ClaimError);
    expect(run).toThrow(
      'content/story/00-introduction.mdx:21: <Figure id="maas-share-of-cloud" says="just over 1%" above={1} max={1.5} />: ' +
        'the claim "just over 1%" no longer holds: the data gives 2.49% ' +
        '(3 billion yuan ÷ 120.669 billion yuan × 100 ≈ 2.49%), but the sentence needs more than 1% and at most 1.5%',
    );
    expect(() =>
      bindFigure(withValue('public-cloud-market', 121e9), {
        id: 'public-cloud-market',
        says: '120.6 billion',
        min: 120.6e9,
        below: 120.7e9,
      }),
    ).toThrow(
      'the data gives 121 billion yuan, but the sentence needs at least 120.6 billion yuan and less than 120.7',
    );
  });

  it('holds for exactly the MaaS markets that keep the share in (1%, 1.5%]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1e9, max: 5e9, noNaN: true }), (maas) => {
        const share = (maas / 120.669e9) * 100;
        const bind = () => bindFigure(withValue('maas-market', maas), JUST_OVER_1);
        if (share > 1 && share <= 1.5) expect(bind().text).toBe('just over 1%');
        else expect(bind).toThrow(ClaimError);
      }),
    );
  });

  it('refuses claims it cannot check', () => {
    expect(() => bindFigure(set, { id: 'maas-share-of-cloud', says: 'just over 1%' })).toThrow(
      'a claim needs at least one of min, max, above, below',
    );
    expect(() => bindFigure(set, { id: 'maas-share-of-cloud', says: ' ', min: 0 })).toThrow('says must not be empty');
    expect(() => bindFigure(set, { id: 'maas-share-of-cloud', hedge: 'about' })).toThrow('is computed, not hedged');
    expect(() => bindFigure(set, { id: 'public-cloud-growth', hedge: 'nearly', says: 'nearly 20%', min: 0 })).toThrow(
      'put the hedge into says',
    );
  });

  it('lets a sentence hedge a derived figure only as its inputs’ hedges allow', () => {
    expect(bindFigure(set, { id: 'mobile-forecast-miss', hedge: 'about' })).toMatchObject({
      hedge: 'about',
      text: '100×',
      value: 'about 100×',
    });
    expect(() => bindFigure(set, { id: 'mobile-forecast-miss', hedge: 'more than', file: 'c.mdx:2' })).toThrow(
      'c.mdx:2: <Figure id="mobile-forecast-miss" hedge="more than" />: its inputs make it "about", which "more than" does not',
    );
  });

  // Copy read 1 (findings 20, 21): the note of a number the article words its own way says so, at that place.
  it('says in the note where the article writes the number otherwise than the record, or words what it is of', () => {
    const market = bindFigure(set, { id: 'public-cloud-market', says: '120.6 billion', min: 120.6e9, below: 120.7e9 });
    expect(market.note.text).toBe(
      'IDC, as the article cites it: “reached 120.669 billion yuan”, in the first half of 2025. ' +
        'In this sentence the article writes “120.6 billion”.',
    );
    // The record's own note, everywhere else, does not carry it.
    expect(bindFigure(set, { id: 'public-cloud-market' }).note.text).not.toContain('In this sentence');
    // Where the figure's own words already hold the wording, nothing is repeated.
    expect(bindFigure(set, JUST_OVER_1).note.text).not.toContain('In this sentence');
    const section03 = bindFigure(set, { ...JUST_OVER_1, here: 'just over 1% of the entire cloud computing market' });
    expect(section03.label).toBe('MaaS market as a share of the public cloud market');
    expect(section03.note.text).toContain(
      'In this sentence the article writes “just over 1% of the entire cloud computing market”.',
    );
    expect(() => bindFigure(set, { ...JUST_OVER_1, here: 'of the entire cloud computing market' })).toThrow(
      'here must hold the number as the sentence says it ("just over 1%")',
    );
    expect(() => bindFigure(set, { ...JUST_OVER_1, here: ' ' })).toThrow('here must not be empty');
  });

  it('checks bounds on a number rendered from the data too', () => {
    expect(bindFigure(set, { id: 'enterprises-not-in', min: 90 }).claim).toBe(
      'The sentence holds while the value is at least 90%.',
    );
    expect(() => bindFigure(set, { id: 'enterprises-not-in', min: 99.5 })).toThrow(
      'the claim "99%" no longer holds: the data gives 99%, but the sentence needs at least 99.5%',
    );
  });
});

/** The <Figure /> elements of the story's MDX files, with their props as written. */
function figuresInStory(): { file: string; props: ProseFigureProps }[] {
  const dir = 'content/story';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => figuresIn(readFileSync(join(dir, name), 'utf8')).map((props) => ({ file: name, props })));
}

describe('the story’s bound numbers', () => {
  const article = readArticle().paragraphs.map(normalizeText).join('\n');
  const used = figuresInStory();

  it('are all there', () => {
    expect(used.length).toBe(21);
  });

  it('render every paragraph that holds one word for word as the article', () => {
    const paragraphs = new Set(readArticle().paragraphs.map(normalizeText));
    for (const name of readdirSync('content/story').filter((n) => n.endsWith('.mdx'))) {
      const source = readFileSync(join('content/story', name), 'utf8');
      for (const paragraph of source.split(/\n\s*\n/).filter((p) => p.includes('<Figure'))) {
        expect(paragraphs.has(normalizeText(expandFigures(paragraph, set))), `${name}: ${paragraph.slice(0, 60)}`).toBe(
          true,
        );
      }
    }
  });

  it('quote the article verbatim where they give its words around a number (here)', () => {
    const placed = used.filter((u) => u.props.here !== undefined);
    expect(placed.length).toBeGreaterThan(0);
    for (const u of placed) expect(article, `${u.file}: ${u.props.here}`).toContain(normalizeText(u.props.here!));
  });

  it.each(used.map((u) => [u.file, u.props.id, u.props] as const))(
    '%s: %s binds and reads as the article',
    (...args) => {
      const bound = bindFigure(set, args[2]);
      const words = bound.hedge ? `${bound.hedge} ${bound.text}` : bound.text;
      expect(article).toContain(words);
    },
  );
});
