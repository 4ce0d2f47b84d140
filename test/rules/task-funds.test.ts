/**
 * consistency.task-funds: the amounts of a 年度主要任务 / 履职 table against 资金总额 and 项目支出, and a task
 * line repeating the whole total. Unit cases on forms as the recognizer models them, then the layout end to end.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { rule } from '../../src/rules/consistency/task-funds';
import { checkGrids } from '../../src/check';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import type { Form } from '../../src/model/form';
import { form, funds, testRule, type FundsRow } from './helpers';

const COLS = { 全年: 'C', 总额: 'D', 财政拨款: 'E', 其他资金: 'F' };

/**
 * 资金总额 / 基本支出 / 项目支出 from row 4 (column C), then the task table (form.tasks) right below: its tasks
 * (D: 总额, E: 财政拨款, F: 其他资金) and, when given, its 金额合计.
 */
function dept(total: string, project: string | null, tasks: [string, string][], sumOfTasks?: string): Form {
  const rows: FundsRow[] = [
    { key: 'total', label: '资金总额', amounts: { 全年: total } },
    ...(project === null
      ? []
      : [
          {
            key: 'basic',
            label: '基本支出',
            parent: 'total',
            section: 'expense',
            amounts: { 全年: '300' },
          } as FundsRow,
          {
            key: 'project',
            label: '项目支出',
            parent: 'total',
            section: 'expense',
            amounts: { 全年: project },
          } as FundsRow,
        ]),
  ];
  const taskRows: FundsRow[] = [
    ...tasks.map(([label, amount]): FundsRow => ({
      key: 'projectLine',
      label,
      parent: 'total',
      section: 'expense',
      amounts: { 总额: amount, 财政拨款: amount, 其他资金: '0' },
    })),
    ...(sumOfTasks === undefined
      ? []
      : [{ key: 'total', label: '金额合计', amounts: { 总额: sumOfTasks } } as FundsRow]),
  ];
  const f = form({ kind: 'department', funds: funds(4, COLS, rows) });
  f.tasks = funds(4 + rows.length, COLS, taskRows);
  return f;
}

testRule(rule, {
  valid: [
    {
      name: 'tasks 120 + 80 = 项目支出 200',
      form: dept('500', '200', [
        ['文化惠民工程', '120'],
        ['体育赛事', '80'],
      ]),
    },
    {
      name: 'tasks 120 + 80 + 50.5 = 资金总额 250.5',
      form: dept('250.5', null, [
        ['文化惠民工程', '120'],
        ['体育赛事', '80'],
        ['旅游宣传', '50.5'],
      ]),
    },
    {
      name: 'a task table whose 合计 is the only total (no funds block): total.sum’s',
      form: (() => {
        const f = dept(
          '500',
          null,
          [
            ['文化惠民工程', '120'],
            ['体育赛事', '80'],
          ],
          '200',
        );
        f.funds = [];
        return f;
      })(),
    },
    {
      name: 'project lines under 项目支出 (半年/全年, seeds 003/004) are total.sum’s, not tasks',
      form: form({
        kind: 'department',
        funds: funds(4, { 半年: 'C', 全年: 'D' }, [
          { key: 'total', label: '资金总额', amounts: { 全年: '500' } },
          { key: 'project', label: '项目支出', parent: 'total', section: 'expense', amounts: { 全年: '200' } },
          { key: 'projectLine', label: '办公用房租金', parent: 'project', section: 'expense', amounts: { 全年: '90' } },
        ]),
      }),
    },
    { name: 'a task table without any funds total is total.sum’s (金额合计)', form: form({ kind: 'department' }) },
    {
      name: 'tasks 120 + 30 below 资金总额 500, the table’s 合计 says 部分重点任务',
      form: (() => {
        const f = dept('500', '200', [
          ['文化惠民工程', '120'],
          ['体育赛事', '30'],
        ]);
        f.tasks = [
          ...(f.tasks ?? []),
          ...funds(10, COLS, [{ key: 'total', label: '合计（部分重点任务）', amounts: { 总额: '150' } }]),
        ];
        return f;
      })(),
    },
  ],
  invalid: [
    {
      name: 'tasks 250.5: neither 资金总额 500 nor 项目支出 200',
      form: dept('500', '200', [
        ['文化惠民工程', '120'],
        ['体育赛事', '80'],
        ['旅游宣传', '50.5'],
      ]),
      cells: ['D7'],
      message: /合计 250\.5 万元，与资金总额 500、项目支出 200 都不一致/,
    },
    {
      name: 'the same, reported on the task table’s 金额合计',
      form: dept(
        '500',
        '200',
        [
          ['文化惠民工程', '120'],
          ['体育赛事', '80'],
          ['旅游宣传', '50.5'],
        ],
        '250.5',
      ),
      cells: ['D10'],
    },
    {
      name: 'a task named 部分乡镇道路硬化 does not make the table partial',
      form: dept('500', '200', [
        ['部分乡镇道路硬化', '120'],
        ['体育赛事', '30'],
      ]),
      cells: ['D7'],
      message: /合计 150 万元，与资金总额 500、项目支出 200 都不一致/,
    },
    {
      name: 'tasks 300 + 250.5 exceed 资金总额 500',
      form: dept('500', '200', [
        ['文化惠民工程', '300'],
        ['体育赛事', '250.5'],
      ]),
      cells: ['D7'],
      message: /合计 550\.5 万元，超过了资金总额 500 万元/,
    },
    {
      name: 'a table saying 部分 still may not exceed 资金总额',
      form: (() => {
        const f = dept('500', '200', [
          ['文化惠民工程', '300'],
          ['体育赛事', '250.5'],
        ]);
        f.tasks = [
          ...(f.tasks ?? []),
          ...funds(10, COLS, [{ key: 'total', label: '合计（部分）', amounts: { 总额: '550.5' } }]),
        ];
        return f;
      })(),
      cells: ['D10'],
      message: /超过了资金总额/,
    },
    {
      name: 'a task repeats 资金总额 500 beside another task',
      form: dept('500', null, [
        ['文化惠民工程', '500'],
        ['体育赛事', '80'],
      ]),
      cells: ['D5'],
      message: /文化惠民工程.*与资金总额相同/,
    },
  ],
});

