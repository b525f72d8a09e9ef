/**
 * `npm test`: every test there is. `npm run check` (types, ESLint, Prettier) runs beside the
 * unit, build (reads dist/), browser (Chromium) and server (nginx) tests, its output printed
 * after them. Finds or installs Chromium, nginx and Poppler's pdftoppm (the label PDF test)
 * first so those tests can never be skipped silently, runs Vitest
 * with its JSON reporter, and ends with the plain line "N passed, N failed" taken from that
 * report (the check counts as one more), so a run that executed nothing is visible.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.ts';
import { ensureNginx } from './lib/nginx.ts';
import { ensurePdftoppm } from './lib/poppler.ts';
import { fileSeconds, formatProjectTimes, projectTimes, type FileTime } from './lib/test-times.ts';

const REPORT = 'test-results/vitest.json';
const CHECK_LOG = 'test-results/check.log';
/** Written by tests/file-times-reporter.ts: when each test file ran. */
const FILE_TIMES = 'test-results/file-times.json';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  success: boolean;
}

const started = performance.now();
const seconds = (from: number) => Math.round((performance.now() - from) / 1000);

// Step 1: the static checks, beside the tests. A failure is reported and counted, and the tests
// still run, so one run shows everything that is wrong. `npm run check` only writes `.astro/`
// (the types it generates), which no test build reads: each builds in a root of its own
// (tests/helpers/run.ts). Its output goes to a file, printed whole when Vitest is done.
console.log(`[test] npm run check, beside the tests (output: ${CHECK_LOG})`);
mkdirSync('test-results', { recursive: true });
const checkLog = openSync(CHECK_LOG, 'w');
const checkChild = spawn('npm', ['run', 'check'], { stdio: ['ignore', checkLog, checkLog] });
const checkDone = new Promise<{ status: number; seconds: number }>((done) =>
  checkChild.on('close', (code) => done({ status: code ?? 1, seconds: seconds(started) })),
);

let chrome: string;
let nginx: string;
try {
  chrome = ensureChromium();
  nginx = ensureNginx();
  // The label PDF test rasterises the printed sheet to scan its QR codes.
  ensurePdftoppm();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  const check = await checkDone;
  console.log(`${check.status ? 0 : 1} passed, ${check.status ? 2 : 1} failed`);
  process.exit(1);
}
console.log(`[test] Chromium: ${chrome}`);
console.log(`[test] nginx: ${nginx}`);

const vitestStarted = performance.now();
rmSync(REPORT, { force: true });
rmSync(FILE_TIMES, { force: true });
rmSync('test-results/summary.txt', { force: true });
const vitest = spawn(
  'vitest',
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--reporter=./tests/file-times-reporter.ts',
    `--outputFile.json=${REPORT}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, NGINX_PATH: nginx, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
// Asynchronous, so the check's end is seen when it happens.
const run = {
  status: await new Promise<number>((done) => vitest.on('close', (code) => done(code ?? 1))),
};
const vitestS = seconds(vitestStarted);
const check = await checkDone;
closeSync(checkLog);
const checkFailed = check.status !== 0;
console.log(`\n[test] npm run check (${CHECK_LOG}):`);
process.stdout.write(readFileSync(CHECK_LOG, 'utf8'));
if (checkFailed)
  console.log('\n[test] npm run check failed (types, ESLint or Prettier): see above.');

let report: VitestJson | undefined;
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8')) as VitestJson;
} catch {
  report = undefined;
}
if (!report) {
  console.log('\n[test] Vitest wrote no report (it crashed before running tests).');
  console.log(`${checkFailed ? 0 : 1} passed, ${checkFailed ? 2 : 1} failed`);
  process.exit(run.status || 1);
}
// How long each part took (README "How long the tests take"). Vitest's time includes the one
// build of the sample site (tests/global-setup.ts) before the first test file.
console.log(`\n[test] npm run check: ${check.seconds} s (beside Vitest)`);
console.log(`[test] Vitest: ${vitestS} s`);
let fileTimes: FileTime[] = [];
try {
  fileTimes = JSON.parse(readFileSync(FILE_TIMES, 'utf8')) as FileTime[];
} catch {
  console.log(`[test]   (no ${FILE_TIMES})`);
}
for (const line of formatProjectTimes(projectTimes(fileTimes))) console.log(`[test]   ${line}`);
console.log(`[test] npm test: ${seconds(started)} s`);
// The order tests/sequencer.ts starts files in comes from these times (tests/durations.json).
if (fileTimes.length) {
  writeFileSync(
    'test-results/durations.json',
    `${JSON.stringify(fileSeconds(fileTimes.filter((f) => f.project !== 'unit')), null, 2)}\n`,
  );
}
const skipped = report.numPendingTests + report.numTodoTests;
const nothingRan = report.numPassedTests + report.numFailedTests === 0;
if (nothingRan) console.log('\n[test] No test was executed: that is a failure.');
const passed = report.numPassedTests + (checkFailed ? 0 : 1);
const failed = report.numFailedTests + (checkFailed ? 1 : 0);
const summary = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
// Also kept in a file: .ci/run prints it again as its very last line, after npm's own output.
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(run.status === 0 && !nothingRan && !checkFailed ? 0 : run.status || 1);
