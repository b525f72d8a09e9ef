/**
 * The order Vitest starts test files in (vitest.config.ts `sequence.sequencer`): longest first
 * within each group, from `tests/durations.json` (each file's own seconds in a full run on a
 * 2-core machine). Without it Vitest starts the largest files first, and a small file that runs
 * for minutes (pages served one tag at a time) would start last and run alone while the other
 * worker idles. The times only order the files: a stale entry costs minutes, never a result.
 * `npm test` writes the times of the run it made to `test-results/durations.json`: copy that
 * file here when the order drifts (README "How long the tests take").
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { longestFirst } from '../scripts/lib/test-times.ts';

/** The repository (not helpers/paths.ts: the config loads this before any test setup). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const DURATIONS_FILE = new URL('./durations.json', import.meta.url);

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const expected = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>;
    return longestFirst(
      await super.sort(files),
      (spec) => ({
        group: spec.project.config.sequence.groupOrder,
        file: relative(ROOT, spec.moduleId).split('\\').join('/'),
      }),
      expected,
    );
  }
}
