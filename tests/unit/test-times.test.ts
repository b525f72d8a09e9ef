import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileSeconds,
  formatProjectTimes,
  longestFirst,
  projectTimes,
  type FileTime,
} from '../../scripts/lib/test-times.ts';
import { ROOT } from '../helpers/paths.ts';

const file = (name: string, project: string, start: number, end: number, tests = 1): FileTime => ({
  file: name,
  project,
  start: start * 1000,
  end: end * 1000,
  tests,
});

const run = [
  file('tests/e2e/a.test.ts', 'e2e', 100, 160, 3),
  file('tests/unit/u.test.ts', 'unit', 10, 12, 5),
  file('tests/build/b.test.ts', 'build', 100, 130, 2),
  file('tests/e2e/b.test.ts', 'e2e', 130, 200.4, 4),
  file('tests/build/c.test.ts', 'build', 160, 170),
];

describe('projectTimes', () => {
  it('gives each project its span and its files added up, in the order they started', () => {
    const times = projectTimes(run);
    expect(times.map((t) => t.project)).toEqual(['unit', 'e2e', 'build']);
    expect(times[0]).toEqual({ project: 'unit', files: 1, tests: 5, spanS: 2, sumS: 2 });
    expect(times[1]).toMatchObject({ files: 2, tests: 7 });
    expect(times[1]?.spanS).toBeCloseTo(100.4);
    expect(times[1]?.sumS).toBeCloseTo(130.4);
    expect(times[2]).toEqual({ project: 'build', files: 2, tests: 3, spanS: 70, sumS: 40 });
  });

  it('prints one line a project', () => {
    expect(formatProjectTimes(projectTimes(run))[1]).toBe(
      "e2e: 2 files, 7 tests, 100 s (files' own time 130 s)",
    );
  });

  it('is empty for an empty run', () => {
    expect(projectTimes([])).toEqual([]);
  });
});

describe('fileSeconds', () => {
  it('rounds each file to whole seconds, at least 1, sorted by path', () => {
    const seconds = fileSeconds([...run, file('tests/build/a.test.ts', 'build', 0, 0.2)]);
    expect(Object.keys(seconds)).toEqual([
      'tests/build/a.test.ts',
      'tests/build/b.test.ts',
      'tests/build/c.test.ts',
      'tests/e2e/a.test.ts',
      'tests/e2e/b.test.ts',
      'tests/unit/u.test.ts',
    ]);
    expect(seconds['tests/build/a.test.ts']).toBe(1);
    expect(seconds['tests/e2e/b.test.ts']).toBe(70);
  });
});

describe('longestFirst', () => {
  const specs = [
    { file: 'small.ts', group: 1 },
    { file: 'new.ts', group: 1 },
    { file: 'long.ts', group: 1 },
    { file: 'unit.ts', group: 0 },
    { file: 'same-a.ts', group: 1 },
    { file: 'same-b.ts', group: 1 },
  ];
  const expected = { 'small.ts': 3, 'long.ts': 170, 'unit.ts': 1, 'same-a.ts': 5, 'same-b.ts': 5 };

  it('keeps groups in order and starts the longest file of a group first', () => {
    expect(longestFirst(specs, (s) => s, expected).map((s) => s.file)).toEqual([
      'unit.ts',
      'long.ts',
      'new.ts', // unknown: 10 s
      'same-a.ts',
      'same-b.ts',
      'small.ts',
    ]);
  });

  it('places an unknown file by the time it is given', () => {
    expect(
      longestFirst(specs, (s) => s, expected, 0)
        .map((s) => s.file)
        .at(-1),
    ).toBe('new.ts');
  });
});

describe('tests/durations.json', () => {
  const durations = JSON.parse(readFileSync(join(ROOT, 'tests/durations.json'), 'utf8')) as Record<
    string,
    number
  >;

  it('names only test files that exist, with whole seconds', () => {
    for (const [path, seconds] of Object.entries(durations)) {
      expect(existsSync(join(ROOT, path)), `${path} (remove it from tests/durations.json)`).toBe(
        true,
      );
      expect(Number.isInteger(seconds) && seconds > 0, path).toBe(true);
    }
  });

  it('has a time for every build and browser test file', () => {
    // A file without one starts as if it took 10 s: a long new file could start last.
    const files = ['build', 'e2e'].flatMap((dir) =>
      readdirSync(join(ROOT, 'tests', dir))
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `tests/${dir}/${f}`),
    );
    expect(files.length).toBeGreaterThan(40);
    expect(
      files.filter((f) => !(f in durations)),
      'copy test-results/durations.json (written by npm test) to tests/durations.json',
    ).toEqual([]);
  });
});
