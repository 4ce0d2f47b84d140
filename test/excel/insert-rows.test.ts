import { createExcelHost } from '../../src/hosts/excel';
import type { RowInsertion } from '../../src/hosts/host';
import { FakeWorkbook, type FakeCell } from './fake-excel';

const FORM = [
  ['项目支出绩效目标表', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '质量指标', '合格率', '＝100%'],
  [null, '成本指标', '人均成本', '≥300元'],
  ['效益指标', '社会效益指标', '知晓率', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '满意度', 95],
  ['备注', null, null, null],
];

function book(excelApi = '1.17'): FakeWorkbook {
  const b = new FakeWorkbook({ excelApi });
  const s = b.addSheet('Sheet1', FORM);
  s.merges.push({ r0: 2, c0: 0, r1: 4, c1: 0 }, { r0: 7, c0: 0, r1: 7, c1: 3 }); // A3:A5 (产出), A8:D8 (备注)
  s.ensure(6, 3).fill = '#00B050';
  b.userNote('Sheet1', 'C6', '用户批注');
  b.addSheet('Other', [['不动']]);
  return b;
}

/** Two insertion points, bottom-up as the planner emits them: 决策/过程 rows before 效益 and one more 产出 row. */
const PLAN: RowInsertion[] = [
  {
    sheet: 'Sheet1',
    beforeRow: 6,
    rows: [
      { A: '决策指标', B: '项目立项', C: '立项依据充分性', D: '充分' },
      { B: '资金落实', C: '资金到位率', D: '100%' },
      { A: '过程指标', B: '资金管理', C: '预算执行率', D: '≥90%' },
    ],
    merges: ['A6:A7'],
  },
  { sheet: 'Sheet1', beforeRow: 5, rows: [{ B: '时效指标', C: '按时完成率', D: '100%' }] },
];

const snapshot = (b: FakeWorkbook, name: string): Map<string, FakeCell> =>
  new Map([...b.sheet(name).cells].map(([k, c]) => [k, { ...c }]));

describe('Excel insertRows: a whole template plan as one batch', () => {
  test('several insertions: one run, one write sync, no reads, one undo step', async () => {
    const b = book();
    const host = createExcelHost(b.env());
    b.resetCounts();
    await host.insertRows(PLAN);
    expect(b.runs).toBe(1);
    expect(b.syncs.length).toBe(1);
    expect(b.writeSyncs()).toBe(1);
    expect(b.undoSteps).toBe(1);
  });

  test('values and merges land in the right rows; everything else only shifts', async () => {
    const b = book();
    const before = snapshot(b, 'Sheet1');
    const other = snapshot(b, 'Other');
    await createExcelHost(b.env()).insertRows(PLAN);
    const s = b.sheet('Sheet1');
    const text = (a: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a)!;
      return s.cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65)?.v ?? '';
    };
    // 时效 row before the original row 5 (人均成本) → row 5; the three 决策/过程 rows before original row 6 → rows 7-9
    expect([5, 6, 7, 8, 9, 10].map((r) => text(`C${r}`))).toEqual([
      '按时完成率',
      '人均成本',
      '立项依据充分性',
      '资金到位率',
      '预算执行率',
      '知晓率',
    ]);
    expect(text('A7')).toBe('决策指标');
    expect(text('A9')).toBe('过程指标');
    expect(text('D5')).toBe('100%'); // written as text, not coerced to 1
    expect(text('D9')).toBe('≥90%');
    // original cells: same objects' contents, rows shifted by the rows inserted above them
    const shift = (r: number) => r + (r >= 4 ? 1 : 0) + (r >= 5 ? 3 : 0);
    for (const [k, cell] of before) {
      const [r, c] = k.split(',').map(Number);
      expect({ at: `${shift(r)},${c}`, ...s.cells.get(`${shift(r)},${c}`) }).toEqual({
        at: `${shift(r)},${c}`,
        ...cell,
      });
    }
    expect(s.cells.size).toBe(before.size + 14); // the 14 values of the plan
    // merges: 产出 A3:A5 grew by the row inserted inside it (A3:A6), 备注 moved down by 4, the plan's A6:A7
    // (in the coordinates after the lower insertion) moved down by the upper one → A7:A8
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { r0: 2, c0: 0, r1: 5, c1: 0 },
        { r0: 11, c0: 0, r1: 11, c1: 3 },
        { r0: 6, c0: 0, r1: 7, c1: 0 },
      ]),
    );
    expect(s.merges.length).toBe(3);
    expect(s.notes()).toEqual({ C10: '用户批注' }); // notes move with their cells
    expect(snapshot(b, 'Other')).toEqual(other);
  });

  test('a single insertion still works (the old call shape) and empty plans cost nothing', async () => {
    const b = book();
    const host = createExcelHost(b.env());
    b.resetCounts();
    await host.insertRows([]);
    await host.insertRows({ sheet: 'Sheet1', beforeRow: 4, rows: [] });
    expect(b.runs).toBe(0);
    await host.insertRows(PLAN[1]);
    expect(b.syncs.length).toBe(1);
  });

  test('marks recorded below an insertion move with their rows: clear after inserting restores exactly', async () => {
    const b = book('1.18');
    const host = createExcelHost(b.env());
    const fills = b.sheet('Sheet1').fills();
    await host.readActiveSheet();
    await host.mark([
      { rule: 'expr.x', severity: 'error', sheet: 'Sheet1', cell: 'D7', message: '问题' },
      { rule: 'expr.x', severity: 'warning', sheet: 'Sheet1', cell: 'D3', message: '问题' },
    ]);
    await host.insertRows(PLAN);
    // the marks are rules of ours over their cells: they moved down with the rows
    expect(b.sheet('Sheet1').fills().D11).toBe('#FFC7CE');
    expect(b.sheet('Sheet1').fills().D3).toBe('#FFEB9C');
    await host.clearMarks();
    const shifted: Record<string, string | null> = {};
    for (const [a1, color] of Object.entries(fills)) shifted[a1 === 'D7' ? 'D11' : a1] = color;
    expect(b.sheet('Sheet1').fills()).toEqual(shifted);
    expect(b.sheet('Sheet1').notes()).toEqual({ C10: '用户批注' });
  });

  test('the fake: mergeUndoGroup needs ExcelApi 1.20 and merges several write syncs into one undo step', async () => {
    await expect(
      book()
        .env()
        .run(async () => 1, { mergeUndoGroup: true }),
    ).rejects.toThrow(/ApiNotFound/);
    const b = book('1.20');
    const twoWrites = async (options?: { mergeUndoGroup: boolean }) =>
      b.env().run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Other');
        ws.getRange('B1').values = [['x']];
        await ctx.sync();
        ws.getRange('B2').values = [['y']];
        await ctx.sync();
      }, options);
    b.resetCounts();
    await twoWrites();
    expect(b.undoSteps).toBe(2);
    b.resetCounts();
    await twoWrites({ mergeUndoGroup: true });
    expect(b.undoSteps).toBe(1);
  });
});
