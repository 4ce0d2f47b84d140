/**
 * Small forms written from the structure of the layout families, typed differently from the fixtures (other
 * column names from the vocabulary, merged cells lost, amounts as text): each case is a misread that the
 * recognizer had, found by running such a form through `target-sheet check`, and the structural reason it
 * is read right now.
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { CellValue } from '../../src/model/grid';

const LEVELS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '保洁河道长度', '≥45公里'],
  [null, '质量指标', '河面保洁合格率', '≥95%'],
  [null, '时效指标', '保洁及时率', '≥98%'],
  ['效益指标', '生态效益指标', '河道水质改善', '明显改善'],
  ['满意度指标', '服务对象满意度指标', '沿岸居民满意度', '≥90%'],
];
const findings = (rows: CellValue[][], prefix: string) =>
  checkGrids([makeGrid('s', rows)])
    .findings.filter((f) => f.rule.startsWith(prefix))
    .map((f) => [f.rule, f.cell]);

describe('several projects in one table: the amount column under a funds block word', () => {
  test.each(['项目资金（万元）', '预算金额', '金额'])(
    '%s over each project’s amount: one form per project',
    (heading) => {
      const rows: CellValue[][] = [
        ['2025年项目绩效目标表'],
        ['项目名称', heading, '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
        ['图书馆数字化建设', 80, '完成馆藏数字化5万册', '产出指标', '数量指标', '数字化馆藏册数', '≥5万册'],
        [null, null, null, '满意度指标', '服务对象满意度指标', '读者满意度', '≥90%'],
        ['非遗保护传承', '50万元', '扶持非遗项目10个', '产出指标', '数量指标', '扶持非遗项目数', '≥10个'],
        [null, null, null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ];
      const forms = recognize(makeGrid('s', rows));
      expect(
        forms.map((f) => [
          f.name,
          f.funds.map((x) => [x.key, x.amounts['全年']?.address, x.amounts['全年']?.value]),
          f.indicators.map((n) => n.level3?.address),
        ]),
      ).toEqual([
        ['图书馆数字化建设', [['total', 'B3', 80]], ['F3', 'F4']],
        ['非遗保护传承', [['total', 'B5', 50]], ['F5', 'F6']],
      ]);
      expect(forms.flatMap((f) => f.unrecognized ?? [])).toEqual([]);
    },
  );
});

describe('a total naming its period with the other lines on its row', () => {
  const form = (total: number): CellValue[][] => [
    ['2025年部门整体绩效目标表'],
    ['单位名称', '某镇人民政府', '单位编码', '501001'],
    ['年度资金总额', total, '财政拨款', 983.82, '其他资金', 20],
    ['整体绩效目标', '保障镇政府正常运转，完成民生实事10件。'],
    ...LEVELS,
  ];

  test('年度资金总额 | 1003.82 | 财政拨款 | 983.82 | 其他资金 | 20: the lines are the year’s too, no finding', () => {
    const [f] = recognize(makeGrid('s', form(1003.82)));
    expect(f.funds.map((x) => [x.key, Object.keys(x.amounts)])).toEqual([
      ['total', ['年度']],
      ['fiscalSubtotal', ['年度']],
      ['other', ['年度']],
    ]);
    expect(findings(form(1003.82), 'total.')).toEqual([]);
  });

  test('a total 10 above its lines is reported (it was compared with nothing)', () => {
    expect(findings(form(1013.82), 'total.')).toEqual([['total.sum', 'B3']]);
  });
});

describe('年度预算数: the total beside its amount, a heading over a column of amounts', () => {
  test('年度预算数 | 100 | 其中：一般公共预算 | 80 | 政府性基金 | 20: the total and its parts', () => {
    const rows: CellValue[][] = [
      ['2025年项目支出绩效目标表'],
      ['项目名称', '河道保洁', '主管部门', '某区水务局'],
      ['年度预算数', 100, '其中：一般公共预算', 80, '政府性基金', 20],
      ['绩效目标', '全年保洁河道45公里。'],
      ...LEVELS,
    ];
    const [f] = recognize(makeGrid('s', rows));
    expect(f.funds.map((x) => [x.key, Object.values(x.amounts).map((c) => c.address)])).toEqual([
      ['total', ['B3']],
      ['general', ['D3']],
      ['govFund', ['F3']],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(rows, 'total.')).toEqual([]);
  });

  test('资金来源 | 年度预算数 | 半年 over the amounts: both columns are read, under their headings', () => {
    const rows: CellValue[][] = [
      ['2025年项目支出绩效目标表'],
      ['项目名称', '河道保洁', '主管部门', '某区水务局'],
      ['资金来源', '年度预算数', '半年'],
      ['资金总额', 100, 50],
      ['财政拨款', 90, 45],
      ['其他资金', 10, 5],
      ['绩效目标', '全年保洁河道45公里。'],
      ...LEVELS,
    ];
    const [f] = recognize(makeGrid('s', rows));
    expect(f.funds.map((x) => [x.key, x.amounts['年度']?.text, x.amounts['半年']?.text])).toEqual([
      ['total', '100', '50'],
      ['fiscalSubtotal', '90', '45'],
      ['other', '10', '5'],
    ]);
    expect(f.unplaced).toEqual([]);
  });
});

describe('a funds block laid out across: the amount heading before the sources is their total', () => {
  const form = (local: number): CellValue[][] => [
    ['2025年转移支付项目绩效目标表'],
    ['转移支付名称', '农村危房改造补助资金', '中央主管部门', '住房和城乡建设部'],
    ['资金情况', '全年预算数', '其中：中央补助', '省级资金', '市县资金'],
    [null, 5000, 3500, 1000, local],
    ['绩效目标', '完成农村危房改造2000户。'],
    ...LEVELS,
  ];

  test('全年预算数 | 其中：中央补助 | 省级资金 | 市县资金 over 5000 | 3500 | 1000 | 500: a total and three parts', () => {
    const [f] = recognize(makeGrid('s', form(500)));
    expect(f.funds.map((x) => [x.key, x.parent, x.amounts['全年']?.address])).toEqual([
      ['total', null, 'B4'],
      ['central', 'total', 'C4'],
      ['provincial', 'total', 'D4'],
      ['county', 'total', 'E4'],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(form(500), 'total.')).toEqual([]);
  });

  test('the parts 100 short of the total: total.sum on it', () => {
    expect(findings(form(400), 'total.')).toEqual([['total.sum', 'B4']]);
  });
});

test('资金情况 | 项目 | 半年预算数 | 全年预算数: the 项目 heading over the lines is the block’s, not unplaced', () => {
  const rows: CellValue[][] = [
    ['2025年项目支出绩效目标表'],
    ['项目名称', '农村公路养护', '主管部门', '某县交通运输局'],
    ['资金情况（万元）', '项目', '半年预算数', '全年预算数'],
    [null, '资金总额', '150万元', '300万元'],
    [null, '财政拨款', '150万元', '280万元'],
    [null, '其他资金', null, '20万元'],
    ['年度绩效目标', '完成农村公路养护500公里。'],
    ...LEVELS,
  ];
  const [f] = recognize(makeGrid('s', rows));
  expect(f.unplaced).toEqual([]);
  expect(f.funds.map((x) => [x.key, x.amounts['半年']?.value, x.amounts['全年']?.value])).toEqual([
    ['total', 150, 300],
    ['fiscalSubtotal', 150, 280],
    ['other', undefined, 20],
  ]);
});

describe('labels written with their values in one cell (项目名称：… | 主管部门：…)', () => {
  const form = (fiscal: string): CellValue[][] => [
    ['2025年预算项目绩效目标表'],
    ['项目名称：城市园林绿化养护', '主管部门：某市城市管理局'],
    ['实施单位：某市园林绿化中心', '项目期限：1年'],
    ['预算金额：680万元', `其中财政资金：${fiscal}`],
    ...LEVELS,
  ];

  test('预算金额：680万元 is the total (it was an `other` field), 其中财政资金 its part', () => {
    const [f] = recognize(makeGrid('s', form('680万元')));
    expect(f.funds.map((x) => [x.key, x.amounts['全年']?.address, x.amounts['全年']?.value])).toEqual([
      ['total', 'A4', 680],
      ['fiscal', 'B4', 680],
    ]);
    expect(f.header.map((h) => h.key)).toEqual(['projectName', 'department', 'implementer', 'projectPeriod']);
    expect(findings(form('680万元'), 'total.')).toEqual([]);
  });

  test('财政资金 above 预算金额: reported', () => {
    expect(findings(form('700万元'), 'total.').map(([rule]) => rule)).toContain('total.sum');
  });
});

test.each([[['考核指标', '指标值', '分值', '评分标准']], [['考核指标', '指标值']]])(
  'a numbered tree under an unnamed heading %j: the tree column is found though half its rows name levels',
  (head) => {
    const row = (name: string, value?: string): CellValue[] =>
      value === undefined ? [name] : [name, value, ...(head.length > 2 ? [25, '不达标不得分'] : [])];
    const rows: CellValue[][] = [
      ['2025年度项目绩效目标表'],
      ['项目名称', '乡镇卫生院设备购置'],
      ['资金总额（万元）', 200],
      head,
      row('一、产出指标'),
      row('（一）数量指标'),
      row('1.购置设备台数', '≥40台'),
      row('（二）质量指标'),
      row('2.设备验收合格率', '=100%'),
      row('二、效益指标'),
      row('（一）社会效益指标'),
      row('3.基层诊疗能力', '明显提升'),
      row('三、满意度指标'),
      row('（一）服务对象满意度指标'),
      row('4.患者满意度', '≥90%'),
    ];
    const [f] = recognize(makeGrid('s', rows));
    expect(f.indicators.map((n) => [n.level1?.key, n.level2?.key, n.level3?.address])).toEqual([
      ['output', 'quantity', 'A7'],
      ['output', 'quality', 'A9'],
      ['effect', 'social', 'A12'],
      ['satisfaction', 'satisfaction', 'A15'],
    ]);
    expect(f.unrecognized).toBeUndefined();
    expect(f.unplaced).toEqual([]);
  },
);

describe('a project form with its funds sources and its spending listed below each other', () => {
  const form = (upkeep: number): CellValue[][] => [
    ['2025年项目支出绩效目标表'],
    ['预算年度', 2025, '资金性质', '一般公共预算', '是否政府采购', '是'],
    ['项目名称', '校园安保服务购买', '项目类型', '一次性项目', '所属行业', '教育'],
    ['资金来源', '金额（万元）'],
    ['一般公共预算', 95.5],
    ['政府性基金', 4.5],
    ['合计', 100],
    ['支出明细', '金额（万元）'],
    ['保安服务费', 80],
    ['设备维护费', upkeep],
    ['年度绩效目标', '为全区30所学校购买安保服务。'],
    ...LEVELS,
  ];

  test('预算年度 | 2025 is one field (it was two fields without a label); 支出明细 lines are spending', () => {
    const [f] = recognize(makeGrid('s', form(20)));
    expect(f.header.slice(0, 3).map((h) => [h.key, h.label.text, h.value?.text])).toEqual([
      ['other', '预算年度', '2025'],
      ['other', '资金性质', '一般公共预算'],
      ['other', '是否政府采购', '是'],
    ]);
    expect(f.funds.map((x) => [x.key, x.section, x.label.text])).toEqual([
      ['general', 'income', '一般公共预算'],
      ['govFund', 'income', '政府性基金'],
      ['total', 'income', '合计'],
      ['projectLine', 'expense', '保安服务费'],
      ['projectLine', 'expense', '设备维护费'],
    ]);
    // the band is six columns wide over a four-column table: its right-hand pairs are the form's too
    expect(f.header.slice(3).map((h) => [h.key, h.label.text, h.value?.text])).toEqual([
      ['projectName', '项目名称', '校园安保服务购买'],
      ['projectType', '项目类型', '一次性项目'],
      ['other', '所属行业', '教育'],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(form(20), 'total.')).toEqual([]);
  });

  test('spending 10 above the total: total.sum', () => {
    expect(findings(form(30), 'total.')).toEqual([['total.sum', 'B7']]);
  });
});

test('指标值 over 2025年 | 2026-2027年: a second heading row of years names the value columns, never an indicator', () => {
  const rows: CellValue[][] = [
    ['2025年度项目绩效目标表'],
    ['项目名称', '全民健身设施建设', '主管部门', '某市体育局'],
    ['年度目标', '新建全民健身路径30条。'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    [null, null, null, '2025年', '2026—2027年'],
    ['产出指标', '数量指标', '新建健身路径', '≥30条', '≥60条'],
    ['效益指标', '社会效益指标', '经常参加体育锻炼人数比例', '≥42%', '≥45%'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '≥90%'],
  ];
  const [f] = recognize(makeGrid('s', rows));
  expect(f.tables[0].headerRows).toBe(2);
  expect(f.indicators.map((n) => [n.level3?.address, n.values['年度']?.address, n.values['中期']?.address])).toEqual([
    ['C6', 'D6', 'E6'],
    ['C7', 'D7', 'E7'],
    ['C8', 'D8', 'E8'],
  ]);
  expect(findings(rows, 'structure.level3-missing')).toEqual([]);
  expect(f.unplaced).toEqual([]);
});

describe('项目资金 | 420.00: a funds block word beside its amount, over a tree in two columns', () => {
  const form = (other: number): CellValue[][] => [
    ['2025年项目绩效目标表'],
    ['项目名称', '污水处理厂运营', '主管部门', '[105]某县水利局'],
    ['项目资金', 420, '其中：财政拨款', 400, '其他资金', other],
    ['绩效指标', '指标值'],
    ['一级指标：产出指标'],
    ['二级指标：数量指标'],
    ['日处理污水量', '≥2万吨'],
    ['一级指标：效益指标'],
    ['二级指标：生态效益指标'],
    ['COD削减量', '≥1500吨'],
  ];

  test('the amount is the total (it was lost), the tree is read by its level words', () => {
    const [f] = recognize(makeGrid('s', form(20)));
    expect(f.funds.map((x) => [x.key, x.amounts['全年']?.address])).toEqual([
      ['total', 'B3'],
      ['fiscalSubtotal', 'D3'],
      ['other', 'F3'],
    ]);
    expect(f.indicators.map((n) => [n.level1?.key, n.level2?.key, n.level3?.address])).toEqual([
      ['output', 'quantity', 'A7'],
      ['effect', 'ecological', 'A10'],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(form(20), 'total.')).toEqual([]);
  });

  test('parts 10 above the total: total.sum', () => {
    expect(findings(form(30), 'total.')).toEqual([['total.sum', 'B3']]);
  });
});

test('labels on one row over their values (项目名称 | 主管部门 … over 城区路灯改造 | …), two pairs in one cell', () => {
  const rows: CellValue[][] = [
    ['2025年项目支出绩效目标表'],
    ['项目名称', '主管部门', '实施单位', '项目期限'],
    ['城区路灯改造', '某市城管局', '某市路灯管理所', '2025年'],
    ['项目负责人：周八  联系电话：13600001111'],
    ['资金总额', '财政拨款', '其他资金'],
    [180, 180, 0],
    ['年度目标', '改造LED路灯1200盏。'],
    ...LEVELS,
  ];
  const [f] = recognize(makeGrid('s', rows));
  expect(f.name).toBe('城区路灯改造');
  expect(f.header.map((h) => [h.key, h.label.text, h.value?.text, h.value?.address])).toEqual([
    ['projectName', '项目名称', '城区路灯改造', 'A3'],
    ['department', '主管部门', '某市城管局', 'B3'],
    ['implementer', '实施单位', '某市路灯管理所', 'C3'],
    ['projectPeriod', '项目期限', '2025年', 'D3'],
    ['manager', '项目负责人：周八  联系电话：13600001111', '周八', 'A4'],
    ['phone', '联系电话', '13600001111', 'A4'],
  ]);
  expect(f.funds.map((x) => [x.key, x.amounts['全年']?.address])).toEqual([
    ['total', 'A6'],
    ['fiscalSubtotal', 'B6'],
    ['other', 'C6'],
  ]);
  expect(f.unplaced).toEqual([]);
});

test('资金情况 | 项目 | 全年预算数 | 全年执行数 | 执行率: the rate heading is the block’s, not unplaced', () => {
  const rows: CellValue[][] = [
    ['2025年转移支付区域绩效目标表'],
    ['转移支付名称', '城乡义务教育补助经费', '区域名称', '某县'],
    ['资金情况（万元）', '项目', '全年预算数', '全年执行数', '执行率'],
    [null, '资金总额', 2600],
    [null, '中央补助', 1800],
    [null, '省级资金', 500],
    [null, '县级资金', 300],
    ['年度总体目标', '保障义务教育学校正常运转。'],
    ...LEVELS,
  ];
  const [f] = recognize(makeGrid('s', rows));
  expect(f.unplaced).toEqual([]);
  expect(f.funds.map((x) => [x.key, x.amounts['全年']?.address])).toEqual([
    ['total', 'C4'],
    ['central', 'C5'],
    ['provincial', 'C6'],
    ['county', 'C7'],
  ]);
});
