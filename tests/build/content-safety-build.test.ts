/**
 * The build agrees with `check:content` on the content-safety corpus, and the renderer is a
 * second line of defence: a story holding a script or an event handler, built with the story
 * check switched off (a test-only hook), reaches the page without either.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_CASES } from '../corpus/content-safety.ts';
import { makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';
import { writeProductCases } from '../helpers/corpus-dir.ts';
import { npmRun } from '../helpers/run.ts';

const EVIL_STORY = `Cerita uji.

<script>alert('skrip-jahat')</script>

<img src="./hero.jpg" alt="x" onerror="alert('onerror-jahat')">

<p onclick="alert('onclick-jahat')" style="display:none">Teks tersembunyi</p>

<iframe src="https://evil.example/bingkai-jahat"></iframe>

[klik](javascript:alert('tautan-jahat'))

Baris satu<br>baris dua.
`;
const EVIL_MDX = `Cerita MDX.

<script>{\`alert('mdx-skrip-jahat')\`}</script>

<Sorotan judul="Catatan" onClick="alert('mdx-onclick-jahat')">Isi **penting**.</Sorotan>

Baris<br />dua.
`;

const dirs: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the build on malformed content', () => {
  const picked = [
    'md-onerror',
    'mdx-unclosed-tag',
    'date-feb-30',
    'latin1-name',
    'long-producer-name',
    'huge-hero',
    'yaml-unclosed-double-quote',
  ];
  let output = '';
  let status: number | null = null;
  const outDir = join(tmp('etalase-out-'), 'dist');
  beforeAll(async () => {
    const { dir } = await writeProductCases(PRODUCT_CASES.filter((c) => picked.includes(c.name)));
    dirs.push(dir);
    const r = npmRun('build', [], { env: { CONTENT_DIR: dir, ETALASE_OUT_DIR: outDir } });
    output = r.stdout + r.stderr;
    status = r.status;
  });

  it('stops, naming every file, field and line in both languages, without a stack trace', () => {
    expect(status).not.toBe(0);
    for (const name of picked) expect(output).toContain(`products/${name}/index.`);
    expect(output).toContain('kolom/field: body, baris/line 42');
    expect(output).toContain('kolom/field: added, baris/line 39');
    expect(output).toContain('kolom/field: producer.name, baris/line 13');
    expect(output).toContain('kolom/field: hero.src');
    expect(output).toContain('tidak tersimpan sebagai UTF-8');
    expect(output).toContain('is not saved as UTF-8');
    expect(output).toContain('the site was not built');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('the renderer on stories the check did not see', () => {
  let html = '';
  let mdxHtml = '';
  beforeAll(async () => {
    const content = await makeContentDir({
      'madu-jahat': { source: VALID_PRODUCT.replace('Cerita uji.', EVIL_STORY) },
      'madu-mdx': { source: VALID_PRODUCT.replace('Cerita uji.', EVIL_MDX) },
    });
    dirs.push(content);
    renameSync(
      join(content, 'products/madu-mdx/index.md'),
      join(content, 'products/madu-mdx/index.mdx'),
    );
    const outDir = join(tmp('etalase-out-'), 'dist');
    const r = npmRun('build', [], {
      env: {
        CONTENT_DIR: content,
        ETALASE_OUT_DIR: outDir,
        ETALASE_TEST_UNCHECKED_STORIES: '1',
        // A test origin: the test-only switch refuses a production one.
        SITE_URL: 'https://produk.fixture.example',
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    html = readFileSync(join(outDir, 'produk/madu-jahat/index.html'), 'utf8');
    mdxHtml = readFileSync(join(outDir, 'produk/madu-mdx/index.html'), 'utf8');
  });

  it('removes script, event handlers, iframes, hiding styles and javascript: links', () => {
    for (const marker of [
      'skrip-jahat',
      'onerror-jahat',
      'onclick-jahat',
      'bingkai-jahat',
      'tautan-jahat',
    ]) {
      expect(html).not.toContain(marker);
    }
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/\son(error|click)=/i);
    expect(html).not.toContain('javascript:');
    // The text itself survives, visible; the allowed <br> too.
    expect(html).toContain('Teks tersembunyi');
    expect(html).not.toMatch(/style="display:\s*none"/);
    expect(html).toContain('Baris satu<br>baris dua.');
  });

  it('keeps the allowed MDX component and drops everything else', () => {
    expect(mdxHtml).not.toContain('mdx-skrip-jahat');
    expect(mdxHtml).not.toContain('mdx-onclick-jahat');
    expect(mdxHtml).toMatch(/<aside class="sorotan"[^>]*>[^]*Catatan[^]*<strong>penting<\/strong>/);
    expect(mdxHtml).toMatch(/Baris<br\s*\/?>dua\./);
  });
});
