/**
 * Finds `pdftoppm` (Poppler), which turns a label PDF into pixels so the tests can scan its QR
 * codes as a phone would. Like Chromium (./chromium.ts): on Debian as root it installs the
 * `poppler-utils` package; anywhere else it fails with instructions — the PDF test is never
 * skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', '/opt/homebrew/bin/pdftoppm'];

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** Returns the path of `pdftoppm`, installing Debian's `poppler-utils` when it can. */
export function ensurePdftoppm(log: (line: string) => void = console.log): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot) {
    log('[poppler] pdftoppm not found: installing Debian package "poppler-utils" (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update'],
      ['install', '-y', '--no-install-recommends', 'poppler-utils'],
    ]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status}).`);
    }
    if (existsSync('/usr/bin/pdftoppm')) return '/usr/bin/pdftoppm';
  }
  throw new Error(
    'pdftoppm (Poppler) is required by the label PDF test and was not found.\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y poppler-utils\n' +
      '  macOS: brew install poppler',
  );
}
