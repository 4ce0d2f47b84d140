/**
 * Forms of regions the recognizer had not seen, typed the way a clerk types them in Excel (merged 一级/二级,
 * percentages as numbers with a % format, amounts as numbers with 0.00, real dates): each case is a misread
 * or a false finding that such a form got, and the family structure that is read right now.
 */
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { recognize } from '../../src/layout/recognize';
import type { Grid } from '../../src/model/grid';
import { amt, familyWorkbook, m, pct, SheetBuilder, type In } from '../../scripts/families/sheet';

/** The sheets as Excel saves them, read back the way the CLI and the add-in read a workbook. */
async function typed(...sheets: SheetBuilder[]): Promise<Grid[]> {
  return readWorkbook(new Uint8Array(await familyWorkbook(sheets.map((s) => s.build()))));
}

const findings = (grids: Grid[], prefix = '') =>
  checkGrids(grids)
    .findings.filter((f) => f.rule.startsWith(prefix) && f.severity !== 'info')
    .map((f) => [f.rule, f.cell]);

const levels = (grid: Grid) =>
  recognize(grid).map((f) =>
    f.indicators.map((n) => [n.level1?.key ?? null, n.level2?.key ?? null, n.level3?.text ?? null]),
  );

describe('上海-style 一级 产出 / 效果 / 影响力 with 二级 产出数量 …, 社会效果 …', () => {
  const sheet = (satisfaction: boolean) => {
    const s = new SheetBuilder('项目', 4);
    s.title('2025年度项目支出绩效目标申报表');
    s.body();
    s.row('项目名称', m('社区养老服务设施改造', 3));
    s.row('年度绩效目标', m('完成10家社区养老服务站适老化改造，服务老年人3000人次。', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    const rows: In[][] = [
      ['产出指标', '产出数量', '改造服务站数量', '=10个'],
      [null, '产出质量', '验收合格率', pct(1)],
      [null, '产出时效', '改造完成时间', '≤2025年12月'],
      [null, '产出成本', '单站改造成本', '≤12万元'],
      ['效果指标', '社会效果', '服务老年人次', '≥3000人次'],
      [null, '生态效果', '改造材料环保达标率', pct(1)],
      ['影响力指标', '长效管理', '运营管理制度健全性', '健全'],
    ];
    if (satisfaction) rows.push([null, '服务对象满意度', '老年人满意度', pct(0.9)]);
    s.tree([[0, 1]], rows);
    return s;
  };

  test('the levels are the standard ones under their 上海 names', async () => {
    const [g] = await typed(sheet(true));
    expect(levels(g)).toEqual([
      [
        ['output', 'quantity', '改造服务站数量'],
        ['output', 'quality', '验收合格率'],
        ['output', 'timeliness', '改造完成时间'],
        ['output', 'cost', '单站改造成本'],
        ['effect', 'social', '服务老年人次'],
        ['effect', 'ecological', '改造材料环保达标率'],
        ['effect', 'sustainable', '运营管理制度健全性'],
        ['effect', 'satisfaction', '老年人满意度'],
      ],
    ]);
  });

  test('a correct form gets no structure finding (was: 影响力 unknown 一级, six unknown 二级, 产出 missing 数量/质量/时效)', async () => {
    expect(findings(await typed(sheet(true)), 'structure.')).toEqual([]);
  });

  test('without 满意度 under 影响力 the form is still told it lacks 满意度', async () => {
    expect(findings(await typed(sheet(false)), 'structure.')).toEqual([['structure.missing-satisfaction', 'A11']]);
  });
});

describe('a 中期 form titled with its span (2025-2027年) is the form of its first year', () => {
  const sheet = (title: string) => {
    const s = new SheetBuilder('中期', 7);
    s.title(title);
    s.body();
    s.row('项目名称', m('城市道路提升改造工程', 6));
    s.row('中期目标', m('三年完成主次干道改造60公里', 6));
    s.row('年度目标', m('2025年完成改造20公里', 6));
    s.row(m('一级指标', 1, 2), m('二级指标', 1, 2), m('三级指标', 1, 2), m('中期指标值', 3), m('年度指标值', 1, 2));
    s.row(null, null, null, '2025年', '2026年', '2027年', null);
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '道路改造长度', '≥20公里', '≥20公里', '≥20公里', '≥20公里'],
        [null, '质量指标', '工程验收合格率', '=100%', '=100%', '=100%', '=100%'],
        [null, '时效指标', '年度任务完成及时率', '≥95%', '≥95%', '≥95%', '≥95%'],
        ['效益指标', '社会效益指标', '道路通行能力提升', '≥10%', '≥12%', '≥15%', '≥10%'],
        ['满意度指标', '服务对象满意度指标', '市民满意度', pct(0.85), pct(0.88), pct(0.9), pct(0.85)],
      ],
    );
    return s;
  };

  test.each([
    ['项目支出绩效目标表（2025-2027年）', 2025],
    ['2025—2027年度中期绩效目标表', 2025],
    ['2025年-2027年项目支出绩效目标表', 2025],
    ['2026年项目支出绩效目标表', 2026],
  ])('%s: year %d', async (title, year) => {
    const grids = await typed(sheet(title));
    expect(recognize(grids[0]).map((f) => f.year)).toEqual([year]);
  });

  test('年度指标值 beside the years under 中期指标值 is the year’s value (was: named by its heading like the years)', async () => {
    const [f] = recognize((await typed(sheet('项目支出绩效目标表（2025-2027年）')))[0]);
    expect(f.indicators.map((n) => Object.entries(n.values).map(([p, c]) => `${p}=${c.text}`))[0]).toEqual([
      '中期指标值2025年=≥20公里',
      '中期指标值2026年=≥20公里',
      '中期指标值2027年=≥20公里',
      '年度=≥20公里',
    ]);
  });

  test('its 年度目标 naming 2025 is not told it names the wrong year (was: this is a 2027 form)', async () => {
    expect(findings(await typed(sheet('项目支出绩效目标表（2025-2027年）')), 'consistency.')).toEqual([]);
  });
});

