import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook, WorkbookReadError } from '../../src/hosts/file/xlsx';
import { readParts, readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { addressAt } from '../../src/core/grid';
import type { Grid } from '../../src/model/grid';

async function bufferOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}

/** The CLI's reader of the XML parts; it must not fall back to exceljs on these workbooks. */
async function readByParts(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const grids = readParts(Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data)));
  if (grids === null) throw new Error('the parts reader gave up on this workbook');
  return Promise.resolve(grids);
}

// the same workbooks read through exceljs (pane, file mode) and from the XML parts (CLI) give the same grids
describe.each([
  ['exceljs', readWorkbook],
  ['XML parts', readByParts],
])('readWorkbook (%s): values', (_name, readWorkbook) => {
  it('converts every kind of cell value to what the user sees', async () => {
    const data = await bufferOf((wb) => {
      const ws = wb.addWorksheet('表1');
      ws.getCell('C5').value = '项目名称';
      ws.getCell('D5').value = 12.5;
      ws.getCell('C6').value = { richText: [{ text: '产出' }, { font: { bold: true }, text: '指标' }] };
      ws.getCell('D6').value = { formula: 'D5*2', result: 25 };
      ws.getCell('E6').value = { formula: 'A1', result: { error: '#REF!' } };
      ws.getCell('F6').value = { formula: 'CONCAT("a","b")', result: 'ab' };
      ws.getCell('C7').value = new Date(Date.UTC(2022, 11, 31));
      ws.getCell('D7').value = true;
      ws.getCell('E7').value = false;
      ws.getCell('F7').value = { text: '链接', hyperlink: 'https://example.gov.cn' };
      ws.getCell('C8').value = { formula: 'D5', result: undefined };
      ws.getCell('D8').value = '';
    });
    const [g] = await readWorkbook(data);
    expect(g.sheet).toBe('表1');
    expect(g.origin).toEqual({ row: 4, col: 2 });
    expect(addressAt(g, 0, 0)).toBe('C5');
    expect(g.rows).toBe(3);
    expect(g.cols).toBe(4);
    expect(g.values).toEqual([
      ['项目名称', 12.5, null, null],
      ['产出指标', 25, '#REF!', 'ab'],
      ['2022-12-31', 'TRUE', 'FALSE', '链接'],
    ]);
  });

  it('reads the same bytes given as ArrayBuffer, Uint8Array or Buffer', async () => {
    const data = await bufferOf((wb) => {
      wb.addWorksheet('S').getCell('A1').value = '一级指标';
    });
    const ab = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const a = await readWorkbook(ab);
    const b = await readWorkbook(data);
    const c = await readWorkbook(Buffer.from(data));
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a[0].values).toEqual([['一级指标']]);
  });

  it('keeps merges in sheet coordinates, covered cells empty, and records hidden rows and columns', async () => {
    const data = await bufferOf((wb) => {
      const ws = wb.addWorksheet('M');
      ws.getCell('B2').value = '产出指标';
      ws.mergeCells('B2:B4');
      ws.getCell('C2').value = '数量指标';
      ws.getCell('C3').value = '质量指标';
      ws.getCell('C4').value = '时效指标';
      ws.getRow(3).hidden = true;
      ws.getColumn(4).hidden = true;
      ws.getCell('D2').value = 'x';
    });
    const [g] = await readWorkbook(data);
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.merges).toEqual([{ r0: 1, c0: 1, r1: 3, c1: 1 }]);
    expect(g.values).toEqual([
      ['产出指标', '数量指标', 'x'],
      [null, '质量指标', null],
      [null, '时效指标', null],
    ]);
    expect(g.hiddenRows).toEqual([2]);
    expect(g.hiddenCols).toEqual([3]);
  });

  it('gives one grid per sheet in order, an empty sheet as 0×0', async () => {
    const data = await bufferOf((wb) => {
      wb.addWorksheet('甲').getCell('A1').value = 1;
      wb.addWorksheet('空');
      wb.addWorksheet('乙').getCell('B2').value = '2';
    });
    const grids = await readWorkbook(data);
    expect(grids.map((g) => g.sheet)).toEqual(['甲', '空', '乙']);
    expect(grids[1]).toMatchObject({ rows: 0, cols: 0, values: [] });
    expect(grids[2].values).toEqual([['2']]);
  });
});

/** readWorkbookFile (CLI) over a temporary file: the parts reader leaves damaged files to exceljs's messages. */
async function readThroughFile(data: Uint8Array): Promise<Grid[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ts-xlsx-'));
  try {
    const file = join(dir, 'in.xlsx');
    writeFileSync(file, data);
    return await readWorkbookFile(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  ['readWorkbook', readWorkbook],
  ['readWorkbookFile', readThroughFile],
])('%s: unreadable input', (_name, read) => {
  async function failure(data: Uint8Array): Promise<WorkbookReadError> {
    try {
      await read(data);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      return e as WorkbookReadError;
    }
    throw new Error('expected readWorkbook to throw');
  }

  it('zero bytes', async () => {
    const e = await failure(new Uint8Array(0));
    expect(e.code).toBe('empty');
    expect(e.messageZh).toMatch(/空/);
    expect(e.message).toMatch(/empty/);
  });

  it('an OLE/CFB file: encrypted xlsx or old .xls', async () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await failure(cfb);
    expect(e.code).toBe('encrypted-or-xls');
    expect(e.messageZh).toMatch(/加密/);
    expect(e.messageZh).toMatch(/\.xls/);
    expect(e.message).toMatch(/encrypted/);
  });

  it('text or CSV that is not a workbook', async () => {
    const e = await failure(new TextEncoder().encode('姓名,部门\n张三,财务\n'));
    expect(e.code).toBe('not-xlsx');
    expect(e.messageZh).toMatch(/不是 \.xlsx/);
  });

  it('a truncated/corrupt zip', async () => {
    const good = await bufferOf((wb) => {
      wb.addWorksheet('S').getCell('A1').value = 'x';
    });
    const e = await failure(good.slice(0, 200));
    expect(e.code).toBe('corrupt');
    expect(e.messageZh).toMatch(/损坏/);
  });

  it('a zip that is not a workbook (empty archive, .docx)', async () => {
    // An empty zip archive: end-of-central-directory record only.
    const eocd = new Uint8Array(22);
    eocd.set([0x50, 0x4b, 0x05, 0x06]);
    expect((await failure(eocd)).code).toBe('not-xlsx');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'uint8array' });
    const e = await failure(docx);
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(/not an \.xlsx/);
  });
});
