/**
 * How long each test file and each Vitest project took, from the times the file-times reporter
 * records (tests/file-times-reporter.ts), and the order test files start in
 * (tests/sequencer.ts). `npm test` prints the projects' times after its summary, so a slower
 * suite shows in every run (README "How long the tests take").
 */

/** One test file's run: wall-clock start and end in ms, import, setup and hooks included. */
export interface FileTime {
  /** Path relative to the repository, with `/`. */
  file: string;
  project: string;
  start: number;
  end: number;
  tests: number;
}

export interface ProjectTime {
  project: string;
  files: number;
  tests: number;
  /** From the first file's start to the last file's end, in seconds. */
  spanS: number;
  /** The files' own durations added up, in seconds (more than the span when files overlap). */
  sumS: number;
}

/** Span and summed duration of each project, in the order the projects started. */
export function projectTimes(files: readonly FileTime[]): ProjectTime[] {
  const byProject = new Map<string, FileTime[]>();
  for (const file of files)
    byProject.set(file.project, [...(byProject.get(file.project) ?? []), file]);
  return [...byProject]
    .map(([project, own]) => {
      const start = Math.min(...own.map((f) => f.start));
      const end = Math.max(...own.map((f) => f.end));
      return {
        start,
        time: {
          project,
          files: own.length,
          tests: own.reduce((n, f) => n + f.tests, 0),
          spanS: (end - start) / 1000,
          sumS: own.reduce((s, f) => s + (f.end - f.start), 0) / 1000,
        },
      };
    })
    .sort((a, b) => a.start - b.start)
    .map((p) => p.time);
}

/** One line per project, e.g. `e2e: 22 files, 306 tests, 642 s (files' own time 572 s)`. */
export function formatProjectTimes(times: readonly ProjectTime[]): string[] {
  return times.map(
    (t) =>
      `${t.project}: ${t.files} files, ${t.tests} tests, ${Math.round(t.spanS)} s ` +
      `(files' own time ${Math.round(t.sumS)} s)`,
  );
}

/** Each file's duration in whole seconds (at least 1), sorted by path: tests/durations.json. */
export function fileSeconds(files: readonly FileTime[]): Record<string, number> {
  return Object.fromEntries(
    files
      .map((f) => [f.file, Math.max(1, Math.round((f.end - f.start) / 1000))] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Test files in the order two workers finish soonest: group by group (Vitest's
 * `sequence.groupOrder`), and in a group the longest expected file first, so a long file never
 * starts last and runs alone (longest processing time first). A file with no expected time
 * (a new one) counts as `unknownS`. Otherwise stable: equal files keep the order they came in.
 */
export function longestFirst<T>(
  items: readonly T[],
  describe: (item: T) => { group: number; file: string },
  expected: Readonly<Record<string, number>>,
  unknownS = 10,
): T[] {
  return items
    .map((item, index) => {
      const { group, file } = describe(item);
      return { item, index, group, seconds: expected[file] ?? unknownS };
    })
    .sort((a, b) => a.group - b.group || b.seconds - a.seconds || a.index - b.index)
    .map((entry) => entry.item);
}
