import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootFontPx } from '../../src/components/widget/frame-height';
import { SCROLLY_MEDIA } from '../../src/components/story/scrolly-steps';
import { BANDS } from '../../src/widgets/kit/bands';

/*
 * Facts CSS has to state again because a media or container query cannot read a custom property: the width
 * bands, the root font size and the scrollytelling's side-by-side media. TypeScript states each (bands.ts,
 * frame-height.ts, scrolly-steps.ts); this holds the stylesheets to it in test:fast, so a changed breakpoint
 * fails here, naming the file, rather than in a browser test minutes later.
 */
const read = (path: string) => readFileSync(path, 'utf8');

describe('what CSS states again is what TypeScript states', () => {
  it('kit.css shows each band’s layout from its min width up to the next band’s', () => {
    const css = read('src/widgets/kit/kit.css');
    BANDS.forEach((band, i) => {
      const next = BANDS[i + 1];
      const conditions = [
        ...(i > 0 ? [`(min-width: ${band.min}px)`] : []),
        ...(next ? [`(max-width: ${next.min - 0.02}px)`] : []),
      ].join(' and ');
      expect(css, `src/widgets/kit/kit.css: band "${band.id}"`).toContain(
        `@container ${conditions} {\n  .kit-band[data-band='${band.id}']`,
      );
    });
  });

  it('global.css sets the root font size that frame-height.ts computes with', () => {
    const css = read('src/styles/global.css');
    const [, min, base, vw, max] = css.match(
      /font-size: clamp\(([\d.]+)rem, ([\d.]+)rem \+ ([\d.]+)vw, ([\d.]+)rem\)/,
    )!;
    for (const viewport of [280, 640, 1000, 1400, 2000]) {
      const css = Math.min(
        Number(max) * 16,
        Math.max(Number(min) * 16, Number(base) * 16 + (Number(vw) / 100) * viewport),
      );
      expect(rootFontPx(viewport), `src/styles/global.css at ${viewport} px`).toBeCloseTo(css, 6);
    }
  });

  it('the scrollytelling’s CSS asks the media that scrolly-steps.ts reads', () => {
    for (const file of ['src/components/story/Scrolly.astro', 'src/widgets/iceberg/View.svelte']) {
      const media = [...read(file).matchAll(/@media screen and [^{]*/g)].map((m) => m[0]);
      expect(media.length, file).toBeGreaterThan(0);
      for (const query of media.filter((q) => q.includes('60rem'))) expect(query, file).toContain(SCROLLY_MEDIA);
    }
  });
});
