import { amt, m, SheetBuilder, type FamilyFixture, type In } from './sheet';

/**
 * Family 1: the 2015 finance-ministry 申报表 (财预〔2015〕88号 templates).
 * Project form, 8 columns: A 绩效指标 (merged down the table), B 一级 shared by both sides, C/D/E 中长期
 * 二级/三级/指标值, F/G/H 年度 二级/三级/指标值. Header labels span A:B. Funds: 中期资金总额 | amount |
 * 年度资金总额 | amount with 其中：财政拨款 / 其他资金 below. 总体目标 with 中长期 (C:F) and 年度 (G:H) side by side.
 * Department form, 7 columns: 年度主要任务 table (任务名称 | 主要内容 | 预算金额 总额/财政拨款/其他资金 + 金额合计),
 * 年度总体目标, 年度绩效指标 一级/二级/三级 (D:F merged)/指标值.
 */

interface Project2015 {
  file: string;
  sheet: string;
  year: string;
  name: string;
  department: string;
  implementer: string;
  attribute: string;
  period: In;
  extra?: In[];
  funds: { mid: [number, number, number]; year: [number, number, number] };
  longLabel: string;
  goalLong: string;
  goalYear: string;
  rows: In[][];
}

function project(p: Project2015): FamilyFixture {
  const b = new SheetBuilder(p.sheet, 8, [10, 12, 16, 26, 14, 16, 26, 14]);
  b.title('项目支出绩效目标申报表');
  b.title(p.year);
  b.body();
  b.row(m('项目名称', 2), m(p.name, 6));
  b.row(m('主管部门及代码', 2), m(p.department, 3), m('实施单位', 2), p.implementer);
  b.row(m('项目属性', 2), m(p.attribute, 3), m('项目期', 2), p.period);
  if (p.extra) b.row(...p.extra);
  const [m0, m1, m2] = p.funds.mid;
  const [y0, y1, y2] = p.funds.year;
  b.row(m('项目资金（万元）', 2, 3), m('中期资金总额：', 2), amt(m0), m('年度资金总额：', 2), amt(y0));
  b.row(null, null, m('其中：财政拨款', 2), amt(m1), m('其中：财政拨款', 2), amt(y1));
  b.row(null, null, m('其他资金', 2), amt(m2), m('其他资金', 2), amt(y2));
  b.row(m('总体目标', 2, 2), m(p.longLabel, 3), m('年度目标', 3));
  b.row(null, null, m(p.goalLong, 3), m(p.goalYear, 3));
  const head = b.row('绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值');
  const { last } = b.tree(
    [
      [1, 2],
      [1, 5],
    ],
    p.rows,
    { offset: 1 },
  );
  b.down(head, 0, last);
  return { file: `families/${p.file}`, sheets: [b.build()] };
}

const road = project({
  file: 'ministry2015-project-road.xlsx',
  sheet: '项目支出绩效目标申报表',
  year: '（2024年度）',
  name: '章贡区城区道路提升改造工程',
  department: '赣州市交通运输局（412001）',
  implementer: '赣州市公路事业发展中心',
  attribute: '延续项目',
  period: '3年',
  funds: { mid: [3600, 3000, 600], year: [1200, 1000, 200] },
  longLabel: '中长期目标（2024年—2026年）',
  goalLong:
    '目标1：用三年时间完成城区18公里主次干道提升改造，新建人行道5.4万平方米。\n目标2：城区道路通行效率明显提高，沿线扬尘投诉显著下降。',
  goalYear: '目标1：2024年完成6公里道路提升改造，新建人行道1.8万平方米。\n目标2：工程验收合格率100%。',
  rows: [
    ['产出指标', '数量指标', '改造道路总长度', '≥18公里', '数量指标', '年度改造道路长度', '≥6公里'],
    [null, null, '新建人行道面积', '≥5.4万平方米', null, '新建人行道面积', '≥1.8万平方米'],
    [null, '质量指标', '工程验收合格率', '=100%', '质量指标', '工程验收合格率', '=100%'],
    [null, '时效指标', '工程完工时间', '≤2026年12月', '时效指标', '年度工程完成时间', '≤2024年12月'],
    [null, '成本指标', '道路改造综合单价', '≤200万元/公里', '成本指标', '道路改造综合单价', '≤200万元/公里'],
    ['效益指标', '社会效益指标', '沿线居民出行时间缩短', '≥10分钟', '社会效益指标', '沿线居民出行时间缩短', '≥5分钟'],
    [null, '生态效益指标', '道路扬尘投诉下降率', '≥30%', '生态效益指标', '道路扬尘投诉下降率', '≥10%'],
    [null, '可持续影响指标', '道路设计使用年限', '≥15年', '可持续影响指标', '道路设计使用年限', '≥15年'],
    ['满意度指标', '服务对象满意度指标', '沿线居民满意度', '≥90%', '服务对象满意度指标', '沿线居民满意度', '≥90%'],
  ],
});

