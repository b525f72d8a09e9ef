// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostRules } from './src/integrations/host-rules.ts';
import { landings } from './src/integrations/landings.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import { cacheDirFor } from './src/lib/build/content-dir.ts';
import { config, ConfigError } from './src/lib/config/env.ts';
import { retiredSlugs } from './src/lib/content-check/retired.ts';
import { rehypeStoryGuard, STORY_SANITIZE_SCHEMA } from './src/lib/markup/story-policy.ts';
import { sitemapFilter } from './src/lib/links/sitemap-filter.ts';

/** Every environment variable, parsed once (src/lib/config/env.ts); a bad one stops here. */
const env = (() => {
  try {
    return config();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // The message says what to write; a stack trace would only bury it.
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
})();
const site = env.site;
const CONTENT_DIR = env.CONTENT_DIR;
const UNSANITISED = env.ETALASE_TEST_UNSANITISED_STORIES;
// Tests and benchmarks build other content into other folders; the site itself uses dist/.
const OUT_DIR = env.ETALASE_OUT_DIR;
if (site.isPlaceholder) {
  console.warn(
    `\n[etalase] SITE_URL belum diatur: memakai ${site.origin} (hanya pratinjau).\n` +
      `[etalase] SITE_URL is not set: using the placeholder ${site.origin} (preview only).\n` +
      `[etalase] Set SITE_URL=https://your-domain before a production build.\n`,
  );
}

export default defineConfig({
  site: site.origin,
  outDir: OUT_DIR,
  // Astro caches content entries between builds; another content folder gets its own cache so
  // entries of one folder never leak into a build of another.
  cacheDir: cacheDirFor(CONTENT_DIR),
  trailingSlash: 'always',
  // Inline all CSS: a product or QR page arrives in one response (first paint in one round trip).
  // 4 pages at a time: a rebuild mostly copies pages kept from the last build, and copies wait
  // on the disk (at 10,000 products 65 → 56 s for the 50,000 pages and files; docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Encoder settings measured in docs/performance.md: AVIF at effort 2 encodes ~4x faster than
  // the default (effort 4) for files ~12% larger, which keeps cold builds of thousands of
  // products within CI's time.
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { effort: 2 }, webp: { effort: 4 }, jpeg: { mozjpeg: true } },
    },
  },
  experimental: {
    // Field suggestions and checks for content frontmatter in VS Code (.vscode/settings.json).
    contentIntellisense: true,
    // A rebuild copies product, label and QR pages whose data and code are unchanged from the
    // previous build (kept in cacheDir) instead of rendering them again: the keys that name a
    // page's data are in src/lib/views/page-keys.ts. `npm run build -- --force` renders everything.
    incrementalBuild: true,
  },
  // Stories are data, never script (docs/editor-guide.md, "Stories"). The content check rejects
  // raw HTML; as a second line of defence every story is sanitised when rendered: raw HTML is
  // parsed (rehype-raw) and cleaned by rehype-sanitize, so no script, event handler, iframe,
  // form, style or javascript:/data: link can reach a page. The unified processor is used
  // because Astro's default (Sätteri) does not run rehype plugins.
  // ETALASE_TEST_UNSANITISED_STORIES=1 is a test-only switch (tests/build/hosting-fixture.test.ts)
  // that proves the Content-Security-Policy stops a story's script on its own.
  markdown: {
    processor: unified({
      rehypePlugins: UNSANITISED ? [] : [rehypeRaw, [rehypeSanitize, STORY_SANITIZE_SCHEMA]],
    }),
  },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First: a content problem stops the build before anything is read or written.
    contentCheck(CONTENT_DIR),
    // MDX stories: only the components of src/components/story/ survive, plain elements go
    // through the same sanitiser (src/lib/markup/story-policy.ts).
    mdx({ processor: unified({ rehypePlugins: [rehypeStoryGuard] }) }),
    // QR and GS1 landings: copies of the rendered product pages (src/lib/links/landings.ts).
    landings(CONTENT_DIR, { placeholder: site.isPlaceholder }),
    searchIndex(OUT_DIR, cacheDirFor(CONTENT_DIR)),
    // /admin/: the web editor bundled from npm, without its CDN fallbacks.
    webEditor(),
    sitemap({
      i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en' } },
      filter: sitemapFilter(retiredSlugs(CONTENT_DIR)),
    }),
    // LAST: reads every file the build wrote (script hashes for the CSP, hashed file names) and
    // writes _nginx.conf, _headers and _redirects. Add new integrations above this one.
    hostRules(CONTENT_DIR),
  ],
});
