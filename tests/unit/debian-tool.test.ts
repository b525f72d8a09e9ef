import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDebianTool, type DebianTool } from '../../scripts/lib/debian-tool.ts';

const dir = mkdtempSync(join(tmpdir(), 'etalase-tool-'));
const present = join(dir, 'tool');
writeFileSync(present, '');
const tool = (over: Partial<DebianTool> = {}): DebianTool => ({
  name: 'tool',
  debPackage: 'tool-pkg',
  candidates: [join(dir, 'missing'), present],
  envVar: 'NGINX_PATH',
  neededBy: 'a test',
  elsewhere: 'install it',
  ...over,
});

afterEach(() => vi.unstubAllEnvs());

describe('ensureDebianTool', () => {
  it('takes the path named by its variable, and refuses one that does not exist', () => {
    vi.stubEnv('NGINX_PATH', present);
    expect(ensureDebianTool(tool({ candidates: [] }), () => {})).toBe(present);
    vi.stubEnv('NGINX_PATH', join(dir, 'nope'));
    expect(() => ensureDebianTool(tool(), () => {})).toThrow(/NGINX_PATH=.*nope does not exist/);
  });

  it('finds the first candidate that exists, without installing anything', () => {
    // npm test names the real nginx in NGINX_PATH: unset it here, as on a machine without it.
    vi.stubEnv('NGINX_PATH', '');
    const log = vi.fn();
    expect(ensureDebianTool(tool(), log)).toBe(present);
    expect(log).not.toHaveBeenCalled();
  });
});
