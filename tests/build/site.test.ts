/** The built site's skeleton: required files, languages, alternates, robots and sitemap. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';
import { builtSite } from '../helpers/origin.ts';
import { resolveSite } from '../../src/lib/config/site.ts';

const ORIGIN = builtSite().origin;

describe('built site', () => {
  it.runIf(process.env['ETALASE_SKIP_BUILD'] !== '1')(
    "is built with the environment's SITE_URL (a deploy job's real origin, or the placeholder)",
    () => {
      expect(ORIGIN).toBe(resolveSite(process.env['SITE_URL']).origin);
    },
  );

  it.each(['index.html', 'en/index.html', '404.html', 'sitemap-index.xml', 'robots.txt'])(
    'has %s',
    (file) => {
      expect(existsSync(join(DIST, file))).toBe(true);
    },
  );

  it('marks every page with its language: English under /en/, Indonesian elsewhere', () => {
    for (const file of htmlFiles()) {
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(readDist(file))?.[1];
      expect(lang, file).toBe(file.startsWith('en/') ? 'en' : 'id');
    }
  });

  it('gives every page a title, a description and a canonical URL', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html, file).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, file).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    }
  });

  it('links the Indonesian and English home pages to each other with hreflang', () => {
    const id = readDist('index.html');
    const en = readDist('en/index.html');
    for (const html of [id, en]) {
      expect(html).toContain(`hreflang="id-ID" href="${ORIGIN}/"`);
      expect(html).toContain(`hreflang="en" href="${ORIGIN}/en/"`);
      expect(html).toContain(`hreflang="x-default" href="${ORIGIN}/"`);
    }
  });

  it('has a language switcher that points at the same page in the other language', () => {
    expect(readDist('index.html')).toMatch(/<a href="\/en\/"[^>]*data-lang-switch/);
    expect(readDist('en/index.html')).toMatch(/<a href="\/"[^>]*data-lang-switch/);
  });

  it('has a bilingual 404 that search engines do not index', () => {
    const html = readDist('404.html');
    expect(html).toContain('Halaman tidak ditemukan');
    expect(html).toMatch(/<div lang="en">[^]*Page not found/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('points robots.txt at the sitemap on the configured origin', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });

  it('lists pages in the sitemap with their language alternates, and not the 404', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${ORIGIN}/en/</loc>`);
    expect(sitemap).toContain(`hreflang="id-ID" href="${ORIGIN}/"`);
    expect(sitemap).not.toContain('404');
  });

  it('shows the sample-content notice while the content is sample content', () => {
    expect(readDist('index.html')).toContain('Konten contoh');
    expect(readDist('en/index.html')).toContain('Sample content');
  });
});
