/**
 * The site copied to a case-insensitive file system (a Windows/IIS server, some FTP hosts):
 * paths that differ only in case become one file, and the last one copied wins. Simulated with
 * a copy of dist/ whose paths are folded to lowercase — once in each order, so either twin can
 * be the survivor — and a client that folds every path it asks for, as such a host does. Served
 * by nginx with the shipped rules AND by a plain static server without rules: every short link
 * reaches its product, and nothing loops.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { qrPayload } from '../../src/lib/qr/links.ts';
import { builtSite } from '../helpers/origin.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** dist/ with every path in lowercase; `reverse` copies in the opposite order. */
function foldedCopy(reverse: boolean): { root: string; collisions: number } {
  const root = mkdtempSync(join(tmpdir(), `etalase-folded-${reverse ? 'b' : 'a'}-`));
  const list = files(DIST);
  if (reverse) list.reverse();
  const seen = new Set<string>();
  let collisions = 0;
  for (const file of list) {
    const target = file.toLowerCase();
    if (seen.has(target)) collisions++;
    seen.add(target);
    mkdirSync(dirname(join(root, target)), { recursive: true });
    copyFileSync(join(DIST, file), join(root, target));
  }
  return { root, collisions };
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
const refreshOf = (html: string) =>
  /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];

/**
 * Asks a case-insensitive host for `path`: every request path is folded, redirects (HTTP and
 * meta refresh) are followed; throws on a loop.
 */
async function visitFolded(origin: string, path: string): Promise<{ hops: number; html: string }> {
  const seen: string[] = [];
  let current = path;
  for (;;) {
    const folded = current.toLowerCase();
    if (seen.includes(folded)) throw new Error(`loop: ${[...seen, folded].join(' -> ')}`);
    seen.push(folded);
    if (seen.length > 6) throw new Error(`too many hops: ${seen.join(' -> ')}`);
    const r = await fetch(origin + folded, { redirect: 'manual' });
    const location = r.headers.get('location');
    if (r.status >= 300 && r.status < 400 && location) {
      current = new URL(location, origin + folded).pathname;
      continue;
    }
    const html = await r.text();
    if (r.status !== 200) throw new Error(`${folded}: status ${r.status}`);
    const refresh = refreshOf(html);
    if (refresh) {
      current = refresh;
      continue;
    }
    return { hops: seen.length - 1, html };
  }
}

let products: CheckedProduct[];
const copies: { root: string; collisions: number }[] = [];
const servers: { name: string; origin: string; close: () => Promise<void> }[] = [];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
  for (const reverse of [false, true]) {
    const copy = foldedCopy(reverse);
    copies.push(copy);
    const nginx: RunningNginx = await startNginx(copy.root);
    const plain: RunningServer = await serveDist(copy.root);
    const order = reverse ? 'reverse order' : 'forward order';
    servers.push({ name: `nginx, ${order}`, origin: nginx.origin, close: nginx.stop });
    servers.push({ name: `no rules, ${order}`, origin: plain.origin, close: plain.close });
  }
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const c of copies) rmSync(c.root, { recursive: true, force: true });
});

describe('a case-insensitive copy of the site', () => {
  it('really folds twins together (p/ and P/, RM7B and rm7b)', () => {
    for (const copy of copies) expect(copy.collisions).toBeGreaterThan(100);
  });

  it('every short link and QR payload reaches its product, without a loop', async () => {
    const origin = builtSite().origin;
    const withCode = products.filter((p) => p.data.qr);
    expect(withCode.length).toBeGreaterThan(40);
    for (const server of servers) {
      for (const p of withCode) {
        const code = p.data.qr!;
        const qr = new URL(qrPayload(origin, code)).pathname;
        for (const path of [qr, `/p/${code}/`, `/p/${code.toLowerCase()}/`, `/p/${code}`]) {
          const { hops, html } = await visitFolded(server.origin, path);
          expect(canonicalOf(html), `${server.name}: ${path}`).toBe(`${origin}/produk/${p.slug}/`);
          expect(hops, `${server.name}: ${path}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });
});
