/**
 * The benchmark's generated content, at a tiny size, passes the content check and builds: a
 * new required content file then breaks this test instead of `npm run bench`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

const COUNT = 3;
let work: string;
let content: string;
let out: string;
let status: number | null;
let log: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-bench-'));
  content = join(work, 'content');
  out = join(work, 'dist');
  await generateContent(content, COUNT, ROOT);
  const r = npmRun('build', [], { env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out } });
  status = r.status;
  log = r.stdout + r.stderr;
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the bench's generated content (${COUNT} products)`, () => {
  it('passes the content check', async () => {
    const { report } = await runContentCheck(content);
    expect(report).toBe('');
  });

  it('builds every product page', () => {
    expect(status, log.slice(-3000)).toBe(0);
    const products = readdirSync(join(out, 'produk')).filter((d) => d.startsWith('bench-'));
    expect(products).toHaveLength(COUNT);
    expect(existsSync(join(out, 'en/tentang/index.html'))).toBe(true);
  });
});
