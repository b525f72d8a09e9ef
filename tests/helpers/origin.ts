/**
 * The origin the site under test was built with. tests/global-setup.ts builds with whatever
 * `SITE_URL` the environment holds (a deploy job's real origin, or none), so tests compare with
 * this instead of a literal; it is read from the built site itself (robots.txt names the
 * sitemap by its absolute URL), so a reused dist/ (ETALASE_SKIP_BUILD) is judged by what it
 * was built with. Fixture builds set their own `SITE_URL`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER_SITE_URL, type SiteConfig } from '../../src/lib/config/site.ts';
import { DIST } from './paths.ts';

export function builtSite(root: string = DIST): SiteConfig {
  const robots = readFileSync(join(root, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)\/sitemap-index\.xml$/m.exec(robots)?.[1];
  if (!sitemap) throw new Error(`no Sitemap line in ${join(root, 'robots.txt')}`);
  return { origin: sitemap, isPlaceholder: sitemap === PLACEHOLDER_SITE_URL };
}
