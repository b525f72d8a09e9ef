/** `npm run check` inside `npm test`: type errors, lint errors and unformatted files fail CI too. */
import { describe, expect, it } from 'vitest';
import { npmRun } from '../helpers/run.ts';

describe('code quality', () => {
  // Speed is never a test: on a loaded 2-core machine this took > 180 s.
  it('passes astro check (types), ESLint and Prettier', { timeout: 600_000 }, () => {
    const r = npmRun('check');
    expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
  });
});
