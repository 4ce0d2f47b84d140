/**
 * Funds are read only from the funds block, by the block's own column headings (issue 13 §5). Small
 * grids typed the way other regions lay the block out; expectations written from what is typed.
 */
import { makeGrid } from '../../src/core/grid';
import type { CellValue } from '../../src/model/grid';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { Form } from '../../src/model/form';

const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
const ROWS: CellValue[][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];
const one = (rows: CellValue[][]): Form => {
  const forms = recognize(makeGrid('s', [...rows, HEAD, ...ROWS]));
  expect(forms).toHaveLength(1);
  return forms[0];
};
const amounts = (items: Form['funds']) =>
  items.map((x) => [
    x.key,
    Object.fromEntries(Object.entries(x.amounts).map(([p, c]) => [p, `${c.value ?? ''}@${c.address}`])),
  ]);

test('中期 | 年度 as bare headings over the amounts', () => {
  const f = one([
    ['项目名称', '某某项目', '', ''],
    ['项目资金', '', '中期', '年度'],
    ['', '资金总额', 300, 100],
    ['', '财政拨款', 300, 100],
  ]);
  expect(amounts(f.funds)).toEqual([
    ['total', { 中期: '300@C3', 年度: '100@D3' }],
    ['fiscalSubtotal', { 中期: '300@C4', 年度: '100@D4' }],
  ]);
});

test('a 支出 line without headings: the year’s amount is the one in the total’s column, not the first', () => {
  const f = one([
    ['项目名称', '某某项目', '', ''],
    ['项目资金', '资金总额', '', 120],
    ['', '支出', '', ''],
    ['', '工程建设费', 60, 120],
  ]);
  expect(amounts(f.funds)).toEqual([
    ['total', { 全年: '120@D2' }],
    ['projectLine', { 全年: '120@D4' }],
  ]);
  expect(
    checkGrids([
      makeGrid('s', [
        ['项目名称', '某某项目', '', ''],
        ['项目资金', '资金总额', '', 120],
        ['', '支出', '', ''],
        ['', '工程建设费', 60, 120],
        HEAD,
        ...ROWS,
      ]),
    ]).findings.filter((x) => x.rule === 'total.sum'),
  ).toEqual([]);
});

test('per source across one row (资金总额 | 中央 | 省级 | 市级 | 县级), amounts below', () => {
  const f = one([
    ['项目名称', '某某项目', '', '', ''],
    ['资金情况', '', '', '', ''],
    ['资金总额', '中央', '省级', '市级', '县级'],
    [1000, 600, 200, 100, 100],
  ]);
  expect(f.funds.map((x) => [x.key, x.parent, Object.values(x.amounts)[0]?.value])).toEqual([
    ['total', null, 1000],
    ['central', 'total', 600],
    ['provincial', 'total', 200],
    ['municipal', 'total', 100],
    ['county', 'total', 100],
  ]);
  expect(f.unplaced).toEqual([]);
});

test('a breakdown fills the block’s own rows for its parts; amounts the rows have stay theirs', () => {
  const f = one([
    ['项目名称', '某某项目', '', ''],
    ['项目资金', '资金总额', '854万（其中中央500万、省354万）', ''],
    ['', '中央资金', '', ''],
    ['', '省级资金', 354, ''],
  ]);
  expect(amounts(f.funds)).toEqual([
    ['total', { 全年: '854@C2' }],
    ['central', { 全年: '500@C2' }],
    ['provincial', { 全年: '354@C4' }],
  ]);
});

test('年度履职目标 | 职能 | 重点任务 | 预算金额: the duty table’s amounts are not funds', () => {
  const f = one([
    ['单位名称', '某某局', '', ''],
    ['项目资金', '资金总额', 500, ''],
    ['年度履职目标', '职能', '重点任务', '预算金额'],
    ['', '文化服务', '送戏下乡120场', 96],
    ['', '体育服务', '全民健身赛事10项', 45],
    ['', '合计', '', 141],
  ]);
  expect(amounts(f.funds)).toEqual([['total', { 全年: '500@C2' }]]);
  // each task is its 重点任务 (the 职能 beside it is the duty it serves)
  expect(f.tasks?.map((x) => [x.key, x.label.text, Object.values(x.amounts)[0]?.value])).toEqual([
    ['projectLine', '送戏下乡120场', 96],
    ['projectLine', '全民健身赛事10项', 45],
    ['total', '合计', 141],
  ]);
  expect(f.unplaced).toEqual([]);
});

