/** The W3C Nu HTML checker (vnu.jar on the machine's Java) over every built page. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('W3C Nu HTML checker', () => {
  // Speed is never a test: on a loaded 2-core machine vnu over every page took > 180 s.
  it('finds zero errors in every built HTML page', { timeout: 600_000 }, () => {
    // Byte-identical files (the QR/GS1 landings are copies of product pages) are checked once.
    const seen = new Set<string>();
    const files = htmlFiles()
      .map((f) => join(DIST, f))
      .filter((file) => {
        const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
        if (seen.has(hash)) return false;
        seen.add(hash);
        return true;
      });
    expect(files.length).toBeGreaterThan(0);
    const r = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(r.error, 'java must be installed to run vnu.jar').toBeUndefined();
    const { messages } = JSON.parse(r.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
