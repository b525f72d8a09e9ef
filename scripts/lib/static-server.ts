/**
 * A static file server for dist/ that behaves like GitHub Pages, Cloudflare Pages and Netlify
 * on the points that matter to us: `/dir/` serves `dir/index.html`; `/dir` (no slash) is
 * redirected (301) to `/dir/`; a missing file gets `404.html` with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

/** Starts the server on a free loopback port. */
export async function serveDist(root: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    else if (!isFile(file) && isFile(join(file, 'index.html'))) {
      res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
      return;
    }
    if (!isFile(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      const notFound = join(root, '404.html');
      if (isFile(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