test.each(['资金（万元）', '经费'])(
  '年度履职目标 | 重点任务 | %s: a bare amount heading opens the duty table too',
  (head) => {
    const f = one([
      ['单位名称', '某某局', ''],
      ['项目资金', '资金总额', 500],
      ['年度履职目标', '重点任务', head],
      ['', '送戏下乡120场', 96],
      ['', '全民健身赛事10项', 45],
    ]);
    expect(amounts(f.funds)).toEqual([['total', { 全年: '500@C2' }]]);
    expect(f.tasks?.map((x) => [x.label.text, Object.values(x.amounts)[0]?.value])).toEqual([
      ['送戏下乡120场', 96],
      ['全民健身赛事10项', 45],
    ]);
    expect(f.unplaced).toEqual([]);
  },
);

test('a funds word outside the block without an amount is a value, not a funds line', () => {
  const f = one([['项目名称', '某某项目', '资金性质', '一般公共预算']]);
  expect(f.funds).toEqual([]);
  expect(f.header.map((h) => [h.key, h.label.text, h.value?.text])).toContainEqual([
    'other',
    '资金性质',
    '一般公共预算',
  ]);
});

test('项目资金：120万元 — a block label written with its amount is the total', () => {
  const f = one([
    ['项目名称', '某某项目', '', ''],
    ['项目资金：120万元', '', '', ''],
  ]);
  expect(f.funds.map((x) => [x.key, x.label.text, x.amounts['全年']?.value])).toEqual([['total', '项目资金', 120]]);
  expect(f.unplaced).toEqual([]);
});

describe('sources named on one row, their amounts on the row below', () => {
  const block = (lead: string, total: number): CellValue[][] => [
    ['2026年度部门整体支出绩效目标表', '', '', '', ''],
    ['部门名称', '某县教育局', '', '', ''],
    [lead, '合计', '一般公共预算', '政府性基金预算', '其他资金'],
    ['', total, 3400, 100, 60.5],
  ];
  const expected = [
    ['total', { 全年: '3560.5@B4' }],
    ['general', { 全年: '3400@C4' }],
    ['govFund', { 全年: '100@D4' }],
    ['other', { 全年: '60.5@E4' }],
  ];

  test.each(['年度预算资金（万元）', ''])('block label “%s”: each amount under its label', (lead) => {
    const f = one(block(lead, 3560.5));
    expect(amounts(f.funds)).toEqual(expected);
    expect(f.unplaced).toEqual([]);
  });

  test('a wrong 合计 under its label is found at its cell', () => {
    const grid = makeGrid('s', [...block('', 3660.5), HEAD, ...ROWS]);
    const sums = checkGrids([grid]).findings.filter((x) => x.rule === 'total.sum');
    expect(sums.map((x) => x.cell)).toEqual(['B4']);
  });

  test('one funds label over a number is not read as a block without a block label', () => {
    const f = one([
      ['2026年度项目绩效目标表', '', ''],
      ['项目名称', '某项目', ''],
      ['', '其他资金', '备注'],
      ['', 20, ''],
    ]);
    expect(f.funds.flatMap((x) => Object.values(x.amounts))).toEqual([]);
  });
});

describe('transfer payments: 其中：中央补助 and the lines listed under it', () => {
  const block = (second: string, amount: number): CellValue[][] => [
    ['专项名称', '农业生产发展资金', '', ''],
    ['资金情况（万元）', '', '年度金额', ''],
    ['', '年度资金总额', 12500, ''],
    ['', '其中：中央补助', 10000, ''],
    // typed indented under 其中, as the official template lays it out
    ['', `      ${second}`, amount, ''],
    ['', '      其他资金', '', ''],
  ];
  const sums = (rows: CellValue[][]) =>
    checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');

  test('地方资金 is a part of the total (before: a false total.sum of 12500 against 10000)', () => {
    const f = one(block('地方资金', 2500));
    expect(amounts(f.funds)).toEqual([
      // 年度金额 heads the column: the amounts are the year's (年度)
      ['total', { 年度: '12500@C3' }],
      ['central', { 年度: '10000@C4' }],
      ['local', { 年度: '2500@C5' }],
      ['other', {}],
    ]);
    expect(f.funds.find((x) => x.key === 'local')?.parent).toBe('total');
    expect(sums(block('地方资金', 2500))).toEqual([]);
    expect(sums(block('地方资金', 2000)).map((x) => x.cell)).toEqual(['C3']);
  });

  test('a line of unknown wording listed under 其中 is the same total’s part, not left out of the sum', () => {
    const f = one(block('市县统筹', 2500));
    const line = f.funds.find((x) => x.label.text === '市县统筹');
    expect(line).toMatchObject({ key: 'unknown', parent: 'total' });
    expect(sums(block('市县统筹', 2500))).toEqual([]);
    expect(sums(block('市县统筹', 2000)).map((x) => x.message)).toEqual([expect.stringContaining('12000')]);
  });
});