describe('a funds band typed in one cell: 年度资金总额：300万元 其中：财政拨款：250万元 其他资金：50万元', () => {
  const sheet = (band: string) => {
    const s = new SheetBuilder('项目', 4);
    s.title('2025年项目支出绩效目标表');
    s.note(m('填报单位（盖章）：某市交通运输局', 3), '单位：万元');
    s.body();
    s.row('项目名称', m('农村公路养护', 3));
    s.row('项目资金', m(band, 3));
    s.row('年度目标', m('完成农村公路养护500公里', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '养护里程', '≥500公里'],
        [null, '质量指标', '优良路率', '≥80%'],
        [null, '时效指标', '养护完成时间', '2025年12月底前'],
        ['效益指标', '社会效益指标', '群众出行条件改善', '明显改善'],
        ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%'],
      ],
    );
    s.note(m('填表说明：1.指标值须包含比较符号；2.金额单位为万元。', 4));
    return s;
  };

  test('the total and its two parts are the funds (was: no funds at all)', async () => {
    const [g] = await typed(sheet('年度资金总额：300万元 其中：财政拨款：250万元 其他资金：50万元'));
    const [f] = recognize(g);
    expect(f.funds.map((x) => [x.key, x.parent, Object.values(x.amounts).map((a) => a.value)])).toEqual([
      ['total', null, [300]],
      ['fiscalSubtotal', 'total', [250]],
      ['other', 'total', [50]],
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test('parts adding up give no finding; parts over the total are reported', async () => {
    expect(findings(await typed(sheet('年度资金总额：300万元 其中：财政拨款：250万元 其他资金：50万元')))).toEqual([]);
    expect(
      findings(await typed(sheet('年度资金总额：300万元 其中：财政拨款：260万元 其他资金：50万元')), 'total.'),
    ).toEqual([['total.sum', 'B4']]);
  });
});

describe('一级 and 二级 typed in one cell (产出指标-数量指标, 1.产出指标/数量指标) left of the names', () => {
  const sheet = (heading: string, pair: (l1: string, l2: string, i: number) => string) => {
    const s = new SheetBuilder('项目', 3);
    s.title('项目支出绩效目标表');
    s.body();
    s.row('项目名称', m('基层医疗机构能力提升', 2));
    s.row('年度目标', m('为20家乡镇卫生院配备医疗设备', 2));
    s.row(heading, '三级指标', '指标值');
    const rows: [string, string, string, In][] = [
      ['产出指标', '数量指标', '配备设备卫生院数', '=20家'],
      ['产出指标', '质量指标', '设备验收合格率', '=100%'],
      ['产出指标', '时效指标', '设备到位时间', '2025年9月前'],
      ['效益指标', '社会效益指标', '基层诊疗量提升', '≥10%'],
      ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%'],
    ];
    const one = ['产出指标', '效益指标', '满意度指标'];
    for (const [l1, l2, name, value] of rows) s.row(pair(l1, l2, one.indexOf(l1) + 1), name, value);
    return s;
  };
  const expected = [
    [
      ['output', 'quantity', '配备设备卫生院数'],
      ['output', 'quality', '设备验收合格率'],
      ['output', 'timeliness', '设备到位时间'],
      ['effect', 'social', '基层诊疗量提升'],
      ['satisfaction', 'satisfaction', '患者满意度'],
    ],
  ];

  test.each([
    ['指标层级', (a: string, b: string) => `${a}-${b}`],
    ['指标', (a: string, b: string, i: number) => `${i}.${a}/${b}`],
    ['一级/二级指标', (a: string, b: string) => `${a}—${b}`],
    ['绩效指标', (a: string, b: string) => `${a}／${b}`],
  ])(
    '%s over the pairs: every row with its 一级 and 二级 (was: no row, or the pair read as the name)',
    async (heading, pair) => {
      const grids = await typed(sheet(heading, pair));
      expect(levels(grids[0])).toEqual(expected);
      expect(findings(grids)).toEqual([]);
      expect(recognize(grids[0])[0].unplaced).toEqual([]);
    },
  );

  test('a pair whose halves are not level words is a name, not levels', async () => {
    const grids = await typed(sheet('指标层级', (a, b) => `${a.slice(0, 2)}类-${b.slice(0, 2)}项`));
    expect(levels(grids[0])[0]?.every(([l1, l2]) => l1 === null && l2 === null) ?? true).toBe(true);
  });
});

describe('指标类型 | 指标名称 | 指标内容 | 指标值 | 评分标准: 二级 under 指标名称, the names under 指标内容', () => {
  const sheet = () => {
    const s = new SheetBuilder('项目', 5);
    s.title('2025年项目绩效目标表');
    s.body();
    s.row('项目名称', m('全民健身设施建设', 4));
    s.row('年度目标', m('新建健身路径30处', 4));
    s.row('指标类型', '指标名称', '指标内容', '指标值', '评分标准');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '新建健身路径数', '≥30处', '每少1处扣1分'],
        [null, '质量指标', '验收合格率', '=100%', '未达标不得分'],
        [null, '时效指标', '完成时间', '2025年10月', '每延迟1月扣1分'],
        ['效益指标', '社会效益指标', '群众健身参与率提升', '≥5%', '按比例得分'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '低于90%不得分'],
      ],
    );
    return s;
  };

  test('every indicator keeps its name and its value; the scoring text is not a value (was: names lost)', async () => {
    const [g] = await typed(sheet());
    const [f] = recognize(g);
    expect(
      f.indicators.map((n) => [n.level2?.key, n.level3?.text, Object.values(n.values).map((v) => v.text)]),
    ).toEqual([
      ['quantity', '新建健身路径数', ['≥30处']],
      ['quality', '验收合格率', ['=100%']],
      ['timeliness', '完成时间', ['2025年10月']],
      ['social', '群众健身参与率提升', ['≥5%']],
      ['satisfaction', '群众满意度', ['≥90%']],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings([g])).toEqual([]);
  });
});

describe('部门整体支出绩效目标申报表: 部门基本信息 band, funds by source, 部门职能 | 年度重点工作 | 对应项目 | 预算金额', () => {
  const sheet = () => {
    const s = new SheetBuilder('部门', 5);
    s.title('2025年度部门整体支出绩效目标申报表');
    s.note(m('填报单位（盖章）：某县教育局', 3), null, '单位：万元');
    s.body();
    s.row('部门名称', m('某县教育局', 2), '单位编码', '301001');
    s.row('联系人', m('张三', 2), '联系电话', '0551-1234567');
    s.row('人员编制数', m(45, 2), '实有人数', 42);
    s.row(m('年度预算申请', 1, 2), '资金总额', '一般公共预算', '政府性基金', '其他资金');
    s.row(null, amt(1400), amt(1200), amt(100), amt(100));
    s.row('部门职能', '年度重点工作', m('对应项目', 2), '预算金额');
    s.row(m('保障义务教育', 1, 2), '校舍维修', m('中小学校舍维修项目', 2), amt(800));
    s.row(null, '教师培训', m('中小学教师培训项目', 2), amt(200));
    s.row('发展学前教育', '幼儿园扩建', m('公办幼儿园扩建项目', 2), amt(400));
    s.row('年度总体目标', m('保障全县中小学正常运转，完成校舍维修10所，培训教师500人次。', 4));
    s.row('一级指标', '二级指标', m('三级指标', 2), '指标值');
    const rows: In[][] = [
      ['产出指标', '数量指标', m('维修校舍数量', 2), '=10所'],
      [null, '质量指标', m('维修验收合格率', 2), '=100%'],
      [null, '时效指标', m('维修完成时间', 2), '2025年8月底前'],
      ['效益指标', '社会效益指标', m('适龄儿童入学率', 2), '≥99%'],
      ['满意度指标', '服务对象满意度指标', m('家长满意度', 2), '≥90%'],
    ];
    s.tree([[0, 1]], rows);
    s.note('单位负责人：李四', '财务负责人：王五', '填表人：赵六', m('填报日期：2025年1月10日', 2));
    return s;
  };

  test('the band, the funds, the tasks under their 职能 and the indicators; nothing unplaced (was: 实有人数 | 42 and the 职能 unplaced)', async () => {
    const [g] = await typed(sheet());
    const [f] = recognize(g);
    expect(f.kind).toBe('department');
    expect(f.header.filter((h) => h.key !== 'review').map((h) => [h.key, h.label.text, h.value?.text])).toEqual(
      expect.arrayContaining([
        ['other', '人员编制数', '45'],
        ['other', '实有人数', '42'],
        ['code', '单位编码', '301001'],
        ['phone', '联系电话', '0551-1234567'],
      ]),
    );
    expect(f.funds.map((x) => [x.key, Object.values(x.amounts).map((a) => a.value)])).toEqual([
      ['total', [1400]],
      ['general', [1200]],
      ['govFund', [100]],
      ['other', [100]],
    ]);
    expect((f.tasks ?? []).map((t) => [t.label.text, Object.values(t.amounts).map((a) => a.value)])).toEqual([
      ['校舍维修', [800]],
      ['教师培训', [200]],
      ['幼儿园扩建', [400]],
    ]);
    expect(f.indicators.map((n) => n.level3?.text)).toEqual([
      '维修校舍数量',
      '维修验收合格率',
      '维修完成时间',
      '适龄儿童入学率',
      '家长满意度',
    ]);
    expect(f.unplaced.map((c) => c.address)).toEqual([]);
    expect(findings([g])).toEqual([]);
  });
});

describe('资金来源 | 金额 as rows: 财政拨款, 其中：中央资金 / 省级资金 / 县级资金, 其他资金, 合计 last', () => {
  const sheet = (county: number) => {
    const s = new SheetBuilder('项目', 4);
    s.title('2025年项目绩效目标申报表');
    s.body();
    s.row('项目名称', m('乡村振兴示范村建设', 3));
    s.row('主管部门', m('某县农业农村局', 3));
    s.row('资金来源', m('金额', 3));
    s.row('财政拨款', m(amt(600), 3));
    s.row('其中：中央资金', m(amt(300), 3));
    s.row('省级资金', m(amt(200), 3));
    s.row('县级资金', m(amt(county), 3));
    s.row('其他资金', m(amt(0), 3));
    s.row('合计', m(amt(600), 3));
    s.row('年度绩效目标', m('建成示范村5个', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '建成示范村数量', '=5个'],
        [null, '质量指标', '工程验收合格率', '=100%'],
        [null, '时效指标', '完成时间', '2025年11月30日前'],
        ['效益指标', '经济效益指标', '村集体经济增收', '≥10万元/村'],
        ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
      ],
    );
    return s;
  };

  test('the levels of government are parts of 财政拨款, not of the total (was: 合计 600 against 1200)', async () => {
    const grids = await typed(sheet(100));
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.key, x.parent])).toEqual([
      ['fiscalSubtotal', 'total'],
      ['central', 'fiscalSubtotal'],
      ['provincial', 'fiscalSubtotal'],
      ['county', 'fiscalSubtotal'],
      ['other', 'total'],
      ['total', null],
    ]);
    expect(findings(grids)).toEqual([]);
  });

  test('levels adding up to more than 财政拨款 are reported at 财政拨款', async () => {
    expect(findings(await typed(sheet(200)), 'total.')).toEqual([['total.sum', 'B5']]);
  });
});

