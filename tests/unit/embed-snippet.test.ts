import { describe, expect, it } from 'vitest';
import { embedLinks } from '../../src/embed/links';
import { embedOembedHtml, embedSnippet, newsletterSnippet } from '../../src/embed/snippet';
import { oembedFor, OEMBED_WIDTH } from '../../src/embed/oembed';
import type { ShownWidget } from '../../src/widgets/types';
import { SHOWN_WIDGETS } from '../support/shown-widgets';

const entry = SHOWN_WIDGETS[0] as ShownWidget;

describe('embedLinks', () => {
  it('makes every address absolute under SITE_URL and the base path', () => {
    const links = embedLinks(entry, 'https://example.org', '/news/tokens/');
    expect(links).toEqual({
      page: `https://example.org/news/tokens/embed/${entry.id}/`,
      oembed: `https://example.org/news/tokens/embed/${entry.id}/oembed.json`,
      data: `https://example.org/news/tokens/embed/${entry.id}/data.csv`,
      png: `https://example.org/news/tokens/embed/${entry.id}/image.png`,
      svg: `https://example.org/news/tokens/embed/${entry.id}/image.svg`,
      story: `https://example.org/news/tokens/#graphic-${entry.id}`,
      loader: 'https://example.org/news/tokens/embed.js',
    });
  });
});

describe('embedSnippet', () => {
  it('is a titled, lazy, full-width iframe at the given starting height, then the async loader', () => {
    const snippet = embedSnippet(entry, 730, 'https://example.org', '/news/tokens/');
    const [iframe, loader] = snippet.split('\n');
    expect(iframe).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(iframe).toContain(`src="https://example.org/news/tokens/embed/${entry.id}/"`);
    expect(iframe).toContain(`title="${entry.title}"`);
    // Valid HTML (what the Nu checker asks): no percentage width, no obsolete frameborder.
    expect(iframe).not.toContain('width="100%"');
    expect(iframe).not.toContain('frameborder');
    expect(iframe).toContain('width="640"');
    expect(iframe).toContain('style="display:block;width:100%;border:0"');
    expect(iframe).toContain('height="730"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).not.toMatch(/on\w+=/);
    expect(loader).toBe('<script async src="https://example.org/news/tokens/embed.js"></script>');
  });

  it('escapes whatever a title holds', () => {
    const hostile = { ...entry, title: `"><script>alert('x')</script>&` };
    const snippet = embedSnippet(hostile, 700, 'https://example.org', '/');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('oembedFor', () => {
  it('puts a plain blockquote before the frame, the shape WordPress keeps (wp_filter_oembed_result)', () => {
    const html = embedOembedHtml(entry, 730, 'https://example.org', '/news/tokens/');
    const [quote, iframe, loader] = html.split('\n');
    expect(quote).toMatch(/^<blockquote hidden><a href="[^"]+">[^<]+<\/a> Source: [^<]+<\/blockquote>$/);
    expect(quote).toContain(`href="https://example.org/news/tokens/#graphic-${entry.id}"`);
    expect(quote).toContain(entry.title);
    // WordPress keeps only <a href> inside a blockquote, then one iframe: nothing else may be needed.
    expect(quote!.match(/<[a-z]+/g)).toEqual(['<blockquote', '<a']);
    expect(iframe).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(iframe).toContain('width="100%"');
    expect(iframe).toContain('height="730"');
    expect(loader).toBe('<script async src="https://example.org/news/tokens/embed.js"></script>');
  });

  it('is an oEmbed 1.0 rich response whose html is the WordPress-ready snippet', () => {
    const body = oembedFor(entry, 730, 'https://example.org', { width: 1200, height: 900 }, '/news/tokens/');
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: entry.title,
      provider_url: 'https://example.org/news/tokens/',
      html: embedOembedHtml(entry, 730, 'https://example.org', '/news/tokens/'),
      width: OEMBED_WIDTH,
      height: 730,
      thumbnail_url: `https://example.org/news/tokens/embed/${entry.id}/image.png`,
      thumbnail_width: 1200,
      thumbnail_height: 900,
    });
    expect(body.provider_name.length).toBeGreaterThan(3);
  });
});

describe('the newsletter snippet', () => {
  const entry = {
    id: 'maas-share',
    title: 'A “title” & more',
    description: 'Alt <text>.',
    source: 'IDC',
    shown: true,
  } as const;
  const html = newsletterSnippet(entry, 'Tokens', 'https://example.org', '/news/');

  it('is the PNG linked to the graphic in the story, with the headline and the source as text', () => {
    expect(html).toContain('<img src="https://example.org/news/embed/maas-share/image.png" width="600" ');
    expect(html).toContain('alt="Alt &lt;text&gt;."');
    expect(html.match(/<a href="https:\/\/example\.org\/news\/#graphic-maas-share">/g)).toHaveLength(3);
    expect(html).toContain('A “title” &amp; more');
    expect(html).toContain('Source: IDC.');
  });

  it('takes its alt text from what the image shows (imageDescription) where the entry says it', () => {
    const image = newsletterSnippet(
      { ...entry, description: 'A chart and its controls.', imageDescription: 'The chart’s first view.' },
      'Tokens',
      'https://example.org',
      '/news/',
    );
    expect(image).toContain('alt="The chart’s first view."');
    expect(image).not.toContain('its controls');
  });

  it('holds nothing email clients drop or a strict host refuses: no script, frame, class or colour', () => {
    expect(html).not.toMatch(/<(script|iframe|style|link)\b|class=|color|#[0-9a-f]{3,6}\b/i);
  });
});
