import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFIG, configFor } from '../../scripts/lib/nginx.ts';
import {
  CONTENT_END,
  CONTENT_START,
  inlineScriptHashes,
  inlineScripts,
  metaPolicy,
  scriptHash,
  withCspMeta,
  withoutContent,
} from '../../src/lib/hosting/csp.ts';
import { nginxInclude } from '../../src/lib/hosting/nginx.ts';
import {
  applyRedirect,
  cacheFor,
  caseFoldLoops,
  cspValue,
  headersFor,
  policyFor,
  redirectRules,
  renamesFromRegistry,
} from '../../src/lib/hosting/rules.ts';
import { headerBlocks, headersFile, redirectsFile } from '../../src/lib/hosting/static-hosts.ts';
import {
  headersFromBlocks,
  parseHeadersFile,
  parseRedirectsFile,
  redirectFor,
} from '../helpers/static-hosts.ts';

const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('Content-Security-Policy', () => {
  const hashes = { default: ["'sha256-AAA='"], search: ["'sha256-BBB='"] };

  it('allows scripts only from the site and by hash, never inline or eval', () => {
    for (const policy of ['default', 'search'] as const) {
      const d = directives(cspValue(policy, hashes));
      const scripts = d.get('script-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'self'"]);
      expect(d.get('frame-ancestors')).toEqual(["'none'"]);
      expect(d.get('form-action')).toEqual(["'self'"]);
      expect(d.get('default-src')).toEqual(["'self'"]);
    }
    expect(directives(cspValue('default', hashes)).get('script-src')).toEqual([
      "'self'",
      "'sha256-AAA='",
    ]);
  });

  it("gives 'wasm-unsafe-eval' and a worker source to search only", () => {
    const search = directives(cspValue('search', hashes));
    expect(search.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-BBB='"]);
    expect(search.get('worker-src')).toEqual(["'self'"]);
    const plain = directives(cspValue('default', hashes));
    expect(plain.get('script-src')).not.toContain("'wasm-unsafe-eval'");
    expect(plain.get('worker-src')).toEqual(["'none'"]);
  });

  it('picks the policy and the cache lifetime by path', () => {
    expect(policyFor('/cari/')).toBe('search');
    expect(policyFor('/en/cari/index.html')).toBe('search');
    expect(policyFor('/pagefind/pagefind-worker.js')).toBe('search');
    expect(policyFor('/produk/kopi/')).toBe('default');
    expect(policyFor('/carik/')).toBe('default');
    expect(cacheFor('/_astro/hero.BNzem2uT.webp')).toBe('immutable');
    expect(cacheFor('/pagefind/fragment/en_1a2b3c.pf_fragment')).toBe('immutable');
    expect(cacheFor('/pagefind/pagefind.en_8c1776faec.pf_meta')).toBe('immutable');
    expect(cacheFor('/pagefind/pagefind.js')).toBe('short');
    expect(cacheFor('/pagefind/wasm.en.pagefind')).toBe('short');
    expect(cacheFor('/produk/kopi/')).toBe('short');
    expect(cacheFor('/qr/RM7B.svg')).toBe('short');
    expect(headersFor('/_astro/x.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});

describe('inline script hashes', () => {
  it('hashes what a browser runs, as browsers do', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    // The HTML parser normalises line ends before the browser hashes.
    expect(scriptHash('a\r\nb')).toBe("'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='");
    const html =
      '<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>' +
      '<script type="module">run()</script><script>\nclassic()\n</script><SCRIPT TYPE="text/javascript">x</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['run()', '\nclassic()\n', 'x']);
    expect(inlineScriptHashes(`${html}<script>x</script>`)).toHaveLength(3);
  });

  it('never hashes a script in editor content, even one that forges the markers', () => {
    const page = (content: string) =>
      `<script>mine()</script>${CONTENT_START}${content}${CONTENT_END}<script>alsoMine()</script>`;
    expect(inlineScripts(page('<p>Cerita</p><script>evil()</script>'))).toEqual([
      'mine()',
      'alsoMine()',
    ]);
    const forged = `${CONTENT_END}<script>evil()</script>${CONTENT_START}<script>evil2()</script>`;
    expect(inlineScripts(page(forged))).toEqual(['mine()', 'alsoMine()']);
    // A start marker without an end: nothing after it is trusted.
    expect(withoutContent(`a${CONTENT_START}<script>evil()</script>`)).toBe('a');
  });
});

describe('redirects', () => {
  const products = [
    { slug: 'kopi-golewa', qr: 'RM7B', gtin14: '02000000000107', gtin13: '2000000000107' },
    { slug: 'madu-digits', qr: '2345' },
  ];
  const rules = redirectRules(products, [{ from: 'kopi-lama', to: 'kopi-golewa' }]);

  it('sends lowercase codes, GTIN-13, GS1 qualifiers and old folders to the product', () => {
    const at = (path: string) => redirectFor(rules, path);
    expect(at('/p/rm7b/')).toEqual({ to: '/produk/kopi-golewa/', status: 301 });
    expect(at('/P/rm7b')).toEqual({ to: '/produk/kopi-golewa/', status: 301 });
    expect(at('/p/RM7B/')).toBeUndefined();
    expect(at('/P/RM7B/')).toBeUndefined();
    expect(at('/p/2345/')).toBeUndefined(); // digits only: nothing to lowercase
    expect(at('/01/2000000000107')).toEqual({ to: '/01/02000000000107/', status: 301 });
    expect(at('/01/02000000000107/10/LOT1')).toEqual({ to: '/01/02000000000107/', status: 302 });
    expect(at('/01/02000000000107/21/SN/x')).toEqual({ to: '/01/02000000000107/', status: 302 });
    expect(at('/01/02000000000107/')).toBeUndefined();
    expect(at('/produk/kopi-lama/')).toEqual({ to: '/produk/kopi-golewa/', status: 301 });
    expect(at('/en/produk/kopi-lama')).toEqual({ to: '/en/produk/kopi-golewa/', status: 301 });
  });

  it('never leads to a path the same file serves on a case-insensitive host', () => {
    expect(caseFoldLoops(rules)).toEqual([]);
    expect(
      caseFoldLoops([{ from: '/p/rm7b/', to: '/P/RM7B/', status: 301, why: 'the old way' }]),
    ).toHaveLength(1);
  });

  it('finds renamed folders in the QR registry', () => {
    const registry = [
      { code: 'RM7B', product: 'kopi-lama' },
      { code: '2345', product: 'madu-digits' },
      { code: 'GONE', product: 'dihapus' },
      { code: 'AB12', product: 'madu-digits' }, // an old folder used again: no rename
    ];
    const now = [...products, { slug: 'x', qr: 'AB12' }];
    expect(renamesFromRegistry(registry, now)).toEqual([{ from: 'kopi-lama', to: 'kopi-golewa' }]);
  });

  it('reads back what it writes, and applies patterns', () => {
    expect(parseRedirectsFile(redirectsFile(rules)).map((r) => `${r.from} ${r.to}`)).toEqual([
      ...new Set(rules.map((r) => `${r.from} ${r.to}`)),
    ]);
    expect(applyRedirect(rules[0]!, '/01/123/22/abc')).toBe('/01/123/');
    expect(() => parseRedirectsFile('/a /b 200')).toThrow(/cannot read/);
  });

  it('refuses two different redirects from one path', () => {
    expect(() =>
      nginxInclude({
        hashes: {},
        hashedFiles: [],
        redirects: [
          { from: '/a/', to: '/b/', status: 301, why: '' },
          { from: '/a/', to: '/c/', status: 301, why: '' },
        ],
      }),
    ).toThrow('two redirects from /a/');
  });
});

describe('_headers', () => {
  const files = [
    '/index.html',
    '/404.html',
    '/cari/index.html',
    '/en/index.html',
    '/en/cari/index.html',
    '/en/produk/kopi/index.html',
    '/_astro/a.B1c2.css',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind.en_8c1776faec.pf_meta',
    '/pagefind/fragment/en_1.pf_fragment',
    '/P/RM7B/index.html',
  ];
  const hashes = { default: ["'sha256-AAA='"], search: ["'sha256-BBB='"] };
  const blocks = headerBlocks(files, hashes);

  it('gives every file and folder address exactly the headers of the rules, with no overlap', () => {
    const back = parseHeadersFile(headersFile(blocks));
    expect(back).toEqual(blocks);
    const addresses = [...files, '/', '/cari/', '/en/', '/en/cari/', '/P/RM7B/'];
    for (const path of addresses) {
      expect(headersFromBlocks(back, path), path).toEqual(
        headersFor(path.endsWith('/') ? path : path.replace(/index\.html$/, ''), hashes),
      );
    }
    expect(blocks.map((b) => b.pattern)).toContain('/cari/*');
    expect(blocks.map((b) => b.pattern)).toContain('/pagefind/fragment/*');
  });

  it('detects two blocks setting one header (Cloudflare would join them)', () => {
    const overlap = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  Cache-Control: b\n');
    expect(() => headersFromBlocks(overlap, '/x/y')).toThrow(/set by both/);
  });
});

describe('the shipped nginx server block', () => {
  const shipped = readFileSync(SHIPPED_CONFIG, 'utf8');

  it('is pointed at a built site and a port by replacing its listen, root and include lines', () => {
    const conf = configFor(shipped, { root: '/tmp/site/dist', port: 8123 });
    expect(conf).toContain('listen 127.0.0.1:8123;');
    expect(conf).toContain('root /tmp/site/dist;');
    expect(conf).toContain('include /tmp/site/dist/_nginx.conf;');
    expect(conf).not.toMatch(/listen (\[::\]:)?80;/);
    expect(conf).not.toContain('/var/www/');
  });

  it('fails loudly when a line it replaces is missing', () => {
    const withoutInclude = shipped.replace(/^\s*include .*_nginx\.conf;$/m, '');
    expect(() => configFor(withoutInclude, { root: '/x', port: 1 })).toThrow(/include/);
  });
});

describe('the CSP as a <meta> (hosts without headers)', () => {
  it('carries the header policy without the directives a meta cannot (frame-ancestors)', () => {
    const header = cspValue('search', { search: ["'sha256-abc'"] });
    const meta = metaPolicy(header);
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toBe(
      header
        .split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    );
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
  });

  it('goes right after <meta charset>, replaces an earlier one, and never touches the body', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head>' +
      '<body><meta http-equiv="Content-Security-Policy" content="story"></body></html>';
    const once = withCspMeta(page, "default-src 'self'");
    expect(once).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8">' +
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' +
        '<title>x</title></head>' +
        '<body><meta http-equiv="Content-Security-Policy" content="story"></body></html>',
    );
    const again = withCspMeta(once, "default-src 'none'");
    expect(again).toBe(once.replace("default-src 'self'", "default-src 'none'"));
    expect(withCspMeta(again, "default-src 'none'")).toBe(again);
    expect(withCspMeta(page, 'a "b" & c')).toContain('content="a &quot;b&quot; &amp; c"');
  });

  it('refuses a page without a head or a charset', () => {
    expect(() => withCspMeta('<p>x</p>', 'x')).toThrow(/<\/head>/);
    expect(() => withCspMeta('<head><title>x</title></head>', 'x')).toThrow(/charset/);
  });
});