describe('funds blocks in other wording', () => {
  const indicators = (s: SheetBuilder, width: number) => {
    const pad = (row: In[]): In[] => [...row.slice(0, 3), m(row[3], width - 3)];
    s.row(...pad(['一级指标', '二级指标', '三级指标', '指标值']));
    const rows: In[][] = [
      ['产出指标', '数量指标', '宣传活动次数', '≥20次'],
      [null, '质量指标', '媒体报道篇数', '≥50篇'],
      [null, '时效指标', '活动完成时间', '2025年12月'],
      ['效益指标', '经济效益指标', '旅游收入增长率', '≥8%'],
      ['满意度指标', '服务对象满意度指标', '游客满意度', '≥90%'],
    ];
    s.tree([[0, 1]], rows.map(pad));
  };

  test('部门预算 | 项目 | 半年计划执行数 | 全年预算数: both periods of every line (was: the half year unplaced)', async () => {
    const s = new SheetBuilder('部门', 5);
    s.title('2025年部门整体绩效目标表');
    s.body();
    s.row('单位名称', m('某市档案馆', 4));
    s.row(m('部门预算', 1, 6), '项目', '半年计划执行数', m('全年预算数', 2));
    s.row(null, '资金总额', amt(260), m(amt(520), 2));
    s.row(null, '基本支出', amt(150), m(amt(300), 2));
    s.row(null, '项目支出', amt(110), m(amt(220), 2));
    s.row(null, '其中：档案数字化', amt(60), m(amt(120), 2));
    s.row(null, '档案库房维护', amt(50), m(amt(100), 2));
    s.row('年度总体目标', m('完成馆藏档案数字化10万卷', 4));
    indicators(s, 5);
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.key, x.amounts['半年']?.value, x.amounts['全年']?.value])).toEqual([
      ['total', 260, 520],
      ['basic', 150, 300],
      ['project', 110, 220],
      ['projectLine', 60, 120],
      ['unknown', 50, 100],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(grids)).toEqual([]);
  });

  const sources = (local: number) => {
    const s = new SheetBuilder('项目', 4);
    s.title('绩效目标申报表');
    s.body();
    s.row('项目名称', m('全域旅游宣传推广', 3));
    s.row(m('预算资金（万元）', 1, 4), '年度预算', m(amt(150), 2));
    s.row(null, '其中：本级财政', m(amt(local), 2));
    s.row(null, '上级补助', m(amt(30), 2));
    s.row(null, '自筹资金', m(amt(20), 2));
    s.row('年度绩效目标', m('开展宣传推广活动20次', 3));
    indicators(s, 4);
    return s;
  };

  test('年度预算 / 其中：本级财政 / 上级补助 / 自筹资金: parts in unknown wording add up (was: a false total.sum)', async () => {
    const grids = await typed(sources(100));
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.label.text, x.key, x.parent, x.amounts['年度']?.value])).toEqual([
      ['年度预算', 'total', null, 150],
      ['其中：本级财政', 'unknown', 'total', 100],
      ['上级补助', 'unknown', 'total', 30],
      ['自筹资金', 'selfFunds', 'total', 20],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(grids)).toEqual([]);
    expect(findings(await typed(sources(110)), 'total.')).toEqual([['total.sum', 'C3']]);
  });

  test('财政拨款 600 / 其中：中央资金 300 and nothing else listed is “of which”, not a wrong sum', async () => {
    const s = new SheetBuilder('项目', 4);
    s.title('项目支出绩效目标表');
    s.body();
    s.row('项目名称', m('全域旅游宣传推广', 3));
    s.row('资金总额', m(amt(600), 3));
    s.row('财政拨款', m(amt(600), 3));
    s.row('其中：中央资金', m(amt(300), 3));
    s.row('其他资金', m(amt(0), 3));
    indicators(s, 4);
    expect(findings(await typed(s), 'total.')).toEqual([]);
  });
});

