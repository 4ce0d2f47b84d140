import { expectBuiltFormReads } from '../hosts/new-form-sheet';
import { createEtHost } from '../../src/hosts/wps/et-host';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { describeNewForm } from '../../src/templates/new-form';
import { BUILT_IN_PRESETS } from '../../src/templates/presets';
import type { Preset } from '../../src/templates/preset-schema';
import { FakeEtBook, parseAddress } from './fake-et';

function describe_(p: Preset) {
  const set = findSet(BUILT_IN_SETS, p.standardSet);
  if (!set) throw new Error(p.standardSet);
  return describeNewForm(p, set, { year: 2027, name: '示例项目' });
}

function book(): FakeEtBook {
  const b = new FakeEtBook();
  b.addSheet('Sheet1', [['用户的数据']]);
  b.addSheet('部门整体绩效目标表', [['已有的表，不得覆盖']]);
  return b;
}

describe('WPS host: 新建绩效目标表 into a new sheet', () => {
  test.each(BUILT_IN_PRESETS.map((p) => [p.id, p] as const))(
    '%s: a new last sheet with a free name, active; read back and checked clean; SUM, merges, validations, widths, print',
    async (_id, preset) => {
      const b = book();
      const host = createEtHost(b.application());
      const d = describe_(preset);
      const { name } = await host.addSheet(d);
      expect(name).toBe(preset.kind === 'project' ? '项目绩效目标表' : '部门整体绩效目标表 (2)');
      expect(b.sheets.map((s) => s.name)).toEqual(['Sheet1', '部门整体绩效目标表', name]);
      expect(b.sheet('部门整体绩效目标表').text('A1')).toBe('已有的表，不得覆盖');
      expect(b.sheets[b.active].name).toBe(name);
      expect(b.selection).toEqual({ sheet: name, address: 'A1' });
      const s = b.sheet(name);
      const formulas = [...s.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
      expectBuiltFormReads(await host.readActiveSheet(), preset, formulas);
      expect(s.merges).toHaveLength(d.merges.length);
      expect(s.merges).toContainEqual(parseAddress(d.merges[0])[0]);
      expect(s.validations.map((v) => v.list)).toEqual(d.validations.map((v) => v.list.join(',')));
      expect(s.widths.get(1)).toBe(d.widths[0]);
      expect(s.page).toEqual({
        PaperSize: 9,
        Orientation: d.print.orientation === 'landscape' ? 2 : 1,
        PrintTitleRows: `$${d.table.headerRow}:$${d.table.headerRow}`,
      });
      expect(s.cell(1, 1)?.style).toMatchObject({ Bold: true, Size: 16 });
      expect([...s.cells.values()].map((c) => c.v)).not.toContain('#NAME?');
    },
  );

  test('复制为新年度: a copy after the last sheet, renamed; edits only on the copy', async () => {
    const b = book();
    b.sheet('Sheet1').merges.push({ r0: 1, c0: 1, r1: 1, c1: 3 });
    const host = createEtHost(b.application());
    const { name } = await host.copySheet('Sheet1', 'Sheet1 2027', [{ cell: 'A1', text: '2027年度' }]);
    expect(name).toBe('Sheet1 2027');
    expect(b.sheets.map((s) => s.name)).toEqual(['Sheet1', '部门整体绩效目标表', 'Sheet1 2027']);
    expect(b.sheet(name).text('A1')).toBe('2027年度');
    expect(b.sheet('Sheet1').text('A1')).toBe('用户的数据');
    expect(b.sheet(name).merges).toEqual([{ r0: 1, c0: 1, r1: 1, c1: 3 }]);
    expect(b.sheets[b.active].name).toBe(name);
  });

  test('the fake is strict: a second list validation on the same cells fails unless deleted first', () => {
    const b = book();
    const r = b.sheet('Sheet1').api().Range('A2:A5');
    r.Validation.Add(3, 1, 1, '是,否');
    expect(() => r.Validation.Add(3, 1, 1, '是,否')).toThrow(/已有/);
    r.Validation.Delete();
    r.Validation.Add(3, 1, 1, '是,否');
    expect(b.sheet('Sheet1').validations).toHaveLength(1);
  });
});
