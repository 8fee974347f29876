import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MEASURE_MESSAGE,
  MIN_HEIGHT,
  ampEmbedSize,
  pymMessage,
  pymWidth,
} from '../../src/lib/embed-protocol';

const loader = readFileSync('public/embed.js', 'utf8');

describe('public/embed.js', () => {
  it('speaks the protocol of the embed pages', () => {
    expect(loader).toContain(`'${HEIGHT_MESSAGE}'`);
    expect(loader).toContain(`'${MEASURE_MESSAGE}'`);
    expect(loader).toContain(`height < ${MIN_HEIGHT}`);
    expect(loader).toContain(`height > ${MAX_HEIGHT}`);
  });

  it('checks where a message comes from and never writes markup', () => {
    expect(loader).toContain('contentWindow === event.source');
    expect(loader).toContain('event.origin !== origin');
    expect(loader).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it('is under 2 KB gzip', () => {
    expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(2048);
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
