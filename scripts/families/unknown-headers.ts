import { amt, m, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * A county's own layout (issue 18, docs/mapping.md): a 项目支出绩效目标表 whose indicator columns are headed
 * 栏目一 … 栏目五 instead of 一级指标/二级指标/三级指标/指标值/指标解释, so no reader knows them. Typed as a
 * clerk types it: title merged across, 二级 merged down over its group, 一级 typed once in the middle of its
 * block (unmerged), values as text. Two defects
 * on purpose: 日间照料服务人数 “300人” has no operator (D9), and the cost 人均运营补助标准 is written
 * “≥4000元” (D14). Not a layout family (the readers are not expected to read it): test/fixtures/mapping.
 */
export function unknownHeaders(): FamilyFixture {
  const b = new SheetBuilder('绩效目标', 5, [14, 16, 26, 14, 30]);
  b.title('2025年项目支出绩效目标表');
  b.body();
  b.row('项目名称', m('社区养老服务中心运营补助', 4));
  b.row('主管部门', '某县民政局', '实施单位', m('某县养老服务指导中心', 2));
  b.row(m('项目资金（万元）', 1, 3), '年度资金总额', m(amt(150), 3));
  b.row(null, '其中：财政拨款', m(amt(120), 3));
  b.row(null, '其他资金', m(amt(30), 3));
  b.row('年度绩效目标', m('全年为辖区300名老年人提供日间照料服务，助餐服务36000人次，服务对象满意度达到90%以上。', 4));
  b.row('栏目一', '栏目二', '栏目三', '栏目四', '栏目五');
  // 二级 merged down over its group; 一级 typed once, by hand in the middle of its block, cells unmerged
  b.tree(
    [[1]],
    [
      [null, '数量指标', '日间照料服务人数', '300人', '年度内接受日间照料的老年人数'],
      [null, null, '助餐服务人次', '≥36000人次', '全年助餐服务累计人次'],
      [null, '质量指标', '护理员持证上岗率', '≥90%', '持证护理员占护理员总数的比例'],
      ['产出指标', null, '服务对象档案建档率', '=100%', null],
      [null, '时效指标', '补助资金按时拨付率', '=100%', '按季度拨付'],
      [null, '成本指标', '人均运营补助标准', '≥4000元', '按服务人数核定的年度补助'],
      [null, '社会效益指标', '辖区老年人养老服务覆盖率', '≥60%', null],
      ['效益指标', null, '日间照料床位使用率', '≥70%', null],
      [null, '可持续影响指标', '服务中心持续运营年限', '≥5年', null],
      [null, '服务对象满意度指标', '老年人满意度', '≥90%', '问卷调查'],
      ['满意度指标', null, '老年人家属满意度', '≥90%', '问卷调查'],
    ],
  );
  return { file: 'mapping/unknown-headers.xlsx', sheets: [b.build()] };
}
