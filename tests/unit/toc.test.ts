import { describe, expect, it } from 'vitest';
import { currentSection, readingProgress, tocLabel } from '../../src/components/story/toc';

const boxes = (tops: number[]) => tops.map((top, i) => ({ anchor: `s${i}`, top, bottom: top + 500 }));

describe('currentSection', () => {
  it('is none before the first section reaches the reading line', () => {
    expect(currentSection(boxes([400, 900]), 900)).toBeNull();
  });
  it('is the last section whose top passed a third of the viewport', () => {
    expect(currentSection(boxes([-600, 200, 800]), 900)).toBe('s1');
    expect(currentSection(boxes([-1200, -600, 250]), 900)).toBe('s2');
  });
  it('is none once the story has scrolled past', () => {
    expect(currentSection(boxes([-2000, -1500]), 900)).toBeNull();
  });
});

describe('readingProgress', () => {
  it('runs from 0 at the top to 1 at the end and is clamped', () => {
    expect(readingProgress(0, 5000, 1000)).toBe(0);
    expect(readingProgress(-2000, 5000, 1000)).toBe(0.5);
    expect(readingProgress(-9000, 5000, 1000)).toBe(1);
    expect(readingProgress(300, 5000, 1000)).toBe(0);
  });
  it('is 0 or 1 for a story shorter than the viewport', () => {
    expect(readingProgress(10, 500, 1000)).toBe(0);
    expect(readingProgress(-10, 500, 1000)).toBe(1);
  });
});

it('labels numbered sections with their number', () => {
  expect(tocLabel({ anchor: 'a', number: '01', title: 'Token' })).toBe('01 Token');
  expect(tocLabel({ anchor: 'b', number: null, title: 'Introduction' })).toBe('Introduction');
});