describe('lines in wording no dictionary lists, under a total', () => {
  const block = (lines: [string, number][], total = 1500): CellValue[][] => [
    ['项目名称', '污水管网改造', '', ''],
    ['项目资金（万元）', '年度资金总额', total, ''],
    ...lines.map(([label, amount]): CellValue[] => ['', label, amount, '']),
  ];
  const sums = (rows: CellValue[][]) =>
    checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');
  const LINES: [string, number][] = [
    ['其中：当年财政拨款', 800],
    ['上年结转资金', 200],
    ['专项债券资金', 300],
    ['单位自筹资金', 100],
    ['其他资金', 100],
  ];

  test('其中：当年财政拨款 opens the list; 专项债券资金 and 单位自筹资金 are parts (before: a false total.sum)', () => {
    const f = one(block(LINES));
    expect(f.funds.map((x) => [x.label.text, x.key, x.parent])).toEqual([
      ['年度资金总额', 'total', null],
      ['其中：当年财政拨款', 'unknown', 'total'],
      ['上年结转资金', 'carryOver', 'total'],
      ['专项债券资金', 'unknown', 'total'],
      ['单位自筹资金', 'unknown', 'total'],
      ['其他资金', 'other', 'total'],
    ]);
    expect(f.header.filter((h) => h.key === 'other')).toEqual([]);
    expect(sums(block(LINES))).toEqual([]);
  });

  test('a wrong total is still found, with the parts in unknown wording in the sum', () => {
    expect(sums(block(LINES, 1400)).map((x) => [x.cell, x.message])).toEqual([['C2', expect.stringContaining('1500')]]);
  });

  test('without 其中, a line named as a source of money (…债券资金, 上级补助) is a part too', () => {
    const lines: [string, number][] = [
      ['财政拨款', 1000],
      ['地方政府专项债券', 300],
      ['上级补助', 200],
    ];
    expect(sums(block(lines))).toEqual([]);
    expect(one(block(lines)).funds.map((x) => x.parent)).toEqual([null, 'total', 'total', 'total']);
  });

  test('a line that names no source (项目负责人 | 张三, 申报日期 | 2024-01-20) stays a header field', () => {
    const f = one([...block([['财政拨款', 1500]]), ['', '申报日期', '2024-01-20', '']]);
    expect(f.funds.map((x) => x.key)).toEqual(['total', 'fiscalSubtotal']);
  });
});

