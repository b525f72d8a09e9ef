/**
 * `npm run publish:prepare [-- --content <folder>]`: the publishing pipeline's step before the
 * build (.github/workflows/deploy.yml, docs/web-editor.md).
 * 1. `qr:assign`: products added without a code (e.g. in the web editor) get one; the registry
 *    line and the `qr:` lines go into ONE commit (the workflow pushes it).
 * 2. The content check. Its report — file, field, fix, in Indonesian and English — is printed
 *    and, in GitHub Actions, written as Markdown to the run's summary page ($GITHUB_STEP_SUMMARY).
 * Exit code 1 when the check fails or the commit cannot be made: the job stops, nothing is
 * published and the live site stays as it was.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { config } from '../src/lib/config/env.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';
import { publishSummary } from '../src/lib/content-check/summary.ts';
import { assignAndCommit } from './lib/publish.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = values.content ?? config().CONTENT_DIR;
const summaryFile = config().GITHUB_STEP_SUMMARY;

const { assigned, commit, error } = assignAndCommit(contentDir);
for (const a of assigned) console.log(`✓ ${a.slug}: ${a.code}`);
if (commit) console.log(`✓ commit ${commit.slice(0, 12)}: kode QR dicatat / QR codes recorded`);
if (error) {
  console.error(`✗ ${error.id}\n  ${error.en}`);
  if (summaryFile) appendFileSync(summaryFile, `### ❌ ${error.id}\n\n${error.en}\n`);
  process.exit(1);
}

const { result, report } = await runContentCheck(contentDir);
if (summaryFile) {
  appendFileSync(
    summaryFile,
    publishSummary({ problems: result.problems, assigned, commit: commit?.slice(0, 12) }),
  );
}
if (report) {
  console.error(report);
  process.exit(1);
}
console.log(
  `✓ ${result.products.length} produk lulus pemeriksaan. / ${result.products.length} products passed the check.`,
);
