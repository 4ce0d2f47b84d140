/**
 * consistency.task-funds end to end on department forms typed as a clerk would in Excel: a 年度履职目标 /
 * 重点任务 table with its own 预算金额 column beside each task, labels merged down over their rows, every
 * amount a number with a 0.00 format. Written to .xlsx, read back, recognized and checked: each task's amount
 * comes from that column on its own row, the task amounts never become funds lines, and the rule compares
 * their sum with 资金总额 / 项目支出.
 */
import ExcelJS from 'exceljs';
import { checkGrids, type CheckResult } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { fromA1 } from '../../src/core/address';

type V = string | number | null;

interface Layout {
  /** The task table's heading row: 年度履职目标 (merged down) | task heading | 主要内容 | amount heading. */
  heading?: [string, string];
  tasks: [string, string, number][];
  /** A 合计 row under the tasks: its label and amount. */
  sum?: [string, number];
  /** The 主要内容 heading as typed (主要内容（部分）). */
  content?: string;
  /** A note row under the tasks (注：以上为部分重点任务), in column B inside the table or A below it. */
  note?: [string, 'A' | 'B'];
}

/**
 * Rows 1–3 title / year / unit; 4–6 the funds block (A4:A6 merged 年度预算（万元）, 资金总额 500.00 = 基本支出
 * 300.00 + 项目支出 200.00); the task table from row 7 (A merged down over it, amounts in D); then the goal and
 * a complete indicator table.
 */
async function typed(layout: Layout): Promise<CheckResult> {
  const [taskHead, amountHead] = layout.heading ?? ['重点任务', '预算金额（万元）'];
  const taskRows: V[][] = [
    ['年度履职目标', taskHead, layout.content ?? '主要内容', amountHead, null],
    ...layout.tasks.map(([name, content, amount]): V[] => [null, name, content, amount, null]),
    ...(layout.sum ? [[null, layout.sum[0], null, layout.sum[1], null] as V[]] : []),
    ...(layout.note?.[1] === 'B' ? [[null, layout.note[0], null, null, null] as V[]] : []),
  ];
  const noteBelow: V[][] = layout.note?.[1] === 'A' ? [[layout.note[0], null, null, null, null]] : [];
  const rows: V[][] = [
    ['部门（单位）整体支出绩效目标申报表', null, null, null, null],
    ['（2024年度）', null, null, null, null],
    ['部门（单位）名称', '某县文化旅游广电体育局', null, null, null],
    ['年度预算（万元）', '资金总额', 500, null, null],
    [null, '基本支出', 300, null, null],
    [null, '项目支出', 200, null, null],
    ...taskRows,
    ...noteBelow,
    ['年度总体目标', '完成2024年送戏下乡120场，举办全民健身赛事10次。', null, null, null],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '送戏下乡场次', '≥120场'],
    [null, null, '质量指标', '演出验收合格率', '=100%'],
    [null, null, '时效指标', '赛事完成时间', '≤2024年12月'],
    [null, '效益指标', '社会效益指标', '群众文化活动参与人次', '≥5万人次'],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('部门整体支出绩效目标表');
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = '0.00';
    }),
  );
  const last = 6 + taskRows.length;
  ws.mergeCells('A4:A6');
  ws.mergeCells(`A7:A${last}`);
  if (layout.note?.[1] === 'B') ws.mergeCells(`B${last}:E${last}`); // the note across the table
  if (noteBelow.length > 0) ws.mergeCells(`A${last + 1}:E${last + 1}`);
  const goal = last + noteBelow.length + 1;
  ws.mergeCells(`B${goal}:E${goal}`); // the goal text across the table
  ws.mergeCells(`B${goal + 2}:B${goal + 4}`); // 产出指标 over its three rows
  return checkGrids(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
}

const RULE = 'consistency.task-funds';
const of = (r: CheckResult, rule = RULE) => r.findings.filter((f) => f.rule === rule);
const rowOf = (address: string) => fromA1(address).row + 1;

