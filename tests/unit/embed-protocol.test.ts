import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MEASURE_MESSAGE,
  MIN_HEIGHT,
  ampEmbedSize,
  isWpReady,
  pymChildId,
  pymMessage,
  pymWidth,
  wpMessage,
  wpSecret,
  wpSecretParam,
} from '../../src/embed/protocol';
import { loaderSource } from '../../src/embed/loader-source';

describe('/embed.js, built from src/embed/loader.ts', async () => {
  const loader = await loaderSource();

  it('is one classic script with the protocol bundled in', () => {
    expect(loader).not.toMatch(/\bimport\b|\bexport\b/);
    expect(loader).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(loader).toContain(JSON.stringify(MEASURE_MESSAGE));
    expect(MIN_HEIGHT).toBeGreaterThan(0);
    expect(MAX_HEIGHT).toBeGreaterThan(MIN_HEIGHT);
  });

  it('checks where a message comes from and never writes markup', () => {
    expect(loader).toContain('.contentWindow===');
    // Its own references (src/embed/loader.ts): names that host markup can shadow are read from prototypes.
    expect(loader).toContain('Symbol.for(');
    expect(loader).toMatch(/"currentScript"/);
    expect(loader).toMatch(/"srcdoc"/);
    expect(loader).not.toMatch(/document\.currentScript|window\[\s*`__/);
    expect(loader).toContain('"null"');
    expect(loader).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it('is under 2 KB gzip', () => {
    expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(2048);
  });
});

describe('the address parameters that reach a message', () => {
  it('take a childId only as one element id', () => {
    expect(pymChildId('?initialWidth=640&childId=maas-share-chart')).toEqual({
      state: 'accepted',
      value: 'maas-share-chart',
    });
    expect(pymChildId('?childId=Chart_2')).toEqual({ state: 'accepted', value: 'Chart_2' });
    expect(pymChildId('?theme=dark')).toEqual({ state: 'absent' });
    expect(pymChildId('')).toEqual({ state: 'absent' });
  });

  it.each([
    ['the delimiter with a navigateTo', '?childId=chartxPYMxnavigateToxPYMxhttps%3A%2F%2Fevil.test%2F%20'],
    ['the delimiter alone', '?childId=axPYMxb'],
    ['a space', '?childId=chart%20x'],
    ['a URL', '?childId=https://evil.test/'],
    ['markup', '?childId=%22%3E%3Cscript%3E'],
    ['a leading digit', '?childId=1chart'],
    ['an empty value', '?childId='],
    ['65 characters', `?childId=a${'b'.repeat(64)}`],
    ['two of them (a crafted one before the one pym.js appends)', '?childId=evil&initialWidth=640&childId=chart'],
  ])('refuse a childId with %s', (_, search) => {
    expect(pymChildId(search)).toEqual({ state: 'refused' });
  });

  it('take a WordPress secret only as letters and digits', () => {
    expect(wpSecretParam('#?secret=Ab3dE5gH9k')).toEqual({ state: 'accepted', value: 'Ab3dE5gH9k' });
    expect(wpSecretParam('#section')).toEqual({ state: 'absent' });
    expect(wpSecretParam('')).toEqual({ state: 'absent' });
    for (const hash of ['#?secret=', '#?secret=abc%22def', '#?secret=a b', `#?secret=${'a'.repeat(65)}`]) {
      expect(wpSecretParam(hash), hash).toEqual({ state: 'refused' });
    }
  });
});

describe('pym.js v1 messages', () => {
  it('are built as pym.js builds them', () => {
    expect(pymMessage('pym-chart', 'height', '612')).toBe('pymxPYMxpym-chartxPYMxheightxPYMx612');
  });

  it('read only a width meant for this child', () => {
    expect(pymWidth('pymxPYMxpym-chartxPYMxwidthxPYMx640', 'pym-chart')).toBe(640);
    expect(pymWidth('pymxPYMxotherxPYMxwidthxPYMx640', 'pym-chart')).toBeNull();
    expect(pymWidth('pymxPYMxpym-chartxPYMxheightxPYMx640', 'pym-chart')).toBeNull();
    expect(pymWidth('pymxPYMxpym-chartxPYMxwidthxPYMx<img>', 'pym-chart')).toBeNull();
    expect(pymWidth({ width: 640 }, 'pym-chart')).toBeNull();
  });
});

it("AMP's embed-size message has the shape amp-iframe expects", () => {
  expect(ampEmbedSize(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
});

describe("WordPress's embed protocol (wp-embed.js)", () => {
  it('reads the secret WordPress appends, and nothing else', () => {
    expect(wpSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
    expect(wpSecret('')).toBeNull();
    expect(wpSecret('#?secret=')).toBeNull();
    expect(wpSecret('#?secret=abc"><img>')).toBeNull();
    expect(wpSecret('#?secret=abc&x=1')).toBeNull();
    expect(wpSecret('#secret=abc')).toBeNull();
  });

  it('builds the messages wp-embed.js acts on', () => {
    expect(wpMessage('height', 612, 'abc')).toEqual({ message: 'height', value: 612, secret: 'abc' });
    expect(wpMessage('link', 'https://example.org/#x', 'abc')).toEqual({
      message: 'link',
      value: 'https://example.org/#x',
      secret: 'abc',
    });
  });

  it("answers only a 'ready' meant for this frame", () => {
    expect(isWpReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isWpReady({ message: 'ready', secret: 'other' }, 'abc')).toBe(false);
    expect(isWpReady({ message: 'height', secret: 'abc' }, 'abc')).toBe(false);
    expect(isWpReady('ready', 'abc')).toBe(false);
    expect(isWpReady(null, 'abc')).toBe(false);
  });
});
