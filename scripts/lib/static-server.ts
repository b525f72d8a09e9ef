/**
 * A static file server for dist/ that behaves like GitHub Pages, Cloudflare Pages and Netlify
 * on the points that matter to us: `/dir/` serves `dir/index.html`; `/dir` (no slash) is
 * redirected (301) to `/dir/`; a missing file gets `404.html` with status 404.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/**
 * Sends every HTML page in pieces with a pause between them, as a slow network or a busy
 * phone does: the browser then paints the page while it arrives, which shows the layout
 * shifts that a fast local load hides. Each piece is at least `bytes` long and ends at a
 * tag's edge (before `<` or after `>`): with `bytes: 1` every tag and every text arrives on
 * its own, as when a busy parser yields between tokens (an element is painted empty, then
 * its text comes).
 */
export interface Trickle {
  bytes: number;
  everyMs: number;
}

/** Where each piece ends: the first tag edge at or after `bytes` past the start. */
export function trickleCuts(html: Buffer, bytes: number): number[] {
  const cuts: number[] = [];
  let at = 0;
  while (at < html.length) {
    const from = at + Math.max(1, bytes);
    const open = html.indexOf(0x3c, from); // before `<`
    const close = html.indexOf(0x3e, from - 1); // after `>`
    const edges = [open, close === -1 ? -1 : close + 1].filter((e) => e >= from);
    at = edges.length ? Math.min(...edges) : html.length;
    cuts.push(at);
  }
  return cuts;
}

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

async function trickle(res: ServerResponse, body: Buffer, { bytes, everyMs }: Trickle) {
  let from = 0;
  for (const to of trickleCuts(body, bytes)) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, everyMs));
    if (res.destroyed) return;
    res.write(body.subarray(from, to));
    from = to;
  }
  res.end();
}

/** Starts the server on a free loopback port; with `slowHtml`, pages arrive in pieces. */
export async function serveDist(
  root: string,
  { slowHtml }: { slowHtml?: Trickle } = {},
): Promise<RunningServer> {
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
    if (slowHtml && extname(file) === '.html') void trickle(res, readFileSync(file), slowHtml);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
