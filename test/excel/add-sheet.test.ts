import { checkGrids } from '../../src/check';
import { expectBuiltFormReads } from '../hosts/new-form-sheet';
import { createExcelHost } from '../../src/hosts/excel';
import { POINTS_PER_CHAR } from '../../src/hosts/excel/write-sheet';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { describeNewForm } from '../../src/templates/new-form';
import { BUILT_IN_PRESETS } from '../../src/templates/presets';
import type { Preset } from '../../src/templates/preset-schema';
import { fromRangeA1 } from '../../src/core/address';
import { FakeWorkbook } from './fake-excel';

function describe_(p: Preset) {
  const set = findSet(BUILT_IN_SETS, p.standardSet);
  if (!set) throw new Error(p.standardSet);
  return describeNewForm(p, set, { year: 2027, name: '示例项目' });
}

function book(excelApi = '1.17'): FakeWorkbook {
  const b = new FakeWorkbook({ excelApi });
  b.addSheet('Sheet1', [['用户的数据']]);
  b.addSheet('项目绩效目标表', [['已有的表，不得覆盖']]);
  return b;
}

describe('Excel host: 新建绩效目标表 into a new sheet', () => {
  test('a free name beside an existing sheet of that name; one read and one write sync; the new sheet is active', async () => {
    const b = book();
    const host = createExcelHost(b.env());
    b.resetCounts();
    const { name } = await host.addSheet(describe_(BUILT_IN_PRESETS[0]));
    expect(name).toBe('项目绩效目标表 (2)');
    expect(b.readSyncs()).toBe(1);
    expect(b.writeSyncs()).toBe(1);
    expect(b.sheets.map((s) => s.name)).toEqual(['Sheet1', '项目绩效目标表', '项目绩效目标表 (2)']);
    expect(b.sheet('项目绩效目标表').cell(0, 0)?.v).toBe('已有的表，不得覆盖');
    expect(b.sheets[b.active].name).toBe(name);
    expect(b.selection).toEqual({ sheet: name, address: 'A1' });
  });

  test.each(BUILT_IN_PRESETS.map((p) => [p.id, p] as const))(
    '%s: read back by the host and checked: one form, no error, no missing standard; SUM formulas, merges, validations, widths, print',
    async (_id, preset) => {
      const b = book();
      const host = createExcelHost(b.env());
      const d = describe_(preset);
      const { name } = await host.addSheet(d);
      const sheet = b.sheet(name);
      // the funds total is a SUM formula (the description's only formula cell)
      const formulas = [...sheet.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
      expectBuiltFormReads(await host.readActiveSheet(), preset, formulas);
      expect(sheet.merges).toHaveLength(d.merges.length);
      expect(sheet.merges).toContainEqual(fromRangeA1(d.merges[0]));
      expect(sheet.validations.map((v) => v.source)).toEqual(d.validations.map((v) => v.list.join(',')));
      expect(sheet.widths.get(0)).toBe(d.widths[0] * POINTS_PER_CHAR);
      expect(sheet.page).toEqual({
        paperSize: 'A4',
        orientation: d.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        printTitleRows: `$${d.table.headerRow}:$${d.table.headerRow}`,
      });
      expect(sheet.cell(0, 0)?.format).toMatchObject({ bold: true, size: 16 });
      expect(sheet.borders.map((x) => x.edge)).toContain('InsideHorizontal');
    },
  );

  test('an operator cell “=” stays text, not a formula', async () => {
    const b = book();
    const host = createExcelHost(b.env());
    const preset = BUILT_IN_PRESETS.find((p) => p.columns.some((c) => c.role === 'operator'));
    if (!preset) throw new Error('no preset with an operator column');
    const { name } = await host.addSheet(describe_(preset));
    const texts = [...b.sheet(name).cells.values()].map((c) => c.v);
    expect(texts).not.toContain('#NAME?');
  });

  test('Excel 2016 (ExcelApi 1.1): values and the SUM still written, no merges/validation/print calls', async () => {
    const b = book('1.1');
    const host = createExcelHost(b.env());
    const { name } = await host.addSheet(describe_(BUILT_IN_PRESETS[1]));
    const sheet = b.sheet(name);
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.page.paperSize).toBe('Letter');
    const { forms, findings } = checkGrids([await host.readActiveSheet()]);
    expect(forms.map((f) => f.kind)).toEqual(['department']);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a list source over 255 characters fails like Excel (the fake is strict)', async () => {
    const b = book();
    const host = createExcelHost(b.env());
    const d = describe_(BUILT_IN_PRESETS[0]);
    const long = { ...d, validations: [{ range: 'A20:A30', list: Array.from({ length: 60 }, (_, i) => `名称${i}`) }] };
    await expect(host.addSheet(long)).rejects.toThrow(/255/);
  });
});

describe('Excel host: 复制为新年度 copies a sheet', () => {
  test('a copy with a free name, merges kept, edits only on the copy', async () => {
    const b = book();
    const src = b.sheet('Sheet1');
    src.ensure(1, 0).v = '2026年度项目支出绩效目标表';
    src.merges.push({ r0: 1, c0: 0, r1: 1, c1: 3 });
    const host = createExcelHost(b.env());
    const { name } = await host.copySheet('Sheet1', 'Sheet1 2027', [
      { cell: 'A2', text: '2027年度项目支出绩效目标表' },
    ]);
    expect(name).toBe('Sheet1 2027');
    expect(b.sheet(name).cell(1, 0)?.v).toBe('2027年度项目支出绩效目标表');
    expect(b.sheet(name).merges).toEqual([{ r0: 1, c0: 0, r1: 1, c1: 3 }]);
    expect(src.cell(1, 0)?.v).toBe('2026年度项目支出绩效目标表');
    expect(b.sheets[b.active].name).toBe(name);
    // again: the name is taken now
    const again = await host.copySheet('Sheet1', 'Sheet1 2027', []);
    expect(again.name).toBe('Sheet1 2027 (2)');
  });

  test('ExcelApi 1.6 has no Worksheet.copy: a clear error, nothing written', async () => {
    const b = book('1.6');
    const host = createExcelHost(b.env());
    await expect(host.copySheet('Sheet1', 'X', [])).rejects.toThrow(/ExcelApi 1\.7/);
    expect(b.sheets).toHaveLength(2);
  });
});
