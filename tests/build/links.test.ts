/** Every internal link, image and #anchor in the built site resolves (linkinator). */
import { LinkState, check } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

describe('internal links', () => {
  it('has zero broken links, images or fragments', async () => {
    const pages = htmlFiles().filter((f) => f !== '404.html');
    const result = await check({
      path: pages, // relative to serverRoot
      serverRoot: DIST,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      // Only our own pages: the network is closed here, and outside links are not ours to fix.
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.url} (status ${l.status ?? '?'}) on ${l.parent ?? '?'}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(
      pages.length,
    );
  });
});
