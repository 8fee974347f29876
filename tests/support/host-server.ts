/**
 * A stand-in for a newsroom's page on another origin: a tiny HTTP server that serves pages the test
 * writes (pasting our snippet, or running pym.js's Parent) and pym.js itself from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js');

export interface HostServer {
  origin: string;
  /** Publishes `html` at `path` on the host origin; returns its URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startHostServer(port: number): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/pym.v1.min.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(PYM);
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain host article around `body`: a column with text before and after, as a CMS page would be. */
export function hostPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<!-- No /favicon.ico request: its 404 would be a console error the tests would have to tell from ours. -->
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; }
  .column { padding: 0 8px; }
  .is-hidden { display: none; }
</style>
${head}
</head>
<body>
<div class="column">
<p>A host article on another site. The chart below is embedded.</p>
${body}
<p>The host article continues after the chart.</p>
</div>
</body>
</html>`;
}
