/**
 * Writes the host files after everything else is in the output folder (this integration stays
 * LAST in astro.config.mjs): the nginx include `_nginx.conf`, `_headers` and `_redirects`, all
 * from src/lib/hosting/rules.ts, with the script hashes of the CSP computed from the built
 * pages. Also writes the old addresses of renamed product folders as redirect pages, for hosts
 * without rules (GitHub Pages), and the same CSP as a <meta> in every page, for hosts that send
 * no headers at all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { t } from '../i18n/index.ts';
import { readRegistry } from '../lib/qr/registry.ts';
import { contentCheckOnce } from '../lib/content-check/run.ts';
import { inlineScriptHashes, metaPolicy, withCspMeta } from '../lib/hosting/csp.ts';
import { HOST_FILES, nginxInclude } from '../lib/hosting/nginx.ts';
import {
  POLICY_NAMES,
  caseFoldLoops,
  cspValue,
  isHashedFileName,
  policyFor,
  redirectRules,
  renamesFromRegistry,
  type PolicyName,
  type ScriptHashes,
} from '../lib/hosting/rules.ts';
import { headerBlocks, headersFile, redirectsFile } from '../lib/hosting/static-hosts.ts';
import { pageFile, redirectPage } from '../lib/links/landings.ts';
import { PLACEHOLDER_SITE_URL } from '../lib/config/site.ts';
import { productUrl } from '../lib/links/urls.ts';
import { gtin13Of } from '../lib/validators/gtin.ts';

/** Every file of the output folder as a URL path (`/cari/index.html`). */
function siteFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(`/${relative(root, p).split(sep).join('/')}`);
    }
  };
  walk(root);
  return out.filter((f) => !(HOST_FILES as readonly string[]).includes(f)).sort();
}

/** The path a page is served under: `/cari/index.html` -> `/cari/`. */
const pagePath = (file: string): string => file.replace(/index\.html$/, '');

/** Script hashes per policy, from every built page (the 404 page can show under any path). */
function scriptHashes(root: string, files: readonly string[]): ScriptHashes {
  const sets = Object.fromEntries(POLICY_NAMES.map((name) => [name, new Set<string>()])) as Record<
    PolicyName,
    Set<string>
  >;
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const hashes = inlineScriptHashes(readFileSync(join(root, file), 'utf8'));
    const policies =
      file === '/404.html' ? (Object.keys(sets) as PolicyName[]) : [policyFor(pagePath(file))];
    for (const policy of policies) for (const h of hashes) sets[policy].add(h);
  }
  return Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, [...v].sort()]));
}

export function hostRules(contentDir: string): AstroIntegration {
  let origin = PLACEHOLDER_SITE_URL;
  return {
    name: 'etalase:host-rules',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? PLACEHOLDER_SITE_URL;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { result } = await contentCheckOnce(contentDir);
        const products = result.products.map((p) => ({
          slug: p.slug,
          qr: p.data.qr,
          gtin14: p.data.gtin?.gtin14,
          gtin13: p.data.gtin ? gtin13Of(p.data.gtin.gtin14) : undefined,
        }));
        const renames = renamesFromRegistry(readRegistry(contentDir).entries, products);
        for (const rename of renames) {
          for (const locale of ['id', 'en'] as const) {
            const file = join(out, pageFile(productUrl(rename.from, locale)));
            if (existsSync(file)) continue;
            mkdirSync(dirname(file), { recursive: true });
            const text = {
              title: t(locale, 'site.name'),
              description: t(locale, 'site.description'),
            };
            writeFileSync(
              file,
              redirectPage(productUrl(rename.to, locale), { origin, lang: locale, ...text }),
            );
          }
        }
        const redirects = redirectRules(products, renames);
        const loops = caseFoldLoops(redirects);
        if (loops.length > 0)
          throw new Error(
            `redirects that loop on a case-insensitive host: ${loops.map((r) => r.from).join(', ')}`,
          );
        const files = siteFiles(out);
        const hashes = scriptHashes(out, files);
        writeFileSync(
          join(out, '_nginx.conf'),
          nginxInclude({ hashes, redirects, hashedFiles: files.filter(isHashedFileName) }),
        );
        writeFileSync(join(out, '_headers'), headersFile(headerBlocks(files, hashes)));
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects));
        // The same policy in every page, for hosts that send no headers (GitHub Pages).
        const pages = files.filter((f) => f.endsWith('.html'));
        for (const file of pages) {
          const policy = file === '/404.html' ? 'default' : policyFor(pagePath(file));
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const withMeta = withCspMeta(html, metaPolicy(cspValue(policy, hashes)));
          if (withMeta !== html) writeFileSync(path, withMeta);
        }
        const count = Object.values(hashes).reduce((n, list) => n + (list?.length ?? 0), 0);
        logger.info(
          `_nginx.conf, _headers, _redirects, CSP <meta> in ${pages.length} pages: ${redirects.length} redirects, ${renames.length} renamed products, ${count} script hashes in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
