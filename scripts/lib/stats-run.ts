/**
 * One run of the stats tool: read the logs (oldest first, as streams), count, write the totals
 * and the report. Shared by `npm run stats` and `npm run bench:stats`, so the benchmark
 * measures exactly what the nightly job runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isbot } from 'isbot';
import {
  StatsAggregator,
  type StatsCatalogue,
  type StatsTotals,
} from '../../src/lib/stats/aggregate.ts';
import {
  STATS_FILES,
  dailyCsv,
  placesCsv,
  productsCsv,
  totalsJson,
  wordsCsv,
} from '../../src/lib/stats/output.ts';
import { reportHtml } from '../../src/lib/stats/report-html.ts';
import { logLines, oldestFirst } from './log-files.ts';

export interface StatsRun {
  files: readonly string[];
  out: string;
  since?: number | undefined;
  catalogue: StatsCatalogue;
  /** Told about a damaged file (its lines before the damage are counted). */
  onDamage?: (file: string, error: Error) => void;
}

export async function runStats(run: StatsRun): Promise<{ totals: StatsTotals; damaged: number }> {
  const aggregator = new StatsAggregator(run.catalogue, { isBot: isbot, since: run.since });
  let damaged = 0;
  for (const file of await oldestFirst(run.files)) {
    for await (const line of logLines(file, (error) => {
      damaged++;
      run.onDamage?.(file, error);
    }))
      aggregator.add(line);
  }
  const totals = aggregator.result();
  const out = run.out;
  mkdirSync(join(out, 'en'), { recursive: true });
  writeFileSync(join(out, STATS_FILES.json), totalsJson(totals));
  writeFileSync(join(out, STATS_FILES.daily), dailyCsv(totals));
  writeFileSync(join(out, STATS_FILES.products), productsCsv(totals));
  writeFileSync(join(out, STATS_FILES.places), placesCsv(totals));
  writeFileSync(join(out, STATS_FILES.words), wordsCsv(totals));
  writeFileSync(join(out, 'index.html'), reportHtml(totals, 'id', 'en/'));
  writeFileSync(join(out, 'en', 'index.html'), reportHtml(totals, 'en', '../'));
  return { totals, damaged };
}