describe('reading: the task amounts are the tasks’ own, never funds', () => {
  test('each task row’s amount comes from the 预算金额 column on that row; the funds keep their three lines', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 120],
        ['全民健身赛事', '举办赛事10次', 80],
      ],
    });
    expect(r.forms).toHaveLength(1);
    const f = r.forms[0];
    expect((f.tasks ?? []).map((t) => [t.key, t.label.text, Object.values(t.amounts).map((c) => c.address)])).toEqual([
      ['projectLine', '文化惠民工程', ['D8']],
      ['projectLine', '全民健身赛事', ['D9']],
    ]);
    // no funds line from the task table (rows 7 on), so total.sum sees 500 = 300 + 200 only
    const fundsRows = f.funds.flatMap((i) => Object.values(i.amounts).map((c) => rowOf(c.address)));
    expect(fundsRows.every((row) => row <= 6)).toBe(true);
    expect(f.funds.map((i) => i.key)).not.toContain('projectLine');
    expect(of(r, 'total.sum')).toEqual([]);
  });
});

describe('good', () => {
  test('tasks 120.00 + 80.00 = 项目支出 200.00: nothing', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 120],
        ['全民健身赛事', '举办赛事10次', 80],
      ],
    });
    expect(of(r)).toEqual([]);
  });

  test('tasks 300 + 150 + 50 = 资金总额 500 (they cover all spending): nothing', async () => {
    const r = await typed({
      tasks: [
        ['机关运转保障', '人员及公用经费', 300],
        ['文化惠民工程', '送戏下乡120场', 150],
        ['全民健身赛事', '举办赛事10次', 50],
      ],
    });
    expect(of(r)).toEqual([]);
  });

  test('tasks 120 + 30 below both totals, the 合计 row says 部分重点任务: nothing (total.sum agrees too)', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 120],
        ['全民健身赛事', '举办赛事10次', 30],
      ],
      sum: ['合计（部分重点任务）', 150],
    });
    expect(of(r)).toEqual([]);
    expect(of(r, 'total.sum')).toEqual([]);
  });

  const partial = [
    ['文化惠民工程', '送戏下乡120场', 120],
    ['全民健身赛事', '举办赛事10次', 30],
  ] as [string, string, number][];

  test.each(['主要内容（部分）', '主要内容(部分任务)'])(
    'tasks 120 + 30 below both totals, the heading reads %s: nothing, and the heading is kept on the form',
    async (content) => {
      const r = await typed({ tasks: partial, content });
      expect(of(r)).toEqual([]);
      expect(r.forms[0].tasksPartial?.address).toBe('C7');
      expect(of(r, 'structure.unplaced')).toEqual([]);
    },
  );

  test('the same with the task heading 重点任务（部分）: nothing', async () => {
    const r = await typed({ tasks: partial, heading: ['重点任务（部分）', '预算金额（万元）'] });
    expect(of(r)).toEqual([]);
    expect(r.forms[0].tasksPartial?.address).toBe('B7');
  });

  test.each([
    ['注：以上为部分重点任务', 'B', 'B10'],
    ['注：仅列示部分重点任务', 'A', 'A10'],
  ] as [string, 'A' | 'B', string][])(
    'tasks 120 + 30 below both totals, a note row %s (column %s): nothing, the note is kept, not unplaced',
    async (note, at, address) => {
      const r = await typed({ tasks: partial, note: [note, at] });
      expect(of(r)).toEqual([]);
      expect(r.forms[0].tasksPartial?.address).toBe(address);
      expect(of(r, 'structure.unplaced')).toEqual([]);
      // the note is no task: the tasks are the two lines
      expect((r.forms[0].tasks ?? []).map((t) => t.label.text)).toEqual(['文化惠民工程', '全民健身赛事']);
    },
  );
});

