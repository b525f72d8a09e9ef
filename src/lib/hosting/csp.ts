/**
 * Script hashes for the Content-Security-Policy, computed from the built pages: whatever inline
 * script a template adds is allowed by the next build without anyone editing the policy.
 *
 * Editor content is the exception. Markdown may carry raw HTML, so a product story could hold
 * a `<script>`; hashing it would let it run. Every rendered Markdown/MDX body is therefore
 * wrapped in two inert markers by `src/components/EditorContent.astro`, and scripts between
 * the first start marker and the last end marker of a page are never hashed. Content cannot
 * widen that range: its own text always lies after the real start and before the real end.
 */
import { createHash } from 'node:crypto';

/** Written by src/components/EditorContent.astro around every Markdown/MDX body. */
export const CONTENT_START = '<template data-etalase-content="start"></template>';
export const CONTENT_END = '<template data-etalase-content="end"></template>';

/** The page without its editor content (from the first start marker to the last end marker). */
export function withoutContent(html: string): string {
  const start = html.indexOf(CONTENT_START);
  if (start === -1) return html;
  const end = html.lastIndexOf(CONTENT_END);
  // A start without an end: everything after the start may be content; hash none of it.
  if (end < start) return html.slice(0, start);
  return html.slice(0, start) + html.slice(end + CONTENT_END.length);
}

/** `type` values a browser runs as script (no type, JavaScript MIME types, modules, import maps). */
const SCRIPT_TYPES =
  /^(|module|importmap|speculationrules|text\/javascript|application\/javascript|application\/ecmascript|text\/ecmascript)$/i;

/** Texts of the inline scripts a browser would run, in page order (content excluded). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const tag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const match of withoutContent(html).matchAll(tag)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim();
    if (!SCRIPT_TYPES.test(value)) continue;
    out.push(match[2] ?? '');
  }
  return out;
}

/** The CSP source expression of a script text (`'sha256-…'`), as browsers compute it. */
export function scriptHash(text: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the browser hashes the text.
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}

/**
 * Directives a browser ignores in a `<meta>` policy (CSP3 §3.3): they only work as a header.
 * `frame-ancestors` is the one the site sets, so a host without headers (GitHub Pages) cannot
 * stop another site from framing its pages (clickjacking); docs/architecture.md.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = [
  'frame-ancestors',
  'report-uri',
  'sandbox',
];

/** A policy's value as a `<meta>` carries it: the header's, without header-only directives. */
export function metaPolicy(headerValue: string): string {
  return headerValue
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY_DIRECTIVES.includes(d.split(/\s+/)[0] ?? ''))
    .join('; ');
}

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

/**
 * The page with `policy` as its `<meta http-equiv="Content-Security-Policy">`, as early in the
 * head as HTML allows (right after `<meta charset>`: a meta policy only governs what follows
 * it). A policy already in the head is replaced, so a page copied from an earlier build gets
 * this build's hashes. Only the head is touched: editor content never is.
 * @throws on a page without a head or a charset declaration (a template broke).
 */
export function withCspMeta(html: string, policy: string): string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd === -1) throw new Error('page without </head>: no place for its CSP <meta>');
  const head = html.slice(0, headEnd);
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  if (META_CSP.test(head)) return head.replace(META_CSP, tag) + html.slice(headEnd);
  const charset = /<meta\s+charset="?[\w-]+"?\s*\/?>/i.exec(head);
  if (!charset) throw new Error('page without <meta charset> in its head: no place for its CSP');
  const at = charset.index + charset[0].length;
  return head.slice(0, at) + tag + html.slice(at);
}
