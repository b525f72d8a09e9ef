/**
 * `npm run bench:editor` at its smallest (one round, no throttling) on the built site: the tool
 * still finds the village field, types, picks and counts the first-open bytes, so it works on
 * the day someone needs its numbers. The numbers themselves are not judged here.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

interface Summary {
  openMs: number;
  worstLetterMs: number;
  pickMs: number;
  inPage: { openMs: number; pickMs: number };
  firstOpen: { requests: number; sent: number; gzip: number; files: Record<string, number> };
}

describe('npm run bench:editor', () => {
  it('measures the village field and the first open of /admin/ in one small round', () => {
    const run = npmRun('bench:editor', [
      '--dist',
      DIST,
      '--rounds',
      '1',
      '--throttle',
      '1',
      '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const { summary } = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      summary: Summary;
    };
    for (const ms of [summary.openMs, summary.worstLetterMs, summary.pickMs]) {
      expect(ms).toBeGreaterThan(0);
    }
    expect(summary.inPage.openMs).toBeGreaterThanOrEqual(0);
    expect(Object.keys(summary.firstOpen.files)).toContain('/admin/config.yml');
    // The village list is not part of the first open.
    expect(Object.keys(summary.firstOpen.files)).not.toContain('/admin/villages.json');
    expect(summary.firstOpen.gzip).toBeLessThan(summary.firstOpen.sent);
  }, 300_000);

  it('says what to do without a built editor', () => {
    const run = npmRun('bench:editor', ['--dist', '/nonexistent-dist']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });
});
