import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT } from './paths.ts';

/**
 * Runs an npm script (so the project's pinned Node 22 is first on PATH) and returns its
 * output. Never throws: tests assert on the exit status and the text.
 */
export function npmRun(
  script: string,
  args: string[] = [],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
}
