/**
 * Share links as plain addresses of each network's own share page: no script of theirs runs on this
 * site, nothing is requested from them until the reader follows a link, and the CSP stays as it is.
 */
export interface ShareLink {
  id: 'x' | 'linkedin' | 'facebook' | 'weibo' | 'email';
  name: string;
  href: string;
}

export interface ShareTarget {
  /** The absolute address being shared. */
  url: string;
  /** The headline or chart title that goes with it. */
  title: string;
}

/** URLSearchParams writes spaces as "+", which mail clients show literally in a mailto: body. */
const query = (params: Record<string, string>) => new URLSearchParams(params).toString().replaceAll('+', '%20');

export function shareLinks({ url, title }: ShareTarget): ShareLink[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`Share links need an absolute http(s) address, got "${url}"`);
  return [
    { id: 'x', name: 'X', href: `https://x.com/intent/post?${query({ url, text: title })}` },
    {
      id: 'linkedin',
      name: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    },
    { id: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { id: 'weibo', name: 'Weibo', href: `https://service.weibo.com/share/share.php?${query({ url, title })}` },
    { id: 'email', name: 'Email', href: `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}` },
  ];
}
