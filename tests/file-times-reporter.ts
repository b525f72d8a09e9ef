/**
 * Records when each test file ran, import, setup and hooks included (Vitest's JSON report
 * times only the tests themselves, so a file that builds a site in `beforeAll` looks short).
 * Writes `test-results/file-times.json`; `npm test` prints each project's time from it and
 * writes `test-results/durations.json` for tests/sequencer.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import type { FileTime } from '../scripts/lib/test-times.ts';

/** The repository (not helpers/paths.ts: the config loads this before any test setup). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const FILE_TIMES = join(ROOT, 'test-results/file-times.json');

export default class FileTimesReporter implements Reporter {
  private readonly files: FileTime[] = [];

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    const end = Date.now();
    const ms =
      d.environmentSetupDuration +
      d.prepareDuration +
      d.collectDuration +
      d.setupDuration +
      d.duration;
    this.files.push({
      file: relative(ROOT, module.moduleId).split('\\').join('/'),
      // Type tests (`*.test-d.ts`) belong to the unit project but run last, through tsc.
      project: module.moduleId.endsWith('.test-d.ts') ? 'types' : module.project.name,
      start: end - ms,
      end,
      tests: [...module.children.allTests()].length,
    });
  }

  onTestRunEnd(): void {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(FILE_TIMES, `${JSON.stringify(this.files, null, 1)}\n`);
  }
}
