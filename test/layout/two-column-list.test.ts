/**
 * A plain two-column indicator list (指标名称 | 指标值; 序号 | 指标名称 | 指标值; 指标 | 目标值; 绩效指标 |
 * 指标值) under a form's header band, typed the way a clerk types it in Excel: the band two pairs wide
 * (项目名称 | … | 主管部门 | …), the list only two columns. Every row is a 三级 with no 一级/二级, the
 * layout has only that level, the band's right-hand pairs are the form's, and neither a task table (任务名称 |
 * 金额) nor a funds table (资金来源 | 年度) under or above the list is taken for indicators.
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { CellValue } from '../../src/model/grid';

const BAND: CellValue[][] = [
  ['2025年项目支出绩效目标表'],
  ['项目名称', '城区道路维护', '主管部门', '某市住房和城乡建设局'],
  ['实施单位', '某市市政工程管理处', '联系电话', '0531-88886666'],
  ['资金总额（万元）', 500, '其中：财政拨款', 500],
  ['年度绩效目标', '完成城区道路维护10公里，道路完好率达到95%以上，群众满意度90%以上。'],
];
const ROWS: [string, string][] = [
  ['道路维护里程', '≥10公里'],
  ['道路完好率', '≥95%'],
  ['维护成本', '≤50万元/公里'],
  ['群众满意度', '≥90%'],
];

const list = (heading: string[], numbered: boolean): CellValue[][] => [
  heading,
  ...ROWS.map(([name, value], i): CellValue[] => (numbered ? [i + 1, name, value] : [name, value])),
];

const structure = (grid: ReturnType<typeof makeGrid>) =>
  checkGrids([grid]).findings.filter((f) => f.rule.startsWith('structure.') || f.rule.startsWith('total.'));

describe('a two-column indicator list under a header band', () => {
  test.each([
    [['指标名称', '指标值'], false],
    [['序号', '指标名称', '指标值'], true],
    [['指标', '目标值'], false],
    [['绩效指标', '指标值'], false],
    [['序号', '绩效指标', '指标值'], true],
  ])('%j: a flat list, every row a 三级, no structure finding', (heading, numbered) => {
    const grid = makeGrid('s', [...BAND, ...list(heading, numbered)]);
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => [n.level1, n.level2, n.level3?.text, n.values['全年']?.text])).toEqual(
      ROWS.map(([name, value]) => [null, null, name, value]),
    );
    expect(f.indicators[0].level3?.address).toBe(numbered ? 'B7' : 'A7');
    expect(f.tables[0].levels).toEqual(['level3']);
    expect(f.unplaced).toEqual([]);
    expect(f.unrecognized).toBeUndefined();
    expect(structure(grid)).toEqual([]);
  });

  test('the band’s right-hand pairs are read though the list is two columns wide', () => {
    const [f] = recognize(makeGrid('s', [...BAND, ...list(['指标名称', '指标值'], false)]));
    expect(f.header.map((h) => [h.key, h.value?.text])).toEqual([
      ['projectName', '城区道路维护'],
      ['department', '某市住房和城乡建设局'],
      ['implementer', '某市市政工程管理处'],
      ['phone', '0531-88886666'],
    ]);
    expect(f.funds.map((x) => [x.key, x.amounts['全年']?.address])).toEqual([
      ['total', 'B4'],
      ['fiscalSubtotal', 'D4'],
    ]);
  });

  test('a note beside the band (not a label the vocabulary knows) stays outside the form', () => {
    const band = BAND.map((r, i) => (i === 1 ? [...r, null, null, null, '附件2'] : r));
    const [f] = recognize(makeGrid('s', [...band, ...list(['指标名称', '指标值'], false)]));
    expect(f.range).toBe('A1:D10');
  });

  test('a task table (任务名称 | 金额) under the list ends it: its lines are tasks, not indicators', () => {
    const grid = makeGrid('s', [
      ...BAND,
      ...list(['指标名称', '指标值'], false),
      ['任务名称', '金额'],
      ['道路修补', 300],
      ['绿化养护', 200],
    ]);
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => n.level3?.text)).toEqual(ROWS.map(([n]) => n));
    expect((f.tasks ?? []).map((t) => [t.label.text, Object.values(t.amounts)[0]?.address])).toEqual([
      ['道路修补', 'B12'],
      ['绿化养护', 'B13'],
    ]);
    expect(f.range).toBe('A1:D13');
    expect(f.unplaced).toEqual([]);
  });

  test('a task table and a funds table above the list: tasks and funds, not indicators', () => {
    const grid = makeGrid('s', [
      ['2025年项目支出绩效目标表'],
      ['项目名称', '城区道路维护', '主管部门', '某市住房和城乡建设局'],
      ['任务名称', '金额'],
      ['道路修补', 300],
      ['绿化养护', 200],
      ['资金来源', '年度'],
      ['资金总额', 500],
      ['财政拨款', 500],
      ...list(['指标名称', '指标值'], false),
    ]);
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => n.level3?.text)).toEqual(ROWS.map(([n]) => n));
    expect((f.tasks ?? []).map((t) => [t.label.text, Object.values(t.amounts)[0]?.text])).toEqual([
      ['道路修补', '300'],
      ['绿化养护', '200'],
    ]);
    expect(f.funds.map((x) => [x.key, Object.values(x.amounts)[0]?.text])).toEqual([
      ['total', '500'],
      ['fiscalSubtotal', '500'],
    ]);
  });

  test.each([[['任务名称', '金额']], [['资金来源', '年度']], [['项目', '中期', '年度']]])(
    '%j over names and amounts is no indicator table',
    (heading) => {
      const grid = makeGrid('s', [
        ['2025年项目支出绩效目标表'],
        ['项目名称', '城区道路维护'],
        heading,
        ['道路修补', 300, 300],
        ['绿化养护', 200, 200],
      ]);
      expect(recognize(grid).flatMap((f) => f.indicators)).toEqual([]);
    },
  );
});
