import { amt, day, m, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Funds and header bands as other regions type them (issue 13 §4–5):
 * - a department form whose 支出 lines carry 半年 | 全年 amounts under bare 半年 / 全年 headings (no
 *   计划执行数 / 预算数 wording): each line's year amount is its 全年 column, never its 半年 one;
 * - a project form whose header band holds ordinary pairs the vocabulary does not name by key (所属上级项目,
 *   申报日期 as a real date, 资金性质), codes (项目编码 as text, 预算编码 as a number), a phone number, a
 *   project period, a department with its code in 【】, cells between the title and the body without a
 *   label (the unit with its code, a date), and the total written beside its own label with its breakdown in
 *   one cell (资金总额：854万元（其中中央500万元、…）).
 * Each has a defective copy whose total is wrong, so the tests can fail.
 */

function halfYear(file: string, landLine: number): FamilyFixture {
  const b = new SheetBuilder('部门整体支出绩效目标表', 5, [16, 18, 26, 14, 14]);
  b.title('2025年部门整体支出绩效目标表');
  b.body();
  b.row('单位名称', m('安远县自然资源局', 2), '单位编码', '218001');
  b.row('单位主要职能', m('负责全县自然资源调查监测评价、国土空间规划、耕地保护和不动产统一确权登记。', 4));
  const top = b.row(m('部门整体资金（万元）', 1, 9), m('资金总额', 2), null, amt(1000));
  b.row(null, m('其中：财政拨款', 2), null, amt(900));
  b.row(null, m('其他资金', 2), null, amt(100));
  b.row(null, m('支出', 2), '半年', '全年');
  b.row(null, m('基本支出', 2), amt(320), amt(600));
  b.row(null, m('项目支出', 2), amt(180), amt(400));
  b.row(null, null, '耕地保护补偿', amt(100), amt(landLine));
  b.row(null, null, '不动产登记信息化建设', amt(80), amt(150));
  b.row(null, null, '地质灾害防治', amt(0), amt(0));
  if (b.next !== top + 9) throw new Error('funds block rows');
  b.row('年度总体目标', m('2025年完成耕地保护补偿发放，建成不动产登记信息平台，地质灾害隐患点监测覆盖率达到100%。', 4));
  b.row('一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值');
  b.tree(
    [[0, 1]],
    [
      ['产出指标', '数量指标', '耕地保护补偿发放面积', '≥5万亩', '≥10万亩'],
      [null, '质量指标', '不动产登记差错率', '≤1%', '≤1%'],
      [null, '时效指标', '补偿资金发放及时率', '≥90%', '=100%'],
      ['效益指标', '社会效益指标', '地质灾害隐患点监测覆盖率', '≥80%', '=100%'],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '≥90%'],
    ],
  );
  return { file: `families/${file}`, sheets: [b.build()] };
}

function headerBand(file: string, total: number): FamilyFixture {
  const b = new SheetBuilder('项目支出绩效目标表', 4, [16, 30, 16, 24]);
  b.title('2024年度项目支出绩效目标申报表');
  // between the title and the bordered body: the unit with its code, and the date the form was filled in
  b.note(m('【101001】吉安市水利局', 2), null, day(2024, 1, 15));
  b.body();
  b.row('项目名称', '城乡供水一体化改造工程', '项目编码', '36080024T000000123');
  b.row('主管部门', '【101001】吉安市水利局', '实施单位', '吉安市供水有限公司');
  b.row('所属上级项目', '农村饮水安全巩固提升', '项目期限', '2024-2026');
  b.row('预算编码', 2130401, '联系电话', '0796-8123456');
  b.row('申报日期', day(2024, 1, 20), '资金性质', '一般公共预算');
  b.row(m(`资金总额：${total}万元（其中中央500万元、省200万元、市100万元、县54万元）`, 4));
  b.row('年度目标', m('2024年完成城乡供水管网改造20公里，新增受益人口5万人，农村自来水普及率达到98%。', 3));
  b.row('一级指标', '二级指标', '三级指标', '指标值');
  b.tree(
    [[0, 1]],
    [
      ['产出指标', '数量指标', '改造供水管网长度', '≥20公里'],
      [null, '质量指标', '管网工程验收合格率', '=100%'],
      [null, '时效指标', '工程完工时间', '≤2024年12月'],
      [null, '成本指标', '管网改造单位成本', '≤42.7万元/公里'],
      ['效益指标', '社会效益指标', '新增受益人口', '≥5万人'],
      [null, '可持续影响指标', '农村自来水普及率', '≥98%'],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%'],
    ],
  );
  return { file: `families/${file}`, sheets: [b.build()] };
}

export function funds(): FamilyFixture[] {
  return [
    halfYear('funds-halfyear-department.xlsx', 250),
    // defective copy: 耕地保护补偿 全年 260 makes the project lines 410 against 项目支出 400
    halfYear('funds-halfyear-department-sum-defect.xlsx', 260),
    headerBand('funds-header-band-project.xlsx', 854),
    // defective copy: the breakdown's parts (854) exceed the total written before them (754)
    headerBand('funds-header-band-project-sum-defect.xlsx', 754),
  ];
}
