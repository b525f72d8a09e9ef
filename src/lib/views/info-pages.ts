/**
 * `getStaticPaths` of the information pages (About and contact, Privacy, Accessibility): one
 * Markdown file per page and language under content/pages/. A missing file stops the build
 * with a message naming it, since every page's footer links these pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../build/content-dir.ts';
import type { Locale } from '../text/locales.ts';
import { INFO_PAGES } from '../links/urls.ts';

export type InfoPageEntry = CollectionEntry<'pages'>;

export function infoPagePaths(locale: Locale) {
  return async () => {
    const entries = new Map((await getCollection('pages')).map((e) => [e.id, e]));
    return INFO_PAGES.map((slug) => {
      const entry = entries.get(`${slug}.${locale}`);
      if (!entry) {
        const file = `${contentDir()}/pages/${slug}.${locale}.md`;
        throw new Error(
          `${file} tidak ada: halaman ini ditautkan dari kaki setiap halaman. Buat berkas itu (judul di title:, ringkasan di description:).\n` +
            `${file} is missing: every page's footer links it. Create the file (with title: and description:).`,
        );
      }
      return { params: { info: slug }, props: { entry } };
    });
  };
}
