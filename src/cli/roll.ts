import { existsSync, writeFileSync } from 'fs';
import { recognize } from '../layout/recognize';
import { gridFromWorksheet } from '../hosts/file/xlsx';
import { rollForward, type RollEdit } from '../templates/roll';
import { loadGrids, parseArgs } from './inputs';

const USAGE = `usage: target-sheet roll <in.xlsx> --year YYYY -o <out.xlsx>

复制为新年度: copies the workbook with every recognized form's year in the title and the goals changed to
--year; all values are kept. Lists each changed cell. The input is never changed; -o must not exist.
Exit 0: written; 1: no form with a year to change (nothing written); 2: bad arguments or unreadable input.`;

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['year', 'o']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const [input] = positionals;
  const out = values.o;
  const year = Number(values.year);
  if (!input || positionals.length > 1 || !out || !Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error(`roll needs one workbook, --year YYYY and -o <out.xlsx> / 需要输入文件、--year 和 -o\n\n${USAGE}`);
    return 2;
  }
  if (existsSync(out)) {
    console.error(`${out}: exists; refusing to overwrite / 文件已存在，不会覆盖`);
    return 2;
  }
  const loaded = await loadGrids(input);
  if (!loaded.ok) {
    console.error(loaded.message);
    return 2;
  }
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const edits: { sheet: string; edit: RollEdit }[] = [];
  for (const ws of wb.worksheets) {
    const grid = gridFromWorksheet(ws);
    const seen = new Set<string>();
    for (const form of recognize(grid))
      for (const edit of rollForward(grid, form, year))
        if (!seen.has(edit.cell)) {
          seen.add(edit.cell);
          edits.push({ sheet: ws.name, edit });
        }
  }
  if (edits.length === 0) {
    console.error(`${input}: no form whose year could be changed to ${year}; nothing written / 没有可改年度的表单`);
    return 1;
  }
  for (const { sheet, edit } of edits) {
    wb.getWorksheet(sheet)!.getCell(edit.cell).value = edit.after;
    console.log(`${sheet}!${edit.cell} ${edit.what}: ${edit.before.slice(0, 60)} → ${edit.after.slice(0, 60)}`);
  }
  try {
    writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()), { flag: 'wx' });
  } catch (err) {
    console.error(`${out}: cannot be written (${(err as Error).message}) / 无法写出文件`);
    return 2;
  }
  console.log(`${out}: ${edits.length} cell(s) changed / 已改 ${edits.length} 处`);
  return 0;
}
