import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { gridFromWorksheet } from '../src/hosts/file/xlsx';
import { recognize } from '../src/layout/recognize';
import { checkForms } from '../src/check';
import { syntheticForm } from './synthetic';

async function synth(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合成');
  for (const row of syntheticForm(rows).values) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
async function phases(name: string, data: Uint8Array, runs: number) {
  const best: Record<string, number> = {};
  const put = (k: string, v: number) => (best[k] = Math.min(best[k] ?? Infinity, v));
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    put('load', performance.now() - t);
    t = performance.now();
    const grids = wb.worksheets.map((ws) => gridFromWorksheet(ws));
    put('grid', performance.now() - t);
    t = performance.now();
    const forms = grids.flatMap((g) => recognize(g));
    put('recognize', performance.now() - t);
    t = performance.now();
    checkForms(forms);
    put('rules', performance.now() - t);
  }
  console.log(name, Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Math.round(v)])));
}
// void: a rejection still ends the process (unhandled rejection)
void (async () => {
  await phases(
    'seed002',
    readFileSync(join(__dirname, '..', 'test', 'fixtures', 'seed002.xlsx')),
    Number(process.argv[2] ?? 8),
  );
  await phases('100k', await synth(100_000), 2);
})();
