import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build reads from the project: copied into each private root. */
const PROJECT_FILES = [
  'src',
  'public',
  'content',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];
/** Caches a build writes under node_modules/: never shared with another root. */
const BUILD_CACHES = new Set(['.astro', '.cache', '.vite']);
/** Environment variables naming files or folders: relative ones would land in the copy. */
const PATH_VARIABLES = ['CONTENT_DIR', 'ETALASE_OUT_DIR', 'STATS_TOTALS'];

/**
 * What Vitest adds to the environment of the tests (and so of every child): NODE_ENV=test and
 * the `import.meta.env` values it emulates. Astro passes such variables on to
 * `import.meta.env` in the pages it builds, so a build under them took Astro's development
 * paths (`DEV=1`: `data-image-component` on every content image) and the tested `dist/` was not
 * what `npm run build` publishes.
 */
const VITEST_ENV = ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST'];

/** The environment without Vitest's additions (also `VITEST_*`): as `npm run` sees it. */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([k]) => !VITEST_ENV.includes(k) && !k.startsWith('VITEST_')),
  );
}

/** The build cache of the sample site built for this test run (tests/global-setup.ts). */
export const SITE_CACHE = join(ROOT, 'node_modules/.cache/etalase-tests/site-cache');

let privateRoot: string | undefined;

/**
 * This test file's own copy of the project, for its fixture builds. Astro writes generated
 * modules into `<root>/.astro/` (which content module imports which file) and, for the bundled
 * content, its cache into `<root>/node_modules/.astro/`; two builds sharing a root would read
 * each other's. Each test file therefore builds in a root of its own, so build and browser test
 * files may run at the same time. The copy holds the project's source and sample content; its
 * `node_modules/` is a folder of links to the real packages (so every package resolves to one
 * real path), and a copy of the sample site's build cache (a build of the bundled content is
 * warm, as it would be in the repository after tests/global-setup.ts built `dist/`). One root
 * per file, kept for all its builds: an incremental rebuild needs the same root as the build
 * before it. Removed when the worker exits.
 */
export function privateProjectRoot(
  cacheFrom: readonly string[] = [SITE_CACHE, join(ROOT, 'node_modules/.astro')],
): string {
  if (privateRoot) return privateRoot;
  const root = mkdtempSync(join(tmpdir(), 'etalase-root-'));
  for (const entry of PROJECT_FILES)
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!BUILD_CACHES.has(name))
      symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  // The sample site's build cache (encoded photos, QR files, share cards, kept pages) from the
  // build of this run (tests/global-setup.ts), else the repository's: a copy, never shared.
  const cache = cacheFrom.find((dir) => existsSync(dir));
  if (cache) cpSync(cache, join(root, 'node_modules/.astro'), { recursive: true });
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  privateRoot = root;
  return root;
}

/**
 * Runs an npm script (so the project's pinned Node 22 is first on PATH) and returns its
 * output. Never throws: tests assert on the exit status and the text. `npm run build` runs in
 * this test file's private root (`privateProjectRoot`) unless `cwd` says otherwise (the build
 * of the sample site in tests/global-setup.ts passes a root of its own, writing into `dist/`).
 */
export function npmRun(
  script: string,
  args: string[] = [],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): SpawnSyncReturns<string> {
  const cwd = options.cwd ?? (script === 'build' ? privateProjectRoot() : ROOT);
  if (cwd !== ROOT) {
    for (const name of PATH_VARIABLES) {
      const value = options.env?.[name];
      if (value && !isAbsolute(value)) {
        throw new Error(`npmRun: ${name}=${value} must be an absolute path outside ${ROOT}`);
      }
    }
  }
  return spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd,
    env: { ...withoutVitestEnv(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
}
