import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkGrids } from '../src/check';
import { readWorkbook } from '../src/hosts/file/xlsx';
import { syntheticForm } from './synthetic';

async function best(fn: () => Promise<unknown>, runs: number): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

async function syntheticWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合成');
  for (const row of syntheticForm(rows).values) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * What `target-sheet check` does with a file (read → recognize → rules) over exceljs merely loading it.
 * Both are warmed up once (JIT), then timed alternately so that machine noise hits both alike.
 */
async function ratio(data: Uint8Array, runs: number): Promise<{ loadMs: number; checkMs: number; ratio: number }> {
  const load = async () => new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer);
  const check = async () => checkGrids(await readWorkbook(data));
  await load();
  await check();
  let loadMs = Number.POSITIVE_INFINITY;
  let checkMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    loadMs = Math.min(loadMs, await best(load, 1));
    checkMs = Math.min(checkMs, await best(check, 1));
  }
  return { loadMs: Math.round(loadMs), checkMs: Math.round(checkMs), ratio: Number((checkMs / loadMs).toFixed(2)) };
}

export async function benchCli(table: (string | number)[][]): Promise<Record<string, number>> {
  const seed = readFileSync(join(__dirname, '..', 'test', 'fixtures', 'seed002.xlsx'));
  const a = await ratio(seed, 20);
  const big = await ratio(await syntheticWorkbook(100_000), 2);
  table.push(
    ['exceljs load seed002.xlsx (ms)', a.loadMs, ''],
    ['check seed002.xlsx (ms)', a.checkMs, ''],
    ['cliOverExceljs (seed002)', a.ratio, '≤ 1.3'],
  );
  table.push(
    ['exceljs load 100k rows (ms)', big.loadMs, ''],
    ['check 100k rows (ms)', big.checkMs, ''],
    ['cliOverExceljs100k', big.ratio, '≤ 1.3'],
  );
  return { cliOverExceljs: a.ratio, cliOverExceljs100k: big.ratio };
}