describe('forms stacked on one sheet with blank rows, and one form per sheet', () => {
  const project = (s: SheetBuilder, name: string, total: number) => {
    s.title('项目支出绩效目标表');
    s.body();
    s.row('项目名称', m(name, 3));
    s.row('年度资金总额', m(amt(total), 3));
    s.row('年度目标', m(`${name}年度任务全部完成`, 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '服务人次', '≥5000人次'],
        [null, '质量指标', '服务达标率', '≥90%'],
        [null, '时效指标', '资金拨付及时率', '=100%'],
        ['效益指标', '社会效益指标', '居民健康水平', '稳步提高'],
        ['满意度指标', '服务对象满意度指标', '居民满意度', '≥85%'],
      ],
    );
  };
  const department = (s: SheetBuilder) => {
    s.title('部门整体支出绩效目标表');
    s.body();
    s.row('单位名称', m('某区卫生健康委', 3));
    s.row('年度资金总额', amt(3000), '其中：财政拨款', amt(2800));
    s.row(null, null, '其他资金', amt(200));
    s.row('年度总体目标', m('提升基层医疗服务能力', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '家庭医生签约人数', '≥5万人'],
        [null, '质量指标', '重点人群签约率', '≥75%'],
        [null, '时效指标', '年度任务完成及时率', '=100%'],
        ['效益指标', '社会效益指标', '居民健康素养水平', '≥30%'],
        ['满意度指标', '服务对象满意度指标', '群众就医满意度', '≥90%'],
      ],
    );
  };

  test('a department form and two project forms one under the other: three forms, each its own funds', async () => {
    const s = new SheetBuilder('汇总', 4);
    department(s);
    s.blank(2);
    project(s, '基本公共卫生服务', 1200);
    s.blank(1);
    project(s, '妇幼健康项目', 300);
    const grids = await typed(s);
    const forms = recognize(grids[0]);
    expect(
      forms.map((f) => [f.kind, f.name, f.funds.map((x) => `${x.key}=${Object.values(x.amounts)[0]?.value}`)]),
    ).toEqual([
      ['department', '某区卫生健康委', ['total=3000', 'fiscalSubtotal=2800', 'other=200']],
      ['project', '基本公共卫生服务', ['total=1200']],
      ['project', '妇幼健康项目', ['total=300']],
    ]);
    expect(forms.map((f) => f.indicators.length)).toEqual([5, 5, 5]);
    // 其他资金 under 其中：财政拨款 is the year's like the line above it (was: 全年, so 资金总额 年度 missed it)
    expect(findings(grids)).toEqual([]);
  });

  test('one form per sheet in a workbook', async () => {
    const a = new SheetBuilder('部门', 4);
    department(a);
    const b = new SheetBuilder('项目1', 4);
    project(b, '基本公共卫生服务', 1200);
    const c = new SheetBuilder('项目2', 4);
    project(c, '妇幼健康项目', 300);
    const grids = await typed(a, b, c);
    expect(grids.map((g) => recognize(g).map((f) => f.name))).toEqual([
      ['某区卫生健康委'],
      ['基本公共卫生服务'],
      ['妇幼健康项目'],
    ]);
    expect(findings(grids)).toEqual([]);
  });
});

