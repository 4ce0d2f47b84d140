/**
 * `target-sheet check FILE --json` over a bare exceljs load of the same file, as whole processes: what a user
 * waits for (start-up, loading, recognition, rules, output) against the least any exceljs-based tool pays.
 * Time: best of N runs, the two commands alternating so that machine noise hits both alike. Memory: peak
 * resident set size (maxRSS) of each process, the highest of its runs.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { syntheticForm } from './synthetic';

const ROOT = join(__dirname, '..');
const PRELOAD = join(__dirname, 'report-rss.js');

interface Run {
  ms: number;
  rssKb: number;
}

function runProcess(args: string[], rssFile: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', PRELOAD, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // check exits 1 when it finds errors: only 2 (unreadable) or a crash is a failed run
  if (r.status === null || r.status >= 2) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, rssKb: Number(readFileSync(rssFile, 'utf8')) };
}

interface Ratio {
  exceljsMs: number;
  cliMs: number;
  time: number;
  exceljsMb: number;
  cliMb: number;
  memory: number;
}

function compare(file: string, runs: number, dir: string): Ratio {
  const bare = ['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(() => {})`];
  const cli = [join(ROOT, 'bin', 'target-sheet.js'), 'check', file, '--json'];
  const rss = join(dir, 'rss');
  const best = { bare: { ms: Infinity, rssKb: 0 }, cli: { ms: Infinity, rssKb: 0 } };
  for (let i = 0; i < runs; i++) {
    for (const [key, args] of [
      ['bare', bare],
      ['cli', cli],
    ] as const) {
      const r = runProcess(args, rss);
      best[key] = { ms: Math.min(best[key].ms, r.ms), rssKb: Math.max(best[key].rssKb, r.rssKb) };
    }
  }
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    exceljsMs: Math.round(best.bare.ms),
    cliMs: Math.round(best.cli.ms),
    time: Number((best.cli.ms / best.bare.ms).toFixed(2)),
    exceljsMb: mb(best.bare.rssKb),
    cliMb: mb(best.cli.rssKb),
    memory: Number((best.cli.rssKb / best.bare.rssKb).toFixed(2)),
  };
}

async function writeSyntheticWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合成');
  for (const row of syntheticForm(rows).values) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

export async function benchCli(table: (string | number)[][]): Promise<Record<string, number>> {
  // the bench measures the CLI as installed: the compiled bundle, rebuilt from the current sources
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.js')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const dir = mkdtempSync(join(tmpdir(), 'ts-bench-cli-'));
  try {
    const seed = compare(join(ROOT, 'test', 'fixtures', 'seed002.xlsx'), 7, dir);
    const bigFile = join(dir, 'synthetic-100k.xlsx');
    await writeSyntheticWorkbook(bigFile, 100_000);
    const big = compare(bigFile, 2, dir);
    table.push(
      ['exceljs load seed002.xlsx, whole process (ms)', seed.exceljsMs, ''],
      ['target-sheet check seed002.xlsx, whole process (ms)', seed.cliMs, ''],
      ['cliOverExceljs (seed002, time)', seed.time, '≤ 1.3'],
      ['exceljs / check peak memory seed002 (MB)', `${seed.exceljsMb} / ${seed.cliMb}`, ''],
      ['cliOverExceljsMemory (seed002, maxRSS)', seed.memory, '≤ 1.3'],
      ['exceljs load 100k rows, whole process (ms)', big.exceljsMs, ''],
      ['target-sheet check 100k rows, whole process (ms)', big.cliMs, ''],
      ['cliOverExceljs100k (time)', big.time, '≤ 1.3'],
      ['exceljs / check peak memory 100k rows (MB)', `${big.exceljsMb} / ${big.cliMb}`, ''],
      ['cliOverExceljs100kMemory (maxRSS)', big.memory, '≤ 1.3'],
    );
    return {
      cliOverExceljs: seed.time,
      cliOverExceljsMemory: seed.memory,
      cliOverExceljs100k: big.time,
      cliOverExceljs100kMemory: big.memory,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