const school = project({
  file: 'ministry2015-project-school.xlsx',
  sheet: '表3-2',
  year: '（2023年度）',
  name: '宣威市义务教育薄弱环节改善与能力提升项目',
  department: '[305]宣威市教育体育局',
  implementer: '宣威市第三中学',
  attribute: '新增项目',
  period: '2023年—2025年',
  extra: [m('项目负责人', 2), m('李明华', 3), m('联系电话', 2), 13908741234],
  funds: { mid: [450, 450, 0], year: [150, 150, 0] },
  longLabel: '中长期目标',
  goalLong: '改造校舍6000平方米，配备课桌椅1500套，全面改善办学条件。',
  goalYear: '2023年改造校舍2000平方米，配备课桌椅500套，受益学生1000人以上。',
  rows: [
    ['产出指标', '数量指标', '改造校舍面积', '≥6000平方米', '数量指标', '年度改造校舍面积', '≥2000平方米'],
    [null, null, '配备学生课桌椅', '≥1500套', null, '配备学生课桌椅', '≥500套'],
    [null, '质量指标', '校舍安全鉴定达标率', '=100%', '质量指标', '校舍安全鉴定达标率', '=100%'],
    [null, '时效指标', '项目完成时限', '≤2025年8月', '时效指标', '年度任务完成时限', '≤2023年8月'],
    [null, '成本指标', '校舍改造单位成本', '≤750元/平方米', '成本指标', '校舍改造单位成本', '≤750元/平方米'],
    ['效益指标', '社会效益指标', '受益学生人数', '≥3000人', '社会效益指标', '受益学生人数', '≥1000人'],
    [null, '可持续影响指标', '校舍使用年限', '≥30年', '可持续影响指标', '校舍使用年限', '≥30年'],
    ['满意度指标', '服务对象满意度指标', '学生家长满意度', '≥95%', '服务对象满意度指标', '学生家长满意度', '≥95%'],
  ],
});

function department(): FamilyFixture {
  const b = new SheetBuilder('部门整体支出绩效目标申报表', 7, [12, 14, 16, 16, 14, 12, 12]);
  b.title('部门（单位）整体支出绩效目标申报表');
  b.title('（2024年度）');
  b.body();
  b.row('部门（单位）名称', m('石城县文化广电新闻出版旅游局', 6));
  b.row(m('年度主要任务', 1, 6), m('任务名称', 1, 2), m('主要内容', 2, 2), m('预算金额（万元）', 3));
  b.row(null, null, null, null, '总额', '财政拨款', '其他资金');
  b.row(null, '送戏下乡', m('组织县采茶剧团送戏下乡演出120场', 2), amt(96), amt(90), amt(6));
  b.row(null, '全民健身赛事', m('举办县级全民健身赛事10项', 2), amt(45), amt(45), amt(0));
  b.row(null, '文旅推介', m('开展客家文化旅游推介活动5次', 2), amt(60.5), amt(50.5), amt(10));
  b.row(null, m('金额合计', 3), amt(201.5), amt(185.5), amt(16));
  b.row(
    '年度总体目标',
    m('2024年完成送戏下乡演出120场，举办全民健身赛事10项，开展文旅推介活动5次，群众文化活动参与5万人次以上。', 6),
  );
  const head = b.row('年度绩效指标', '一级指标', '二级指标', m('三级指标', 3), '指标值');
  const rows: In[][] = [
    ['产出指标', '数量指标', m('送戏下乡演出场次', 3), '≥120场'],
    [null, null, m('全民健身赛事项数', 3), '≥10项'],
    [null, '质量指标', m('演出节目审查合格率', 3), '=100%'],
    [null, '时效指标', m('赛事活动完成时间', 3), '≤2024年11月'],
    [null, '成本指标', m('送戏下乡场均成本', 3), '≤0.8万元/场'],
    ['效益指标', '社会效益指标', m('群众文化活动参与人次', 3), '≥5万人次'],
    [null, '经济效益指标', m('带动旅游综合收入', 3), '≥3000万元'],
    ['满意度指标', '服务对象满意度指标', m('群众满意度', 3), '≥90%'],
  ];
  const { last } = b.tree([[1, 2]], rows, { offset: 1 });
  b.down(head, 0, last);
  return { file: 'families/ministry2015-department-culture.xlsx', sheets: [b.build()] };
}

export function ministry2015(): FamilyFixture[] {
  return [road, school, department()];
}