describe('transfer-payment 资金情况 | 年度金额 | 其中：中央补助 | 地方资金 over one row of amounts', () => {
  test('年度金额 is the total of the two sources (was: unplaced with its amount)', async () => {
    const s = new SheetBuilder('转移支付', 4);
    s.title('2025年度转移支付区域绩效目标表');
    s.body();
    s.row('专项名称', m('农业生产发展资金', 3));
    s.row('中央主管部门', m('农业农村部', 3));
    s.row(m('资金情况（万元）', 1, 2), '年度金额', '其中：中央补助', '地方资金');
    s.row(null, amt(2000), amt(1500), amt(500));
    s.row('年度总体目标', m('支持高标准农田建设与耕地保护', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '耕地地力保护补贴面积', '≥80万亩'],
        [null, '质量指标', '补贴发放准确率', '≥98%'],
        [null, '时效指标', '补贴发放时间', '2025年6月底前'],
        ['效益指标', '经济效益指标', '粮食产量', '≥50万吨'],
        ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
      ],
    );
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.key, x.parent, Object.values(x.amounts)[0]?.value])).toEqual([
      ['total', null, 2000],
      ['central', 'total', 1500],
      ['local', 'total', 500],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(grids)).toEqual([]);
  });
});

describe('资金来源 | 合计 | 基本支出 | 项目支出 over one row per source, typed (部门整体 funds by source and use)', () => {
  const indicators = (s: SheetBuilder, width: number) => {
    const pad = (row: In[]): In[] => [...row.slice(0, 3), m(row[3], width - 3)];
    s.row(...pad(['一级指标', '二级指标', '三级指标', '指标值']));
    s.row(...pad(['产出指标', '数量指标', '法律援助案件数', '≥800件']));
    s.row(...pad(['满意度指标', '服务对象满意度指标', '受援群众满意度', '≥95%']));
  };

  test('单位资金 and 财政专户 are sources the vocabulary knows; a correct table gets no finding and nothing unplaced', async () => {
    const s = new SheetBuilder('部门', 4);
    s.title('2025年部门整体支出绩效目标申报表');
    s.body();
    s.row('部门名称', m('某市司法局', 3));
    s.row('资金来源', '合计', '基本支出', '项目支出');
    s.row('一般公共预算', amt(500), amt(300), amt(200));
    s.row('政府性基金', amt(100), amt(0), amt(100));
    s.row('财政专户', amt(0), amt(0), amt(0));
    s.row('单位资金', amt(50), amt(20), amt(30));
    s.row('合计', amt(650), amt(320), amt(330));
    s.row('年度总体目标', m('推进法治政府建设', 3));
    indicators(s, 4);
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.key, x.section, Object.values(x.amounts)[0]?.value])).toEqual([
      ['general', 'income', 500],
      ['govFund', 'income', 100],
      ['specialAccount', 'income', 0],
      ['selfFunds', 'income', 50],
      ['total', 'income', 650],
      ['basic', 'expense', 320],
      ['project', 'expense', 330],
    ]);
    expect(f.unplaced).toEqual([]);
    expect(findings(grids, 'total.')).toEqual([]);
  });

  test('turned round (项目 | 合计 | 一般公共预算 | 政府性基金 | 单位资金 over 基本支出 / 项目支出 / 合计): the 项目 heading is the table’s (was unplaced)', async () => {
    const s = new SheetBuilder('部门', 5);
    s.title('2025年部门整体支出绩效目标申报表');
    s.body();
    s.row('部门名称', m('某市司法局', 4));
    s.row('项目', '合计', '一般公共预算', '政府性基金', '单位资金');
    s.row('基本支出', amt(320), amt(300), amt(0), amt(20));
    s.row('项目支出', amt(330), amt(200), amt(100), amt(30));
    s.row('合计', amt(650), amt(500), amt(100), amt(50));
    s.row('年度总体目标', m('推进法治政府建设', 4));
    indicators(s, 5);
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(f.funds.map((x) => [x.key, Object.values(x.amounts)[0]?.value])).toEqual(
      expect.arrayContaining([
        ['total', 650],
        ['selfFunds', 50],
        ['basic', 320],
        ['project', 330],
      ]),
    );
    expect(f.unplaced).toEqual([]);
    expect(findings(grids, 'total.')).toEqual([]);
  });
});

