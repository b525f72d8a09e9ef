import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Astro builds share the project's `.astro/` folder, so two at once (a build test and the web
 * editor's browser test, which run in different Vitest projects) must not overlap: each build
 * holds this lock folder, with the holder's pid so a crashed run does not block the next.
 */
const BUILD_LOCK = join(ROOT, 'node_modules/.cache/etalase-build.lock');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function withBuildLock<T>(fn: () => T): T {
  mkdirSync(join(BUILD_LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
      } catch {
        // Being created right now: wait.
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      } else sleep(500);
    }
  }
  try {
    writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
    return fn();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs an npm script (so the project's pinned Node 22 is first on PATH) and returns its
 * output. Never throws: tests assert on the exit status and the text. Builds run one at a time.
 */
export function npmRun(
  script: string,
  args: string[] = [],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): SpawnSyncReturns<string> {
  const run = () =>
    spawnSync('npm', ['run', '--silent', script, '--', ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      encoding: 'utf8',
      input: options.input ?? '',
      maxBuffer: 64 * 1024 * 1024,
    });
  return script === 'build' ? withBuildLock(run) : run();
}
