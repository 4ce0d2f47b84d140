import { amt, day, m, pct, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Sheets on which no form can be read (structure.unrecognized, issue 13 §6), typed as a clerk types them.
 * `looks-like-form.xlsx`: three sheets that look like a target form but whose indicator heading no reader
 * knows (a 绩效目标 title over 考核内容 | 评价要点 | 目标要求 columns; a 绩效指标 title over a table with no value
 * column; a heading of level words over
 * unknown columns, 一级 | 二级 | 考核内容 | 目标要求, with no title). `not-a-form-sheets.xlsx`: sheets
 * that are something else (a 填报说明 page, a funds-only list, numbers, an empty sheet): nothing to say.
 * Not a layout family: test/fixtures/unrecognized.
 */
export function looksLikeForm(): FamilyFixture {
  const a = new SheetBuilder('项目绩效目标', 4, [18, 24, 30, 16]);
  a.title('2025年项目支出绩效目标表');
  a.note('单位：万元');
  a.body();
  a.row('项目名称', m('城区背街小巷改造', 3));
  a.row('主管部门', '某县住建局', '资金总额', amt(320));
  a.row('考核内容', '评价要点', '具体内容', '目标要求');
  a.row(m('完成情况', 1, 2), '改造数量', '完成背街小巷改造条数', '12条');
  a.row(null, '完成质量', '工程验收合格率', pct(1));
  a.row('群众评价', '满意程度', '沿线居民满意度', pct(0.9));

  const b = new SheetBuilder('指标表', 4, [16, 20, 28, 20]);
  b.title('某镇2025年度绩效指标表');
  b.body();
  b.row('指标类别', '指标子类', '指标内容', '说明');
  b.row('产出', '数量', '培训农民人次', '全年累计');
  b.row('效益', '社会效益', '就业人数', '培训后就业');

  const c = new SheetBuilder('Sheet3', 4, [16, 20, 28, 20]);
  c.body();
  c.row('一级', '二级', '考核内容', '目标要求');
  c.tree(
    [[0, 1]],
    [
      ['产出', '数量', '新建污水管网', '3公里'],
      [null, '时效', '完工时间', day(2025, 11, 30)],
      ['满意度', '服务对象满意度', '群众满意度', pct(0.9)],
    ],
  );
  return { file: 'unrecognized/looks-like-form.xlsx', sheets: [a.build(), b.build(), c.build()] };
}

export function notAFormSheets(): FamilyFixture {
  const notes = new SheetBuilder('填报说明', 1, [80]);
  notes.title('项目支出绩效目标表填报说明');
  notes.row('一、绩效目标应当指向明确、细化量化、合理可行、相应匹配。');
  notes.row('二、一级指标包括产出指标、效益指标和满意度指标，二级指标按下表所列填写。');
  notes.row('三、指标值应当量化，不能量化的用定性描述。');

  const list = new SheetBuilder('资金明细', 5, [8, 28, 18, 14, 12]);
  list.title('2025年项目资金安排明细表');
  list.note('单位：万元');
  list.body();
  list.row('序号', '项目名称', '主管部门', '预算金额', '资金来源');
  list.row(1, '城区背街小巷改造', '某县住建局', amt(320), '一般公共预算');
  list.row(2, '乡村医生补助', '某县卫健委', amt(112.5), '上级补助');
  list.row(m('合计', 3), amt(432.5), null);

  const numbers = new SheetBuilder('数据', 4, [10, 10, 10, 10]);
  numbers.row(2021, 2022, 2023, 2024);
  numbers.row(amt(120.5), amt(133), amt(141.2), amt(150));
  numbers.row(pct(0.92), pct(0.95), pct(0.96), pct(0.97));

  const empty = new SheetBuilder('空白', 1);
  return {
    file: 'unrecognized/not-a-form-sheets.xlsx',
    sheets: [notes.build(), list.build(), numbers.build(), empty.build()],
  };
}
