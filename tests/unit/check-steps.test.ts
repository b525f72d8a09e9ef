import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSteps } from '../../scripts/lib/check-steps.ts';
import { ROOT } from '../helpers/paths.ts';

describe('checkSteps', () => {
  it("splits the project's check script into its three steps", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(checkSteps(pkg.scripts['check'] ?? '')).toEqual([
      'astro check',
      'eslint .',
      'prettier --check .',
    ]);
  });

  it('keeps a script that is more than a chain of && as one step', () => {
    expect(checkSteps('a || b')).toEqual(['a || b']);
    expect(checkSteps('a && b | c')).toEqual(['a && b | c']);
    expect(checkSteps('a; b')).toEqual(['a; b']);
    expect(checkSteps('a & b')).toEqual(['a & b']);
    expect(checkSteps(' tsc ')).toEqual(['tsc']);
  });
});
