import ExcelJS from 'exceljs';
import { hostConformance, type HostHarness, type SeedSheet } from '../hosts/conformance';
import { FileHost, fillColor, setFill } from '../../src/hosts/file/file-host';
import { textOf } from '../../src/core/grid';
import { convert } from '../../src/hosts/file/xlsx';
import type { Mapping } from '../../src/model/mapping';
import { loadMapping, storeMapping } from '../../src/app/actions/mapping';

function workbook(sheets: SeedSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return wb;
}

function harness(host: FileHost): HostHarness {
  const wb = host.workbook;
  return {
    host,
    fills: (sheet) => {
      const out: Record<string, string> = {};
      wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const c = fillColor(cell);
          if (c) out[cell.address] = c;
        }),
      );
      return out;
    },
    text: (sheet, cell) => textOf(convert(wb.getWorksheet(sheet)!.getCell(cell).value)),
    selection: () => host.selection,
    activeSheet: () => host.activeSheetName(),
    userFill: (sheet, cell, color) => {
      setFill(
        wb.getWorksheet(sheet)!.getCell(cell),
        color ? { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } } : null,
      );
    },
    userEdit: (sheet, cell, value) => {
      wb.getWorksheet(sheet)!.getCell(cell).value = value;
    },
    // reopen() is synchronous: a new FileHost over the same workbook reads its state back from the state
    // sheet (the async save → open round trip is tested below)
    reopen: () => harness(new FileHost(host.workbook, host.fileName)),
    notes: (sheet) => {
      const out: Record<string, string> = {};
      wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.note !== undefined && cell.note !== null)
            out[cell.address] = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
        }),
      );
      return out;
    },
    userNote: (sheet, cell, text) => {
      wb.getWorksheet(sheet)!.getCell(cell).note = text;
    },
  };
}

hostConformance('file (exceljs, in memory)', (sheets) => harness(new FileHost(workbook(sheets), 'test.xlsx')), {
  notes: true,
  events: false,
});

describe('file host: saved copies', () => {
  const FORM = [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人数', '≥100人'],
  ];

  test('marks survive save + reopen (state sheet) and clear there; the user copy has no state sheet', async () => {
    const host = new FileHost(workbook([{ name: 'S', rows: FORM }]), 'a.xlsx');
    await host.mark([{ rule: 'expr.test', severity: 'error', sheet: 'S', cell: 'D2', message: '测试问题' }]);
    const withState = await host.save();
    const again = await FileHost.open(withState, 'a.xlsx');
    expect(fillColor(again.workbook.getWorksheet('S')!.getCell('D2'))).toBe('#FFC7CE');
    expect(again.workbook.getWorksheet('S')!.getCell('D2').note as string).toContain('测试问题');
    await again.clearMarks();
    expect(fillColor(again.workbook.getWorksheet('S')!.getCell('D2'))).toBeNull();
    expect(again.workbook.getWorksheet('S')!.getCell('D2').note).toBeUndefined();

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await host.save({ withState: false })) as never);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['S']);
    expect(fillColor(copy.getWorksheet('S')!.getCell('D2'))).toBe('#FFC7CE');
    // the host still has its state after a copy without it
    expect(host.workbook.getWorksheet('_target_sheet_state')).toBeDefined();
  });

  test('the user copy keeps the recognition mapping (and nothing else of the state); reopened, it is read back', async () => {
    const host = new FileHost(workbook([{ name: 'S', rows: FORM }]), 'a.xlsx');
    const mapping: Mapping = {
      version: 1,
      sheets: { S: { forms: [{ range: 'A1:D2', kind: 'project' }], tables: [] } },
    };
    await host.storage.set('ignored', '["k"]');
    await storeMapping(host.storage, mapping);
    await host.mark([{ rule: 'expr.test', severity: 'error', sheet: 'S', cell: 'D2', message: '测试问题' }]);
    const copy = await FileHost.open(await host.save({ withState: false }), 'a-已标记.xlsx');
    expect(await loadMapping(copy.storage)).toEqual({ mapping, error: null });
    expect(await copy.storage.get('ignored')).toBeNull();
    expect(copy.sheets().map((w) => w.name)).toEqual(['S']);
    // the host itself keeps its whole state
    expect(await host.storage.get('ignored')).toBe('["k"]');
    const again = await FileHost.open(await host.save(), 'a.xlsx');
    expect(await again.storage.get('ignored')).toBe('["k"]');
    expect((await loadMapping(again.storage)).mapping).toEqual(mapping);
  });

  test('readRange reads a row segment', async () => {
    const host = new FileHost(workbook([{ name: 'S', rows: FORM }]), 'a.xlsx');
    expect(await host.readRange('S', 'A2:D2')).toEqual([['产出指标', '数量指标', '培训人数', '≥100人']]);
  });

  test('unreadable bytes throw WorkbookReadError with a zh-CN message', async () => {
    await expect(FileHost.open(new Uint8Array(0), 'x.xlsx')).rejects.toMatchObject({ code: 'empty' });
    await expect(FileHost.open(new TextEncoder().encode('a,b\n1,2'), 'x.csv')).rejects.toMatchObject({
      code: 'not-xlsx',
    });
  });
});
