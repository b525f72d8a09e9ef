/**
 * Readers of the generated `_headers` and `_redirects` files, as Netlify and Cloudflare Pages
 * apply them: the tests compare them with the rules and with what nginx serves. Test code only.
 */
import { applyRedirect, type Redirect } from '../../src/lib/hosting/rules.ts';
import type { HeaderBlock } from '../../src/lib/hosting/static-hosts.ts';

/** Reads a `_headers` file back into blocks. */
export function parseHeadersFile(text: string): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const current = blocks.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon === -1) throw new Error(`_headers: cannot read "${line}"`);
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return blocks;
}

function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host applies to `path` from `_headers` blocks. Throws when two matching blocks
 * set the same header (Cloudflare would join them with a comma: never intended here).
 */
export function headersFromBlocks(
  blocks: readonly HeaderBlock[],
  path: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const b of blocks) {
    if (!patternMatches(b.pattern, path)) continue;
    for (const [name, value] of Object.entries(b.headers)) {
      if (name in out)
        throw new Error(`_headers: ${name} for ${path} set by both ${from[name]} and ${b.pattern}`);
      out[name] = value;
      from[name] = b.pattern;
    }
  }
  return out;
}

/** Reads a `_redirects` file back into rules (`why` is empty). */
export function parseRedirectsFile(text: string): Redirect[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.trim().split(/\s+/);
      if (!from || !to || (status !== '301' && status !== '302'))
        throw new Error(`_redirects: cannot read "${line}"`);
      return { from, to, status: Number(status) as 301 | 302, why: '' };
    });
}

/** The first matching rule's target for `path` (hosts apply the first match). */
export function redirectFor(
  rules: readonly Redirect[],
  path: string,
): { to: string; status: number } | undefined {
  for (const rule of rules) {
    const to = applyRedirect(rule, path);
    if (to !== undefined) return { to, status: rule.status };
  }
  return undefined;
}
