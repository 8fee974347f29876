/** Bound text: numbers written as placeholders, rendered from the records with their hedges. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundTextProblems, BoundTextError, renderBound } from '../../src/data/bound-text';
import { ClaimError } from '../../src/data/claims';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';

const records = await readFigures(resolve('content/figures.json'));
const set = toFigureSet(records);
const withValue = (id: string, value: number) => toFigureSet(records.map((r) => (r.id === id ? { ...r, value } : r)));
const WHERE = 'src/widgets/registry.ts: entry "x", field "description"';

describe('renderBound', () => {
  it('writes a record with its hedge and unit, and follows the record', () => {
    expect(renderBound('the {qwen-downloads} of Qwen', set, WHERE)).toBe('the over 800 million downloads of Qwen');
    expect(renderBound('the {qwen-downloads} of Qwen', withValue('qwen-downloads', 9e8), WHERE)).toBe(
      'the over 900 million downloads of Qwen',
    );
    expect(renderBound('{motorola-forecast|bare} users', set, WHERE)).toBe('about 1 million users');
    expect(renderBound('grew {maas-growth}', set, WHERE)).toBe('grew +421.2%');
    expect(renderBound('grew {maas-growth|unsigned}', set, WHERE)).toBe('grew 421.2%');
  });

  it('writes a derived figure with the hedge its inputs give it', () => {
    expect(renderBound('{mobile-forecast-miss|words} the forecast', set, WHERE)).toBe('about 100 times the forecast');
    expect(renderBound('a {maas-share-of-cloud} sliver', set, WHERE)).toBe('a 1.07% sliver');
  });

  it('writes periods and dates from the records', () => {
    expect(renderBound('{public-cloud-market|period}', set, WHERE)).toBe('H1 2025');
    expect(renderBound('{public-cloud-market|when}', set, WHERE)).toBe('in the first half of 2025');
    expect(renderBound('{motorola-forecast|made}', set, WHERE)).toBe('1996');
    expect(renderBound('{api-gpu-overlap|period}', set, WHERE)).toBe('not stated');
    expect(() => renderBound('{api-gpu-overlap|when}', set, WHERE)).toThrow(
      `${WHERE}: {api-gpu-overlap|when}: the article states no period for it`,
    );
  });

  it('writes the desk’s official figure from the record’s desk note, and refuses it where there is none', () => {
    expect(renderBound('The desk’s note: {china-mobile-users-2000|desk}.', set, WHERE)).toBe(
      'The desk’s note: the Ministry of Information Industry counted 65 million mobile phone users in China as of ' +
        '20 September 2000 (Guangming Daily, 26 September 2000).',
    );
    expect(() => renderBound('{maas-market|desk}', set, WHERE)).toThrow(
      `${WHERE}: {maas-market|desk}: the record has no desk’s note (deskNote)`,
    );
  });

  it('takes the sentence’s own word for a hedge only when it says the same', () => {
    expect(renderBound('{qwen-downloads|bare|hedge=exceeded}', set, WHERE)).toBe('exceeded 800 million');
    expect(() => renderBound('{qwen-downloads|hedge=nearly}', set, WHERE)).toThrow(BoundTextError);
    expect(() => renderBound('{maas-market|hedge=about}', set, WHERE)).toThrow(
      'the figure is exact, but the text hedges it with "about"',
    );
  });

  it('refuses a number typed into the text, naming the place', () => {
    expect(() => renderBound('the over 800 million downloads', set, WHERE)).toThrow(
      `${WHERE}: "800" is a number no claim binds to the records`,
    );
    expect(() => renderBound('Motorola’s 1996 forecast', set, WHERE)).toThrow(ClaimError);
  });

  it('refuses an unknown figure or option', () => {
    expect(() => renderBound('{qwen-download}', set, WHERE)).toThrow(
      'there is no record or derived figure "qwen-download"',
    );
    expect(boundTextProblems('{qwen-downloads|loud}')).toEqual([
      '{qwen-downloads}: unknown option "loud" (use bare, unsigned, words, period, when, made, desk or hedge=<words>)',
    ]);
    expect(boundTextProblems('a {brace')).toEqual(['a brace that is not part of a {placeholder}']);
  });
});

describe('boundTextProblems', () => {
  it('lets half-years, quarters, section numbers and claimed wording through, and no other digit', () => {
    expect(boundTextProblems('the H1 and Q3 figures, section 03')).toEqual([]);
    expect(boundTextProblems('MaaS is just over 1% of it', ['just over 1%'])).toEqual([]);
    expect(boundTextProblems('MaaS is 2% of it', ['just over 1%'])).toHaveLength(1);
    expect(boundTextProblems('in 2025')).toHaveLength(1);
    expect(boundTextProblems('a 10× step')).toHaveLength(1);
  });
});
