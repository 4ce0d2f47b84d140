import { amt, m, pct, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Family 4: 批复表 (approved targets): last year's actual value beside this year's target. The project
 * form has a two-row header band (指标标准或依据 over 上年实际值 / 本年目标值, 一级/二级/三级 merged over
 * both rows); the department form one header row (上年实际完成值 | 本年度目标值 | 备注).
 */

function health(): FamilyFixture {
  const b = new SheetBuilder('批复表', 5, [14, 18, 30, 16, 16]);
  b.title('2024年度项目支出绩效目标批复表');
  b.body();
  b.row('项目名称', m('基本公共卫生服务项目', 4));
  b.row('主管部门', '上饶市卫生健康委员会', '实施单位', m('上饶市疾病预防控制中心', 2));
  b.row('年度资金总额（万元）', amt(520), '其中：财政拨款', amt(520), null);
  b.row('年度绩效目标', m('为城乡居民免费提供基本公共卫生服务，适龄儿童免疫规划疫苗接种率保持在95%以上。', 4));
  b.row(m('一级指标', 1, 2), m('二级指标', 1, 2), m('三级指标', 1, 2), m('指标标准或依据', 2));
  b.row(null, null, null, '上年实际值', '本年目标值');
  b.tree(
    [[0, 1]],
    [
      ['产出指标', '数量指标', '适龄儿童免疫规划疫苗接种人次', '12.6万人次', '≥12万人次'],
      [null, null, '65岁及以上老年人健康管理人数', '9.8万人', '≥10万人'],
      [null, '质量指标', '适龄儿童免疫规划疫苗接种率', pct(0.962, 1), '≥95%'],
      [null, '时效指标', '补助资金拨付及时率', pct(1), '=100%'],
      [null, '成本指标', '人均基本公共卫生服务补助标准', '89元/人', '≤94元/人'],
      ['效益指标', '社会效益指标', '居民健康素养水平', pct(0.28), '≥30%'],
      ['满意度指标', '服务对象满意度指标', '城乡居民基本公共卫生服务满意度', pct(0.88), '≥90%'],
    ],
  );
  return { file: 'families/approval-project-health.xlsx', sheets: [b.build()] };
}

function education(): FamilyFixture {
  const b = new SheetBuilder('部门批复表', 6, [14, 18, 28, 16, 16, 12]);
  b.title('2025年度部门整体支出绩效目标批复表');
  b.body();
  b.row('部门名称', m('鹰潭市教育局', 5));
  b.row(
    '年度履职目标',
    m('落实学生资助政策，资助义务教育阶段学生5000人以上；完成教师全员培训，义务教育巩固率保持在99%以上。', 5),
  );
  b.row('一级指标', '二级指标', '三级指标', '上年实际完成值', '本年度目标值', '备注');
  b.tree(
    [[0, 1]],
    [
      ['产出指标', '数量指标', '义务教育阶段学生资助人数', '5230人', '≥5000人', null],
      [null, '质量指标', '教师培训合格率', pct(0.98), '≥95%', null],
      [null, '时效指标', '资助资金发放及时率', pct(1), '=100%', null],
      [null, '成本指标', '教师人均培训成本', '1800元/人', '≤2000元/人', '含差旅'],
      ['效益指标', '社会效益指标', '义务教育巩固率', pct(0.992, 1), '≥99%', null],
      [null, '可持续影响指标', '教育信息化覆盖率', pct(0.95), '=100%', null],
      ['满意度指标', '服务对象满意度指标', '学生家长满意度', pct(0.92), '≥90%', null],
    ],
  );
  return { file: 'families/approval-department-edu.xlsx', sheets: [b.build()] };
}

export function approval(): FamilyFixture[] {
  return [health(), education()];
}
