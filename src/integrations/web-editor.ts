/**
 * Serves the web editor (Sveltia CMS) from the npm package through the site's own build: the
 * /admin/ page imports `@sveltia/cms`, and Vite bundles it with its fonts and workers into
 * /_astro/. Two things in the package would still reach a CDN, and are cut here:
 * - its stylesheet declares its three fonts with jsdelivr URLs as a fallback, although the
 *   package ships the same fonts and registers them itself: the CDN `@font-face` rules are
 *   removed (the build fails if they change shape, so a new version is looked at);
 * - code highlighting loads one module per language (~280 files, 11 MB): the editor has no
 *   code fields and its Markdown toolbar has no code blocks, so those imports get an empty
 *   grammar list instead.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const CMS_MODULE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const CDN_FONT_FACE = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
/** Source Sans 3, Noto Mono and Material Symbols. */
export const CDN_FONT_FACES = 3;
const SHIKI = /^@shikijs\/(?:langs|themes)\//;
const EMPTY_GRAMMAR = '\0etalase-empty-shiki';

/** Removes the CDN font rules from the CMS bundle; throws when there are not exactly three. */
export function withoutCdnFonts(code: string): string {
  const found = code.match(CDN_FONT_FACE)?.length ?? 0;
  if (found !== CDN_FONT_FACES) {
    throw new Error(
      `[web-editor] expected ${CDN_FONT_FACES} CDN @font-face rules in @sveltia/cms, found ${found}: ` +
        'check how this version loads its fonts (src/integrations/web-editor.ts).',
    );
  }
  return code.replace(CDN_FONT_FACE, '');
}

function selfHostedCms(): Plugin {
  return {
    name: 'etalase:self-hosted-cms',
    enforce: 'pre',
    resolveId(source, importer) {
      if (SHIKI.test(source) && importer && CMS_MODULE.test(importer)) return EMPTY_GRAMMAR;
      return null;
    },
    load(id) {
      return id === EMPTY_GRAMMAR ? 'export default [];' : null;
    },
    transform(code, id) {
      return CMS_MODULE.test(id) ? { code: withoutCdnFonts(code), map: null } : null;
    },
  };
}

export function webEditor(): AstroIntegration {
  return {
    name: 'etalase:web-editor',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [selfHostedCms()] } });
      },
    },
  };
}
