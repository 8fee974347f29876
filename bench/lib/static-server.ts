// A small static file server for the built site, close to what a static host does: directory
// index files, a redirect to the trailing slash, the site's 404.html, gzip for text, and the
// headers of dist/_headers. The benchmark measures through it so Lighthouse sees real headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from './headers-file.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Serves `root` under `base` ("/" or "/news/tokens/") on 127.0.0.1. Resolves once listening. */
export async function serveStatic({
  root: rootDir,
  base = '/',
  port = 0,
}: {
  root: string;
  base?: string;
  port?: number;
}): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const root = resolve(rootDir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

  async function fileFor(sitePath: string): Promise<{ full: string; redirect: boolean } | null> {
    const relative = normalize(decodeURIComponent(sitePath)).replace(/^[/\\]+/, '');
    const full = join(root, relative);
    if (full !== root && !full.startsWith(root + sep)) return null;
    const info = await stat(full).catch(() => null);
    if (info?.isFile()) return { full, redirect: false };
    if (info?.isDirectory()) {
      if (!sitePath.endsWith('/')) return { full, redirect: true };
      const index = join(full, 'index.html');
      if (existsSync(index)) return { full: index, redirect: false };
    }
    return null;
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return notFound(response, request);
      const sitePath = `/${url.pathname.slice(base.length)}`;
      if (`${url.pathname}/` === base) return redirect(response, base + url.search);
      // _headers is configuration for the host, not a page.
      if (sitePath === '/_headers') return notFound(response, request);
      const found = await fileFor(sitePath);
      if (!found) return notFound(response, request);
      if (found.redirect) return redirect(response, `${url.pathname}/${url.search}`);
      await send(response, request, found.full, 200, sitePath);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  });

  async function notFound(response: ServerResponse, request: IncomingMessage): Promise<void> {
    const page = join(root, '404.html');
    if (existsSync(page)) return send(response, request, page, 404, '/404.html');
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }

  function redirect(response: ServerResponse, location: string): void {
    response.writeHead(301, { location });
    response.end();
  }

  async function send(
    response: ServerResponse,
    request: IncomingMessage,
    file: string,
    status: number,
    sitePath: string,
  ): Promise<void> {
    let body = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
    };
    for (const [name, value] of headersForPath(rules, sitePath)) headers[name] = value;
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  await new Promise((listening, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => listening(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