describe('the 2015 department framework 投入 / 过程 / 产出 (职责履行) / 效果 (履职效益)', () => {
  const sheet = (satisfaction: boolean) => {
    const s = new SheetBuilder('部门', 4);
    s.title('2025年度部门整体支出绩效目标表');
    s.body();
    s.row('部门名称', m('某县市场监督管理局', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    const rows: In[][] = [
      ['投入', '目标设定', '绩效目标合理性', '合理'],
      [null, '预算配置', '在职人员控制率', '≤100%'],
      ['过程', '预算执行', '预算执行率', '=100%'],
      [null, '预算管理', '管理制度健全性', '健全'],
      ['产出', '职责履行', '食品抽检批次', '≥3000批次'],
      [null, null, '特种设备定期检验率', '=100%'],
      ['效果', '履职效益', '食品安全事故发生数', '=0起'],
    ];
    if (satisfaction) rows.push([null, null, '社会公众满意度', '≥90%']);
    s.tree([[0, 1]], rows);
    return s;
  };

  test('a correct form gets no structure finding (was: 产出 missing 数量/质量/时效, no 满意度)', async () => {
    expect(findings(await typed(sheet(true)), 'structure.')).toEqual([]);
  });

  test('without a 满意度 indicator under 履职效益 it is still told it lacks 满意度', async () => {
    expect(findings(await typed(sheet(false)), 'structure.')).toEqual([['structure.missing-satisfaction', 'A10']]);
  });
});

describe('a heading band of three rows: 指标值 over 中期 | 年度, 年度 over 半年 | 全年', () => {
  test('the values of the three columns and no heading cell unplaced (was: 中期 and 年度 unplaced)', async () => {
    const s = new SheetBuilder('项目', 6);
    s.title('项目支出绩效目标表');
    s.body();
    s.row('项目名称', m('公交优先发展补贴', 5));
    s.row(m('一级指标', 1, 3), m('二级指标', 1, 3), m('三级指标', 1, 3), m('指标值', 3));
    s.row(null, null, null, m('中期', 1, 2), m('年度', 2));
    s.row(null, null, null, null, '半年', '全年');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '新能源公交车辆数', '≥500辆', '≥300辆', '≥400辆'],
        [null, '质量指标', '准点率', '≥90%', '≥88%', '≥90%'],
        [null, '时效指标', '补贴发放及时率', '=100%', '=100%', '=100%'],
        ['效益指标', '社会效益指标', '公交出行分担率', '≥40%', '≥33%', '≥35%'],
        ['满意度指标', '服务对象满意度指标', '乘客满意度', '≥90%', '≥85%', '≥90%'],
      ],
    );
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(Object.entries(f.indicators[0].values).map(([p, c]) => `${p}=${c.text}`)).toEqual([
      '中期=≥500辆',
      '半年=≥300辆',
      '全年=≥400辆',
    ]);
    expect(f.unplaced).toEqual([]);
  });
});

