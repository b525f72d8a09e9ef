/**
 * One entry point for `npm run check:content` and the site build, so both check the same
 * things and print the same report.
 */
import { join } from 'node:path';
import { loadAreas } from '../places/areas-load.ts';
import { config } from '../config/env.ts';
import { cacheDirFor } from '../build/content-dir.ts';
import { checkContent, type CheckResult } from './check.ts';
import { formatProblems } from './report.ts';

export interface RunOutcome {
  result: CheckResult;
  report: string;
  ms: number;
}

const memo = new Map<string, Promise<RunOutcome>>();

/** The check's result, computed once per process and folder (the build asks more than once). */
export function contentCheckOnce(contentDir: string): Promise<RunOutcome> {
  let outcome = memo.get(contentDir);
  if (!outcome) {
    // The build keeps photo sizes beside Astro's caches (README, "Caching images and pages in CI").
    outcome = runContentCheck(contentDir, undefined, {
      photoSizeCacheFile: join(cacheDirFor(contentDir), 'etalase-photo-sizes.json'),
      // Test hook (tests/build/content-safety-build.test.ts, tests/build/hosting-fixture.test.ts):
      // builds a Markdown story the check would reject, to prove the renderer removes script on
      // its own. Refused with a production SITE_URL (src/lib/config/env.ts).
      ...(config().ETALASE_TEST_UNCHECKED_STORIES ? { storyMarkup: false } : {}),
    });
    memo.set(contentDir, outcome);
  }
  return outcome;
}

/** Checks a content folder; `report` is empty when everything is fine. */
export async function runContentCheck(
  contentDir: string,
  root?: string,
  options: { photoSizeCacheFile?: string; storyMarkup?: boolean } = {},
): Promise<RunOutcome> {
  const started = performance.now();
  const areas = await loadAreas();
  const result = await checkContent({ contentDir, areas, ...(root ? { root } : {}), ...options });
  return { result, report: formatProblems(result.problems), ms: performance.now() - started };
}