describe('end to end on a department layout (funds block + 年度主要任务 table)', () => {
  const tsv = (tasks: string[][]) =>
    [
      '部门（单位）整体支出绩效目标申报表\t\t\t\t\t',
      '（2024年度）\t\t\t\t\t',
      '部门（单位）名称\t某县文化旅游广电体育局\t\t\t\t',
      '年度预算（万元）\t资金总额\t500\t\t\t',
      '\t基本支出\t300\t\t\t',
      '\t项目支出\t200\t\t\t',
      '年度主要任务\t任务名称\t主要内容\t预算金额（万元）\t\t',
      '\t\t\t总额\t财政拨款\t其他资金',
      ...tasks.map((t) => `\t${t.join('\t')}`),
      '年度总体目标\t完成2024年送戏下乡120场，举办全民健身赛事10次。\t\t\t\t',
      '年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t',
      '\t产出指标\t数量指标\t送戏下乡场次\t≥120场\t',
      '\t效益指标\t社会效益指标\t群众文化活动参与人次\t≥5万人次\t',
      '\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t',
    ].join('\n');
  const found = (tasks: string[][]) =>
    checkGrids([gridFromTsv('部门表', tsv(tasks))]).findings.filter((f) => f.rule === rule.id);

  test('tasks adding up to 项目支出 200: nothing', () => {
    expect(
      found([
        ['文化惠民工程', '送戏下乡', '120', '100', '20'],
        ['体育赛事', '全民健身赛事组织', '80', '80', '0'],
      ]),
    ).toEqual([]);
  });

  test('tasks adding up to 250.5: one warning on the first task amount', () => {
    const f = found([
      ['文化惠民工程', '送戏下乡', '120', '100', '20'],
      ['体育赛事', '全民健身赛事组织', '80', '80', '0'],
      ['旅游宣传', '文旅推介活动', '50.5', '40.5', '10'],
    ]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['D9', 'warning']]);
  });

  test('the 2015 department layout whose 金额合计 is the only total: not this rule’s (total.sum)', () => {
    const g = gridFromTsv('s', readFileSync(join(__dirname, '..', 'layout', 'layouts', '2015_department.tsv'), 'utf8'));
    expect(checkGrids([g]).findings.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});
