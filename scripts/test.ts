/**
 * `npm test`: every test there is — unit, build (reads dist/), browser (Chromium) and server
 * (nginx). Finds or installs Chromium and nginx first so those tests can never be skipped
 * silently, runs
 * Vitest with its JSON reporter, and ends with the plain line "N passed, N failed" taken
 * from that report, so a run that executed nothing is visible.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.ts';
import { ensureNginx } from './lib/nginx.ts';

const REPORT = 'test-results/vitest.json';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  success: boolean;
}

let chrome: string;
let nginx: string;
try {
  chrome = ensureChromium();
  nginx = ensureNginx();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`[test] Chromium: ${chrome}`);
console.log(`[test] nginx: ${nginx}`);

mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });
rmSync('test-results/summary.txt', { force: true });
const run = spawnSync(
  'vitest',
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, NGINX_PATH: nginx, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);

let report: VitestJson | undefined;
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8')) as VitestJson;
} catch {
  report = undefined;
}
if (!report) {
  console.log('\n[test] Vitest wrote no report (it crashed before running tests).');
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const skipped = report.numPendingTests + report.numTodoTests;
const nothingRan = report.numPassedTests + report.numFailedTests === 0;
if (nothingRan) console.log('\n[test] No test was executed: that is a failure.');
const summary =
  `${report.numPassedTests} passed, ${report.numFailedTests} failed` +
  (skipped ? `, ${skipped} skipped` : '');
// Also kept in a file: .ci/run prints it again as its very last line, after npm's own output.
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(run.status === 0 && !nothingRan ? 0 : run.status || 1);
