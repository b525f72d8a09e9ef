/**
 * Finds a program the tests drive (Chromium, nginx, Poppler's pdftoppm): an environment
 * variable naming it, then its usual paths. On Debian as root a missing program is installed
 * from Debian's package; anywhere else the caller gets an error with instructions — the tests
 * that need it are never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { config } from '../../src/lib/config/env.ts';

export interface DebianTool {
  /** Shown in log lines and errors, e.g. `nginx`. */
  name: string;
  /** Debian package that provides it, e.g. `poppler-utils`. */
  debPackage: string;
  /** Paths where the program usually is, the first one Debian's. */
  candidates: readonly string[];
  /** Environment variable that names the program's path, e.g. `NGINX_PATH`. */
  envVar?: 'NGINX_PATH' | 'CHROME_PATH';
  /** What needs it, for the error: `the server tests`. */
  neededBy: string;
  /** How to get it elsewhere, for the error. */
  elsewhere: string;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** Returns the path of the program, installing its Debian package when it can. */
export function ensureDebianTool(tool: DebianTool, log: (line: string) => void): string {
  const fromEnv = tool.envVar ? config()[tool.envVar] : undefined;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${tool.envVar}=${fromEnv} does not exist.`);
  }
  const found = tool.candidates.find((p) => existsSync(p));
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot) {
    log(`[${tool.name}] not found: installing Debian package "${tool.debPackage}" (apt-get)…`);
    // Another apt-get may hold the lock (another tool's install): wait for it.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const lock = ['-o', 'DPkg::Lock::Timeout=600'];
    for (const args of [
      [...lock, 'update'],
      [...lock, 'install', '-y', '--no-install-recommends', tool.debPackage],
    ]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status}).`);
    }
    const installed = tool.candidates.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    `${tool.name} is required by ${tool.neededBy} and was not found.\n` +
      `  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${tool.debPackage}\n` +
      `  Elsewhere: ${tool.elsewhere}`,
  );
}