describe('bad', () => {
  test('tasks 300 + 250.5 exceed 资金总额 500: one warning naming the excess', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 300],
        ['全民健身赛事', '举办赛事10次', 250.5],
      ],
    });
    const found = of(r);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['D8', 'warning']]);
    expect(found[0].message).toBe('任务 2 项的预算金额合计 550.5 万元，超过了资金总额 500 万元。');
  });

  test('the same with 部分 in its 合计 row: more than the whole funds is wrong anyway (on the 合计)', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 300],
        ['全民健身赛事', '举办赛事10次', 250.5],
      ],
      sum: ['合计（部分重点任务）', 550.5],
    });
    expect(of(r).map((f) => f.cell)).toEqual(['D10']);
  });

  test.each([
    ['a note row without 部分', { note: ['注：金额为财政拨款', 'B'] }],
    ['部分 inside a task’s own content', { content: '主要内容' }],
  ] as [string, Partial<Layout>][])('tasks 120 + 30 below both totals, %s: one warning', async (_, extra) => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '完成部分乡镇送戏下乡', 120],
        ['全民健身赛事', '举办赛事10次', 30],
      ],
      ...extra,
    });
    expect(of(r).map((f) => f.rule)).toEqual([RULE]);
    expect(r.forms[0].tasksPartial).toBeUndefined();
  });

  test('tasks 120 + 30 below both totals without saying 部分: one warning', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 120],
        ['全民健身赛事', '举办赛事10次', 30],
      ],
    });
    expect(of(r).map((f) => f.message)).toEqual([
      '年度主要任务 2 项的预算金额合计 150 万元，与资金总额 500、项目支出 200 都不一致。',
    ]);
  });

  test('a task line repeating the whole 资金总额 500.00 beside others: reported on that line', async () => {
    const r = await typed({
      tasks: [
        ['文化惠民工程', '送戏下乡120场', 500],
        ['全民健身赛事', '举办赛事10次', 80],
      ],
    });
    const found = of(r);
    expect(found.map((f) => f.cell)).toEqual(['D8']);
    expect(found[0].message).toContain('“文化惠民工程”的预算金额 500 与资金总额相同');
  });
});

describe('the 2015 年度主要任务 table: 预算金额 merged over 总额 | 财政拨款 | 其他资金', () => {
  async function ministry(tasks: [string, number, number, number][]): Promise<CheckResult> {
    const rows: V[][] = [
      ['部门（单位）整体支出绩效目标申报表', null, null, null, null, null],
      ['（2024年度）', null, null, null, null, null],
      ['部门（单位）名称', '某县文化旅游广电体育局', null, null, null, null],
      ['年度预算（万元）', '资金总额', 500, null, null, null],
      [null, '基本支出', 300, null, null, null],
      [null, '项目支出', 200, null, null, null],
      ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）', null, null],
      [null, null, null, '总额', '财政拨款', '其他资金'],
      ...tasks.map(([name, all, fiscal, other]): V[] => [null, name, `${name}的主要内容`, all, fiscal, other]),
      ['年度总体目标', '完成2024年送戏下乡120场。', null, null, null, null],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', null],
      [null, '产出指标', '数量指标', '送戏下乡场次', '≥120场', null],
      [null, '效益指标', '社会效益指标', '群众文化活动参与人次', '≥5万人次', null],
      [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', null],
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('部门表');
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (typeof v === 'number') cell.numFmt = '0.00';
      }),
    );
    ws.mergeCells('A4:A6');
    ws.mergeCells(`A7:A${8 + tasks.length}`);
    ws.mergeCells('B7:B8');
    ws.mergeCells('C7:C8');
    ws.mergeCells('D7:F7');
    return checkGrids(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
  }

  test('good: the 总额 column (not 财政拨款) adds up to 项目支出 200; the task amounts are no funds lines', async () => {
    const r = await ministry([
      ['文化惠民工程', 120, 100, 20],
      ['全民健身赛事', 80, 80, 0],
    ]);
    expect(of(r)).toEqual([]);
    expect(of(r, 'total.sum')).toEqual([]);
    const f = r.forms[0];
    expect((f.tasks ?? []).map((t) => t.amounts['总额']?.address)).toEqual(['D9', 'D10']);
    const fundsRows = f.funds.flatMap((i) => Object.values(i.amounts).map((c) => rowOf(c.address)));
    expect(fundsRows.sort()).toEqual([4, 5, 6]);
  });

  test('bad: 总额 300 + 250.5 exceed 资金总额 500 (财政拨款 alone would not)', async () => {
    const r = await ministry([
      ['文化惠民工程', 300, 100, 200],
      ['全民健身赛事', 250.5, 80, 170.5],
    ]);
    expect(of(r).map((f) => [f.cell, f.message])).toEqual([
      ['D9', '任务 2 项的预算金额合计 550.5 万元，超过了资金总额 500 万元。'],
    ]);
  });
});
