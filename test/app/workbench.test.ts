/** Many files in browser file mode: the same name again replaces its entry; one combined report over all. */
import fs from 'fs';
import path from 'path';
import { Workbench, type IncomingFile } from '../../src/app/workbench';
import { FileHost } from '../../src/hosts/file/file-host';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { ruleTitle } from '../../src/app/rule-names';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const file = (name: string, fixture = name): IncomingFile => ({
  name,
  bytes: async () => {
    const b = fs.readFileSync(path.join(FIXTURES, fixture));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  },
});

function bench() {
  const saved: { name: string; data: string | Uint8Array }[] = [];
  const wb = new Workbench({
    open: (bytes, name) => FileHost.open(bytes, name),
    save: (name, data) => saved.push({ name, data }),
  });
  return { wb, saved };
}

const findingsOf = async (fixture: string) =>
  checkGrids(await readWorkbook(fs.readFileSync(path.join(FIXTURES, fixture)))).findings;

test('the same file name again replaces its entry, in its place; other files stay', async () => {
  const { wb } = bench();
  await wb.addFiles([file('a.xlsx', 'seed000.xlsx'), file('b.xlsx', 'seed001.xlsx')]);
  const [a, b] = wb.get().files;
  expect(wb.get().files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
  wb.select(b.id);
  await wb.addFiles([file('b.xlsx', 'seed004.xlsx')]);
  const files = wb.get().files;
  expect(files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
  expect(files[0].id).toBe(a.id);
  expect(files[1].id).not.toBe(b.id);
  // the replacement is the new workbook, and it is active as the old one was
  expect(files[1].session!.store.get().result!.findings).toHaveLength((await findingsOf('seed004.xlsx')).length);
  expect(wb.get().active).toBe(files[1].id);
  // twice in one drop: one entry
  await wb.addFiles([file('c.xlsx', 'seed000.xlsx'), file('c.xlsx', 'seed001.xlsx')]);
  expect(wb.get().files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  wb.remove(files[0].id);
  expect(wb.get().files.map((f) => f.name)).toEqual(['b.xlsx', 'c.xlsx']);
});

test('combined report: a row per finding of every file, with 文件, 工作表, 表单 and the rule’s zh-CN name', async () => {
  const { wb, saved } = bench();
  await wb.addFiles([file('甲.xlsx', 'seed000.xlsx'), file('乙.xlsx', 'seed004.xlsx')]);
  const a = await findingsOf('seed000.xlsx');
  const b = await findingsOf('seed004.xlsx');
  await wb.exportReport('csv');
  expect(saved).toHaveLength(1);
  expect(saved[0].name).toMatch(/^合并校验报告-2个文件-\d{8}-\d{4}\.csv$/);
  const lines = String(saved[0].data)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('序号,文件,工作表,表单,单元格,级别,规则,问题,建议,建议改为,状态');
  expect(lines).toHaveLength(1 + a.length + b.length);
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows.filter((r) => r[1] === '甲.xlsx')).toHaveLength(a.length);
  expect(rows.filter((r) => r[1] === '乙.xlsx')).toHaveLength(b.length);
  expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
  // rule names, never ids
  expect(rows.some((r) => /^[a-z]+\.[a-z-]+$/.test(r[6]))).toBe(false);
  expect(rows[0][6]).toBe(ruleTitle(a[0].rule));
  // the 表单 column names the form (seed004 has five department forms on one sheet)
  expect(rows.filter((r) => r[1] === '乙.xlsx').every((r) => r[3] !== '')).toBe(true);

  await wb.exportReport('xlsx');
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(saved[1].data as Uint8Array) as never);
  const ws = book.worksheets[0];
  expect(ws.rowCount).toBe(1 + a.length + b.length);
  expect((ws.getRow(1).values as unknown[]).slice(1, 9)).toEqual([
    '序号',
    '文件',
    '工作表',
    '表单',
    '单元格',
    '级别',
    '规则',
    '问题',
  ]);
});
