/**
 * Every built page carries the CSP of its path as a `<meta>` (hosts without headers): the same
 * policy and script hashes as the header rules in `_headers`, minus `frame-ancestors`, which a
 * meta cannot carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/lib/hosting/csp.ts';
import { policyFor } from '../../src/lib/hosting/rules.ts';
import { DIST } from '../helpers/paths.ts';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.split('\\').join('/')}`);

/** The CSP header `_headers` gives each policy (found under the first path using it). */
function headerPolicies(): Map<string, string> {
  const out = new Map<string, string>();
  let path = '';
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) path = line.trim();
    const csp = /^\s+Content-Security-Policy: (.*)$/.exec(line)?.[1];
    if (csp && path) {
      const policy = policyFor(path.replace(/\*$/, ''));
      if (!out.has(policy)) out.set(policy, csp);
    }
  }
  return out;
}

describe('CSP <meta> in every page', () => {
  it('is in the head of every page, once, right after <meta charset>', () => {
    const wrong = pages.filter((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      return (
        (html.match(/http-equiv="Content-Security-Policy"/g) ?? []).length !== 1 ||
        !/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">/.test(
          head,
        )
      );
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it("carries its path's header policy and hashes, without frame-ancestors", () => {
    const headers = headerPolicies();
    expect([...headers.keys()].sort()).toEqual(['admin', 'default', 'search']);
    const wrong: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const policy = file === '/404.html' ? 'default' : policyFor(file.replace(/index\.html$/, ''));
      const expected = metaPolicy(headers.get(policy) ?? '');
      if (meta.replaceAll('&#39;', "'") !== expected) wrong.push(`${file} (${policy})`);
      if (meta.includes('frame-ancestors')) wrong.push(`${file}: frame-ancestors`);
    }
    expect(wrong).toEqual([]);
  });
});
