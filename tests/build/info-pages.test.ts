/**
 * About and contact, Privacy and Accessibility: built from content/pages/ in both languages,
 * linked from the footer of every page, sample contact details marked as samples.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { INFO_PAGES, infoPageUrl } from '../../src/lib/links/urls.ts';

const pages = htmlFiles().filter((f) => !readDist(f).includes('http-equiv="refresh"'));

describe('information pages', () => {
  it.each(INFO_PAGES)('/%s/ exists in both languages with its heading', (slug) => {
    for (const locale of ['id', 'en'] as const) {
      const html = readDist(`${infoPageUrl(slug, locale).slice(1)}index.html`);
      expect(html).toMatch(/<h1>[^<]+<\/h1>/);
      expect(html).toContain('data-info-page');
    }
  });

  it('every page links all three from its footer, in its language', () => {
    for (const file of pages) {
      const html = readDist(file);
      const footer = html.slice(html.indexOf('<footer'));
      const locale = file.startsWith('en/') ? 'en' : 'id';
      for (const slug of INFO_PAGES) {
        expect(footer, `${file} -> ${slug}`).toContain(`href="${infoPageUrl(slug, locale)}"`);
      }
    }
  });

  it('say what a visitor must know: no cookies, UU PDP, WCAG 2.2 AA, sample contacts marked', () => {
    const privacy = readDist('privasi/index.html');
    expect(privacy).toContain('tidak memasang cookie');
    expect(privacy).toContain('UU PDP');
    expect(privacy).toContain('producer.consent');
    expect(readDist('en/privasi/index.html')).toContain('sets no cookies');
    expect(readDist('aksesibilitas/index.html')).toContain('WCAG 2.2 tingkat AA');
    expect(readDist('en/aksesibilitas/index.html')).toContain('WCAG 2.2 level AA');
    const about = readDist('tentang/index.html');
    expect(about).toContain('class="notice"');
    expect(about).toMatch(/CONTOH/);
    expect(readDist('en/tentang/index.html')).toMatch(/SAMPLES/);
  });
});
