import ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { FileHost } from '../../src/hosts/file/file-host';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { describeNewForm } from '../../src/templates/new-form';
import { BUILT_IN_PRESETS } from '../../src/templates/presets';
import type { Preset } from '../../src/templates/preset-schema';

function describe_(p: Preset) {
  const set = findSet(BUILT_IN_SETS, p.standardSet);
  if (!set) throw new Error(p.standardSet);
  return describeNewForm(p, set, { year: 2027, name: '示例项目' });
}

async function userBook(): Promise<FileHost> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('项目绩效目标表').getCell('A1').value = '已有的表，不得覆盖';
  return FileHost.open(new Uint8Array(await wb.xlsx.writeBuffer()), '我的.xlsx');
}

async function reopen(host: FileHost): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await host.save({ withState: false })).buffer as ArrayBuffer);
  return back;
}

describe('file host: 新建绩效目标表 adds a sheet to the workbook in memory', () => {
  test.each(BUILT_IN_PRESETS.map((p) => [p.id, p] as const))(
    '%s: the downloaded copy holds the new sheet with SUM, validations, merges; checked clean',
    async (_id, preset) => {
      const host = await userBook();
      const d = describe_(preset);
      const { name } = await host.addSheet(d);
      expect(name).toBe(preset.kind === 'project' ? '项目绩效目标表 (2)' : '部门整体绩效目标表');
      expect(host.activeSheetName()).toBe(name);
      const wb = await reopen(host);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['项目绩效目标表', name]);
      expect(wb.getWorksheet('项目绩效目标表')?.getCell('A1').value).toBe('已有的表，不得覆盖');
      const ws = wb.getWorksheet(name)!;
      const formulas: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => void (c.formula && formulas.push(c.formula))));
      expect(formulas).toHaveLength(1);
      expect(formulas[0]).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
      const merges = (ws.model as { merges?: string[] }).merges ?? [];
      expect(merges.length).toBe(d.merges.length);
      const first = d.validations[0].range.split(':')[0];
      expect(ws.getCell(first).dataValidation).toMatchObject({ type: 'list' });
      expect(ws.getCell(first).dataValidation.formulae?.[0]).toContain(d.validations[0].list[0]);
      const { forms, findings } = checkGrids(await readWorkbook(await host.save()));
      const mine = forms.filter((f) => f.sheet === name);
      expect(mine).toHaveLength(1);
      expect(findings.filter((f) => f.sheet === name && f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => f.sheet === name && f.rule === 'structure.missing-standard')).toEqual([]);
    },
  );

  test('复制为新年度: the copy keeps values and merges, edits land on the copy only', async () => {
    const host = await userBook();
    const { name } = await host.addSheet(describe_(BUILT_IN_PRESETS[0]));
    const copy = await host.copySheet(name, '2028年', [{ cell: 'A1', text: '2028年度项目支出绩效目标表' }]);
    expect(copy.name).toBe('2028年');
    const wb = await reopen(host);
    const a = wb.getWorksheet(name)!;
    const b = wb.getWorksheet('2028年')!;
    expect(a.getCell('A1').text).toMatch(/2027/);
    expect(b.getCell('A1').value).toBe('2028年度项目支出绩效目标表');
    expect((b.model as { merges?: string[] }).merges?.length).toBe((a.model as { merges?: string[] }).merges?.length);
    expect(b.getCell('A5').value).toEqual(a.getCell('A5').value);
  });
});
