/**
 * `npm run bench`: prints a table of the performance budgets of DESIGN.md and writes bench-results.json.
 * Ratios are reported where machines differ (growth at 10×, CLI over exceljs loading).
 */
import { writeFileSync } from 'fs';
import { benchCli } from './cli';
import { benchCore } from './core';
import { benchExcel } from './excel';
import { benchPane } from './pane';

async function main(): Promise<void> {
  const results: Record<string, number | string> = {};
  const small = benchCore(50_000, 3, 10);
  // recognition at 500k rows best of 3 as well: its growth compares best with best
  const large = benchCore(500_000, 1, 3);
  results.recognizeRowsPerSecond = small.recognizeRowsPerSecond;
  results.recognizeWorstRowsPerSecond = small.recognizeWorstRowsPerSecond;
  results.coreRowsPerSecond = small.coreRowsPerSecond;
  results.growth10x = Number((large.checkMs / small.checkMs).toFixed(2));
  results.recognizeGrowth10x = Number((large.recognizeMs / small.recognizeMs).toFixed(2));
  const table = [
    ['recognize 50k rows (ms)', small.recognizeMs, ''],
    ['recognize rows/s (best of 10)', small.recognizeRowsPerSecond, '≥ 300000'],
    ['recognize rows/s (worst of 10)', small.recognizeWorstRowsPerSecond, ''],
    ['recognize+check 50k rows (ms)', small.checkMs, ''],
    ['coreRowsPerSecond', small.coreRowsPerSecond, '≥ 50000'],
    ['recognize+check 500k rows (ms)', large.checkMs, ''],
    ['growth10x (500k/50k time)', results.growth10x, '≤ 12'],
    ['recognizeGrowth10x', results.recognizeGrowth10x, '≤ 12'],
  ];
  for (const extra of EXTRA) Object.assign(results, await extra(table));
  console.log('| measure | value | budget |\n|---|---|---|');
  for (const [k, v, b] of table) console.log(`| ${k} | ${v} | ${b} |`);
  writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten bench-results.json');
}

/** Further benchmark sections (CLI, Excel fake, bundle) register here. */
type Section = (table: (string | number)[][]) => Promise<Record<string, number | string>>;
const EXTRA: Section[] = [benchCli, benchExcel, benchPane];

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
