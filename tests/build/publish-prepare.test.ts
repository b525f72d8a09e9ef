/**
 * `npm run publish:prepare` in a temporary Git repository: a product added without a QR code
 * (as the web editor saves it) gets one in exactly one commit holding the registry line and the
 * `qr:` line; a product that fails the check stops the job with a Markdown report for the
 * workflow summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { breakProduct, makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository whose first commit holds `products` (the content folder is the repo root). */
async function repoWith(products: Parameters<typeof makeContentDir>[0]): Promise<string> {
  const repo = await makeContentDir(products);
  dirs.push(repo);
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '.');
  git(
    repo,
    '-c',
    'user.name=Editor',
    '-c',
    'user.email=editor@example.test',
    'commit',
    '--quiet',
    '-m',
    'start',
  );
  return repo;
}

function prepare(repo: string) {
  const summary = join(repo, '..', `summary-${Date.now()}.md`);
  dirs.push(summary);
  const r = npmRun('publish:prepare', ['--content', repo], {
    env: { GITHUB_STEP_SUMMARY: summary, CONTENT_DIR: undefined },
  });
  return { ...r, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

describe('publish:prepare', () => {
  it('gives a product without a code one, in exactly one commit with the registry line and the qr: line', async () => {
    const repo = await repoWith({
      'madu-lama': { source: VALID_PRODUCT },
      'madu-dari-web': {
        source: VALID_PRODUCT.replace('Madu Hutan Uji', 'Madu Dari Web'),
        qr: false,
      },
    });
    const before = Number(git(repo, 'rev-list', '--count', 'HEAD'));
    const r = prepare(repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(Number(git(repo, 'rev-list', '--count', 'HEAD'))).toBe(before + 1);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const files = git(repo, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort();
    expect(files).toEqual(['products/madu-dari-web/index.md', 'qr-registry.yaml']);
    const code = /^qr: '([0-9A-Z]+)'/m.exec(
      readFileSync(join(repo, 'products/madu-dari-web/index.md'), 'utf8'),
    )?.[1];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4,}$/);
    const added = git(repo, 'show', '--format=', '--unified=0', 'HEAD')
      .split('\n')
      .filter((l) => /^[+-]/.test(l) && !/^(?:\+\+\+|---) /.test(l));
    expect(added).toEqual([
      `+qr: '${code}' # kode QR permanen, jangan diubah / permanent QR code, never edit`,
      expect.stringMatching(
        new RegExp(
          `^\\+- \\{ code: '${code}', product: 'madu-dari-web', issued: '\\d{4}-\\d{2}-\\d{2}' \\}$`,
        ),
      ),
    ]);
    const message = git(repo, 'log', '-1', '--format=%B');
    expect(message).toContain(`Kode QR ${code} untuk madu-dari-web`);
    expect(message).toContain('QR code for a new product');
    expect(r.summary).toContain(`**${code}**`);
    expect(r.summary).toContain('Content check passed');
    // Nothing left to do: a second run makes no commit.
    expect(prepare(repo).status).toBe(0);
    expect(Number(git(repo, 'rev-list', '--count', 'HEAD'))).toBe(before + 1);
  });

  it('stops the job on a failing product: the summary names file, field and fix in both languages', async () => {
    const repo = await repoWith({
      'madu-rusak': {
        source: breakProduct("whatsapp: '0800-0000-0999'", "whatsapp: 'nomor saya'"),
      },
    });
    const r = prepare(repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('producer.whatsapp');
    expect(r.summary).toContain('Content check failed: 1 problem(s) in 1 file(s)');
    const row = r.summary.split('\n').find((l) => l.includes('producer.whatsapp')) ?? '';
    expect(row).toContain('madu-rusak/index.md');
    expect(row.split(' | ')).toHaveLength(4);
    expect(row).toMatch(/Nomor|nomor/);
    expect(row).toMatch(/number/);
    expect(git(repo, 'rev-list', '--count', 'HEAD')).toBe('1');
  });

  it('fails clearly outside a Git repository instead of leaving uncommitted codes unexplained', async () => {
    const content = await makeContentDir({ 'madu-baru': { source: VALID_PRODUCT, qr: false } });
    dirs.push(content);
    mkdirSync(join(content, 'x'));
    writeFileSync(join(content, 'x', 'y'), '');
    const r = prepare(content);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Run this inside the Git repository');
  });
});