describe('several projects in one table: 序号 | 项目名称 | 资金（万元） | 年度绩效目标 | levels', () => {
  test('each project keeps its amount (was: 资金 alone not an amount heading, no funds)', async () => {
    const s = new SheetBuilder('汇总', 8);
    s.title('2025年度项目支出绩效目标汇总表');
    s.body();
    s.row('序号', '项目名称', '资金（万元）', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值');
    const project = (n: number, name: string, amount: number, goal: string, rows: In[][]) => {
      const first = s.next;
      s.row(n, name, amt(amount), goal, ...rows[0]);
      for (const row of rows.slice(1)) s.row(null, null, null, null, ...row);
      for (const c of [0, 1, 2, 3]) s.down(first, c, s.next - 1);
    };
    project(1, '图书馆数字化建设', 80, '完成馆藏数字化5万册', [
      ['产出指标', '数量指标', '数字化馆藏册数', '≥5万册'],
      ['效益指标', '社会效益指标', '线上借阅人次', '≥2万人次'],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90%'],
    ]);
    project(2, '非遗保护传承', 50, '扶持非遗项目10个', [
      ['产出指标', '数量指标', '扶持非遗项目数', '≥10个'],
      ['效益指标', '社会效益指标', '非遗传承人数', '≥30人'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    const forms = recognize((await typed(s))[0]);
    expect(
      forms.map((f) => [f.name, f.funds.map((x) => [x.key, x.amounts['全年']?.value]), f.indicators.length]),
    ).toEqual([
      ['图书馆数字化建设', [['total', 80]], 3],
      ['非遗保护传承', [['total', 50]], 3],
    ]);
    expect(forms.flatMap((f) => f.unplaced)).toEqual([]);
  });
});

describe('levels numbered in their own columns: 1.产出指标 | 1.1数量指标, 一、产出指标 | ①数量指标', () => {
  const sheet = (l1: (i: number, t: string) => string, l2: (i: number, j: number, t: string) => string) => {
    const s = new SheetBuilder('项目', 4);
    s.title('项目支出绩效目标表');
    s.body();
    s.row('项目名称', m('农产品质量安全监测', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        [l1(1, '产出指标'), l2(1, 1, '数量指标'), '抽检样品数', '≥1200批次'],
        [null, l2(1, 2, '质量指标'), '检测结果准确率', '=100%'],
        [null, l2(1, 3, '时效指标'), '检测报告出具时间', '≤7个工作日'],
        [l1(2, '效益指标'), l2(2, 1, '社会效益指标'), '农产品合格率', '≥98%'],
        [l1(3, '满意度指标'), l2(3, 1, '服务对象满意度指标'), '生产主体满意度', '≥90%'],
      ],
    );
    return s;
  };
  const keys = [
    ['output', 'quantity'],
    ['output', 'quality'],
    ['output', 'timeliness'],
    ['effect', 'social'],
    ['satisfaction', 'satisfaction'],
  ];

  test.each([
    ['1.1', (i: number, t: string) => `${i}.${t}`, (i: number, j: number, t: string) => `${i}.${j}${t}`],
    ['1.1.', (i: number, t: string) => `${i}.${t}`, (i: number, j: number, t: string) => `${i}.${j}. ${t}`],
    [
      '①',
      (i: number, t: string) => `${'一二三'[i - 1]}、${t}`,
      (_i: number, j: number, t: string) => `${'①②③'[j - 1]}${t}`,
    ],
  ])('%s numbering: the standard 二级 (was: four unknown 二级, 产出 missing 数量/质量/时效)', async (_name, l1, l2) => {
    const grids = await typed(sheet(l1, l2));
    expect(recognize(grids[0])[0].indicators.map((n) => [n.level1?.key, n.level2?.key])).toEqual(keys);
    expect(findings(grids, 'structure.')).toEqual([]);
  });
});

describe('单位：万元 at the right end of the title row', () => {
  test('is the amount unit, not unplaced; the 编制单位 / 填报日期 row is the header', async () => {
    const s = new SheetBuilder('部门', 4);
    s.row(m('2025年部门整体支出绩效目标表', 3), '单位：万元');
    s.row(m('编制单位：某市城市管理局', 2), m('填报日期：2025-01-10', 2));
    s.body();
    s.row('部门名称', '某市城市管理局', '部门编码', '215001');
    s.row('资金总额', amt(8600), '基本支出', amt(2600));
    s.row(null, null, '项目支出', amt(6000));
    s.row('年度总体目标', m('城市精细化管理水平持续提升。', 3));
    s.row('一级指标', '二级指标', '三级指标', '指标值');
    s.tree(
      [[0, 1]],
      [
        ['产出指标', '数量指标', '道路清扫保洁面积', '≥1200万平方米'],
        [null, '质量指标', '道路保洁达标率', '≥95%'],
        [null, '时效指标', '市政设施报修处置及时率', '≥98%'],
        ['效益指标', '生态效益指标', '生活垃圾无害化处理率', '=100%'],
        ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%'],
      ],
    );
    const grids = await typed(s);
    const [f] = recognize(grids[0]);
    expect(f.title).toBe('2025年部门整体支出绩效目标表');
    expect(f.header.find((h) => h.key === 'amountUnit')?.value?.text).toBe('万元');
    expect(f.unplaced).toEqual([]);
    expect(findings(grids)).toEqual([]);
  });
});