describe('a matrix: sources over the columns, uses down the rows (or the other way round)', () => {
  const sums = (rows: CellValue[][]) =>
    checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');
  const BY_USE = (total: number): CellValue[][] => [
    ['部门名称', '某市教育局', '', '', '', ''],
    ['年度预算申请（万元）', '资金总额', '一般公共预算', '政府性基金', '财政专户', '单位资金'],
    ['合计', total, 800, 100, 50, 50],
    ['基本支出', 600, 600, 0, 0, 0],
    ['项目支出', 400, 200, 100, 50, 50],
  ];

  test('the 合计 row gives each source; each use row its amount in the 资金总额 column (before: 2 false total.sum, 9 unplaced)', () => {
    const f = one(BY_USE(1000));
    expect(
      f.funds.map((x) => [x.label.text, x.key, x.section, x.parent, Object.values(x.amounts)[0]?.address]),
    ).toEqual([
      ['资金总额', 'total', 'income', null, 'B3'],
      ['一般公共预算', 'general', 'income', 'total', 'C3'],
      ['政府性基金', 'govFund', 'income', 'total', 'D3'],
      ['财政专户', 'specialAccount', 'income', 'total', 'E3'],
      ['单位资金', 'selfFunds', 'income', 'total', 'F3'],
      ['基本支出', 'basic', 'expense', 'total', 'B4'],
      ['项目支出', 'project', 'expense', 'total', 'B5'],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(sums(BY_USE(1000))).toEqual([]);
  });

  test('a wrong 合计 contradicted by both sides is one finding naming both', () => {
    expect(sums(BY_USE(1100)).map((x) => [x.cell, x.message, x.suggestion])).toEqual([
      [
        'B3',
        '资金总额（全年）填的是 1100，但其下来源 4 项合计为 1000，支出 2 项合计为 1000，相差 100。',
        '核对各明细金额，或把资金总额改为 1000。',
      ],
    ]);
  });

  test('a wrong part on one side only is found on that side', () => {
    const rows = BY_USE(1000).map((r) => (r[0] === '项目支出' ? ['项目支出', 450, 200, 100, 50, 50] : r));
    expect(sums(rows).map((x) => x.message)).toEqual([
      '资金总额（全年）填的是 1000，但其下 2 项合计为 1050，相差 -50。',
    ]);
  });

  test('uses over the columns, sources down the rows, 合计 last', () => {
    const rows: CellValue[][] = [
      ['单位名称', '某市教育局', '', ''],
      ['资金来源', '合计', '基本支出', '项目支出'],
      ['一般公共预算', 800, 600, 200],
      ['政府性基金', 100, 0, 100],
      ['单位资金', 100, 0, 100],
      ['合计', 1000, 600, 400],
    ];
    const f = one(rows);
    expect(f.funds.map((x) => [x.label.text, x.key, x.section, Object.values(x.amounts)[0]?.value])).toEqual([
      ['一般公共预算', 'general', 'income', 800],
      ['政府性基金', 'govFund', 'income', 100],
      ['单位资金', 'selfFunds', 'income', 100],
      ['合计', 'total', 'income', 1000],
      ['基本支出', 'basic', 'expense', 600],
      ['项目支出', 'project', 'expense', 400],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(sums(rows)).toEqual([]);
  });
});

describe('年度预算申请 as the 2015 template prints it: 按收入性质分 and 按支出性质分 lists side by side', () => {
  const block = (project: number): CellValue[][] => [
    ['部门（单位）名称', '某市文化和旅游局', '', '', '', ''],
    ['年度预算申请', '按收入性质分', '', '', '按支出性质分', ''],
    ['', '合计', 1500, '', '合计', 1500],
    ['', '其中：一般公共预算', 1200, '', '其中：基本支出', 1000],
    ['', '政府性基金拨款', 200, '', '项目支出', project],
    ['', '纳入专户管理的非税收入拨款', 50, '', '', ''],
    ['', '其他资金', 50, '', '', ''],
  ];
  const sums = (rows: CellValue[][]) =>
    checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');

  test('the lines left of the 支出 list stay 收入 (before: a false total.sum mixing both sides)', () => {
    const f = one(block(500));
    expect(f.funds.map((x) => [x.label.text, x.key, x.section])).toEqual([
      ['合计', 'total', 'income'],
      ['合计', 'total', 'income'],
      ['其中：一般公共预算', 'general', 'income'],
      ['其中：基本支出', 'basic', 'expense'],
      ['政府性基金拨款', 'govFund', 'income'],
      ['项目支出', 'project', 'expense'],
      ['纳入专户管理的非税收入拨款', 'specialAccount', 'income'],
      ['其他资金', 'other', 'income'],
    ]);
    expect(sums(block(500))).toEqual([]);
  });

  test('amounts typed after the labels’ colons (其中：一般公共预算：1200万元), as the template prints them', () => {
    const inline: CellValue[][] = [
      ['部门（单位）名称', '某市文化和旅游局', '', ''],
      ['年度预算申请', '按收入性质分', '', '按支出性质分'],
      ['', '合计：1500万元', '', '合计：1500万元'],
      ['', '其中：一般公共预算：1200万元', '', '其中：基本支出：1000万元'],
      ['', '政府性基金拨款：200万元', '', '项目支出：500万元'],
      ['', '纳入专户管理的非税收入拨款：50万元', '', ''],
      ['', '其他资金：50万元', '', ''],
    ];
    expect(one(inline).funds.map((x) => [x.key, x.section, Object.values(x.amounts)[0]?.value])).toEqual([
      ['total', 'income', 1500],
      ['total', 'income', 1500],
      ['general', 'income', 1200],
      ['basic', 'expense', 1000],
      ['govFund', 'income', 200],
      ['project', 'expense', 500],
      ['specialAccount', 'income', 50],
      ['other', 'income', 50],
    ]);
    expect(sums(inline)).toEqual([]);
  });

  test('a wrong 支出 line is found against the total', () => {
    expect(sums(block(600)).map((x) => [x.cell, x.message])).toEqual([
      ['C3', '合计（年度）填的是 1500，但其下 2 项合计为 1600，相差 -100。'],
    ]);
  });
});

describe('a spending detail table (支出内容 | 金额 | 测算依据) under the year’s budget', () => {
  const block = (second: number): CellValue[][] => [
    ['项目名称', '乡村道路养护', '', ''],
    ['项目总投资（万元）', 5000, '本年度预算（万元）', 1000],
    ['项目支出明细', '支出内容', '金额（万元）', '测算依据'],
    ['', '日常养护', 600, '200公里×3万元/公里'],
    ['', '水毁修复', second, '按上年实际'],
    ['', '合计', 1000, ''],
  ];
  const sums = (rows: CellValue[][]) =>
    checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');

  test('its lines are the budget’s parts, its notes understood (before: lines as header fields, notes unplaced)', () => {
    const f = one(block(400));
    expect(
      f.funds.map((x) => [x.label.text, x.parent, Object.keys(x.amounts)[0], Object.values(x.amounts)[0]?.value]),
    ).toEqual([
      ['本年度预算（万元）', null, '年度', 1000],
      ['日常养护', 'total', '年度', 600],
      ['水毁修复', 'total', '年度', 400],
      ['合计', null, '年度', 1000],
    ]);
    expect(f.header.map((h) => h.label.text)).toEqual(['项目名称', '项目总投资（万元）']);
    expect(f.unplaced).toEqual([]);
    expect(sums(block(400))).toEqual([]);
  });

  test('lines that do not add up to the budget are found (before: nothing, the lines were 全年 and the budget 年度)', () => {
    expect(sums(block(500)).map((x) => x.cell)).toEqual(['D2']);
  });
});

test('a funds block typed below a task table is not read as more tasks (its amounts are in no task column)', () => {
  const rows: CellValue[][] = [
    ['部门（单位）名称', '某市生态环境局', '', '', '', ''],
    ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）', '', ''],
    ['', '', '', '总额', '财政拨款', '其他资金'],
    ['', '大气污染防治', '开展监测、督查', 320, 320, 0],
    ['', '水环境治理', '河道断面监测', 180, 150, 30],
    ['', '合计', '', 500, 470, 30],
    ['金额合计', '资金总额', 500, '', '', ''],
    ['', '其中：财政拨款', 470, '', '', ''],
    ['', '其他资金', 30, '', '', ''],
  ];
  const f = one(rows.map((r) => r.slice(0, 6)));
  expect((f.tasks ?? []).map((t) => t.label.text)).toEqual(['大气污染防治', '水环境治理', '合计']);
  expect(amounts(f.funds.filter((x) => Object.keys(x.amounts).length > 0))).toEqual([
    ['total', { 全年: '500@C7' }],
    ['fiscalSubtotal', { 全年: '470@C8' }],
    ['other', { 全年: '30@C9' }],
  ]);
  // before: the three funds lines were tasks, and the tasks' 合计 500 was said to be 1000
  const sums = checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');
  expect(sums).toEqual([]);
});

describe('a project form with 半年 | 全年 columns', () => {
  const rows: CellValue[][] = [
    ['项目名称', '老旧小区改造', '', '', ''],
    ['项目资金（万元）', '', '', '半年', '全年'],
    ['', '年度资金总额', '', 1000, 2600],
    ['', '其中：财政拨款', '', 1000, 2600],
    ['年度目标', '半年目标', '完成5个小区改造方案设计。', '全年目标', '完成12个老旧小区改造。'],
  ];

  test('年度资金总额 under 半年 | 全年 is read by those headings (before: 年度=1000, and 2600 unplaced)', () => {
    const f = one(rows);
    expect(amounts(f.funds)).toEqual([
      ['total', { 半年: '1000@D3', 全年: '2600@E3' }],
      ['fiscalSubtotal', { 半年: '1000@D4', 全年: '2600@E4' }],
    ]);
    expect(f.unplaced.map((c) => c.address)).toEqual([]);
  });

  test('年度目标 | 半年目标 | text | 全年目标 | text: one goal per period, nothing unplaced', () => {
    const f = one(rows);
    expect(f.goals.map((g) => [g.key, g.label.text, g.value?.text])).toEqual([
      ['annual', '半年目标', '完成5个小区改造方案设计。'],
      ['annual', '全年目标', '完成12个老旧小区改造。'],
    ]);
  });

  test('one amount heading (预算数) leaves 中期资金总额 and 年度资金总额 their own periods', () => {
    const f = one([
      ['项目名称', '某项目', ''],
      ['项目资金（万元）', '', '预算数'],
      ['', '中期资金总额', 900],
      ['', '年度资金总额', 300],
    ]);
    expect(amounts(f.funds.filter((x) => Object.keys(x.amounts).length > 0))).toEqual([
      ['total', { 中期: '900@C3' }],
      ['total', { 年度: '300@C4' }],
    ]);
  });
});

test('其他资金 | —— says there is none: no amount, nothing unreadable; 部门预算资金（万元） is the block label', () => {
  const rows = (none: string): CellValue[][] => [
    ['预算单位', '[201003]某县卫生健康局', ''],
    ['部门预算资金（万元）', '资金总额', '1,234.56万元'],
    ['', '财政拨款', 1234.56],
    ['', '其他资金', none],
  ];
  for (const none of ['——', '-', '/', '无']) {
    const f = one(rows(none));
    expect(amounts(f.funds)).toEqual([
      ['total', { 全年: '1234.56@C2' }],
      ['fiscalSubtotal', { 全年: '1234.56@C3' }],
      ['other', {}],
    ]);
    expect(f.unplaced).toEqual([]);
    const findings = checkGrids([makeGrid('s', [...rows(none), HEAD, ...ROWS])]).findings;
    expect(findings.filter((x) => x.rule.startsWith('structure.unr') || x.rule === 'structure.unplaced')).toEqual([]);
  }
});

test('全年预算数 | 全年执行数 | 执行率: the executed amounts keep their own column name, the rates are understood', () => {
  const rows: CellValue[][] = [
    ['项目名称', '某项目', '', '', ''],
    ['项目资金（万元）', '', '全年预算数', '全年执行数', '执行率'],
    ['', '资金总额', 100, 80, '80%'],
    ['', '财政拨款', 100, 70, '70%'],
  ];
  const f = one(rows);
  // before: both columns were 全年, the executed 80 / 70 unplaced, the rates unplaced
  expect(amounts(f.funds)).toEqual([
    ['total', { 全年: '100@C3', 全年执行: '80@D3' }],
    ['fiscalSubtotal', { 全年: '100@C4', 全年执行: '70@D4' }],
  ]);
  expect(f.unplaced).toEqual([]);
  // what was spent adds up too: 80 executed against 70 under it
  const sums = checkGrids([makeGrid('s', [...rows, HEAD, ...ROWS])]).findings.filter((x) => x.rule === 'total.sum');
  expect(sums.map((x) => x.cell)).toEqual(['D3']);
});

test('部门职能 | 重点工作 | 预算金额: each task is named by its 重点工作 cell, the 职能 groups them', () => {
  const f = one([
    ['部门名称', '某县教育局', ''],
    ['资金总额（万元）', 500, ''],
    ['部门职能', '重点工作', '预算金额（万元）'],
    ['保障义务教育', '校舍维修', 300],
    ['', '教师培训', 120],
    ['教育管理', '督导检查', 80],
  ]);
  // before: the first task of each 职能 was named after the 职能 (保障义务教育, 教育管理)
  expect((f.tasks ?? []).map((t) => [t.label.text, t.label.address])).toEqual([
    ['校舍维修', 'B4'],
    ['教师培训', 'B5'],
    ['督导检查', 'B6'],
  ]);
  expect(f.unplaced).toEqual([]);
});
