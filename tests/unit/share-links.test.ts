import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/components/share/share-links';

const target = { url: 'https://example.org/news/tokens/?a=1&b=2#x', title: 'Tokens aren’t everything: “1%” & more' };

describe('share links', () => {
  const links = shareLinks(target);

  it('are the five networks, each an https share page on its own host (email a mailto:)', () => {
    expect(links.map((l) => l.id)).toEqual(['x', 'linkedin', 'facebook', 'weibo', 'email']);
    const hosts = Object.fromEntries(links.filter((l) => l.id !== 'email').map((l) => [l.id, new URL(l.href).host]));
    expect(hosts).toEqual({
      x: 'x.com',
      linkedin: 'www.linkedin.com',
      facebook: 'www.facebook.com',
      weibo: 'service.weibo.com',
    });
    for (const link of links) expect(new URL(link.href).protocol).toBe(link.id === 'email' ? 'mailto:' : 'https:');
  });

  it('carry the address and title intact, however they are written', () => {
    const param = (id: string, name: string) => new URL(links.find((l) => l.id === id)!.href).searchParams.get(name);
    expect(param('x', 'url')).toBe(target.url);
    expect(param('x', 'text')).toBe(target.title);
    expect(param('linkedin', 'url')).toBe(target.url);
    expect(param('facebook', 'u')).toBe(target.url);
    expect(param('weibo', 'url')).toBe(target.url);
    expect(param('weibo', 'title')).toBe(target.title);
    expect(param('email', 'subject')).toBe(target.title);
    expect(param('email', 'body')).toContain(target.url);
  });

  it('write spaces in a mail body as %20, which every mail client reads', () => {
    const email = links.find((l) => l.id === 'email')!.href;
    expect(email).not.toContain('+');
    expect(email).toContain('%20');
  });

  it('refuse a relative address, which a network could not open', () => {
    expect(() => shareLinks({ url: '/news/tokens/', title: 't' })).toThrow(/absolute/);
  });
});
