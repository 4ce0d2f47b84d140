import { amt, m, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Family 8: typing habits on otherwise ordinary forms.
 * - spaced: labels spaced out to fill the cell (项 目 名 称, 绩 效 指 标, 产 出 指 标), a spaced title, a
 *   label with a line break (资金总额\n（万元）, 三级\n指标).
 * - split: no merges at all; header labels broken by a line break (项目\n名称); the table's column labels
 *   split over two rows (一级 / 目标 → 一级目标 for 一级指标; 二级 / 指标; 三级 / 指标); each 一级 label
 *   typed in the middle row of its block (产出指标 in the 3rd of 5 rows).
 * - band: a department form with a two-row header band (指标值 merged over 半年 / 全年; 一级/二级/三级
 *   merged over both rows) and an outer label with a line break (绩效\n指标).
 */

function spaced(): FamilyFixture {
  const b = new SheetBuilder('绩效目标表', 5, [12, 14, 18, 30, 16]);
  b.title('项 目 支 出 绩 效 目 标 表');
  b.title('（2024年度）');
  b.body();
  b.row('项 目 名 称', m('樟树市城区园林绿化养护', 4));
  b.row('主 管 部 门', '樟树市城市管理局', '实 施 单 位', m('樟树市园林绿化管理所', 2));
  b.row('资金总额\n（万元）', amt(68), '其中：财政拨款', m(amt(68), 2));
  b.row('年 度 目 标', m('全年养护城区绿地120万平方米，修剪行道树8000株，苗木保存率98%以上。', 4));
  const head = b.row('绩 效 指 标', '一 级 指 标', '二 级 指 标', '三级\n指标', '指 标 值');
  const { last } = b.tree(
    [[1, 2]],
    [
      ['产 出 指 标', '数量指标', '绿化养护面积', '≥120万平方米'],
      [null, null, '行道树修剪株数', '≥8000株'],
      [null, '质量指标', '苗木保存率', '≥98%'],
      [null, '时效指标', '病虫害处置时限', '≤48小时'],
      [null, '成本指标', '每平方米年养护成本', '≤5.5元'],
      ['效 益 指 标', '生态效益指标', '城区绿化覆盖率', '≥42%'],
      ['满 意 度 指 标', '服务对象满意度指标', '市民满意度', '≥90%'],
    ],
    { offset: 1 },
  );
  b.down(head, 0, last);
  return { file: 'families/habits-spaced.xlsx', sheets: [b.build()] };
}

function split(): FamilyFixture {
  const b = new SheetBuilder('Sheet1', 4, [16, 18, 30, 16]);
  b.row(null, '高安市2024年项目支出绩效目标表');
  b.body();
  b.row('项目\n名称', '高安市农村生活垃圾收运处置', '主管\n部门', '高安市城市管理局');
  b.row('实施\n单位', '高安市环境卫生服务中心', '资金总额\n（万元）', amt(1560));
  b.row('年度\n目标', '全市312个行政村生活垃圾收运全覆盖，无害化处理率100%，日产日清率95%以上。');
  b.row('一级', '二级', '三级', '指标值');
  b.row('目标', '指标', '指标', null);
  b.tree(
    [[0, 1]],
    [
      [null, '数量指标', '垃圾收运覆盖行政村数', '≥312个'],
      [null, null, '配置垃圾分类收集桶', '≥5000个'],
      ['产出指标', '质量指标', '生活垃圾无害化处理率', '=100%'],
      [null, '时效指标', '垃圾日产日清率', '≥95%'],
      [null, '成本指标', '每吨垃圾收运成本', '≤180元/吨'],
      [null, '生态效益指标', '农村人居环境整治达标率', '≥90%'],
      ['效益指标', '社会效益指标', '受益农村人口', '≥28万人'],
      [null, '可持续影响指标', '村庄保洁长效机制覆盖率', '=100%'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
    ],
    { merge: false },
  );
  return { file: 'families/habits-split.xlsx', sheets: [b.build()] };
}

function band(): FamilyFixture {
  const b = new SheetBuilder('部门整体', 6, [10, 12, 18, 28, 16, 16]);
  b.title('2024年部门整体支出绩效目标表');
  b.body();
  b.row('部门名称', m('青云谱区城市管理局', 5));
  b.row('单位主要职能', m('负责辖区市容环境卫生、市政设施维护、停车管理和城市管理综合执法。', 5));
  b.row('年度目标', m('道路清扫保洁面积320万平方米，新增停车泊位800个，城市管理问题按期结案率95%以上。', 5));
  const head = b.row(
    m('绩效\n指标', 1, 2),
    m('一级指标', 1, 2),
    m('二级指标', 1, 2),
    m('三级指标', 1, 2),
    m('指标值', 2),
  );
  b.row(null, null, null, null, '半年', '全年');
  const { last } = b.tree(
    [[1, 2]],
    [
      ['产出指标', '数量指标', '道路清扫保洁面积', '≥320万平方米', '≥320万平方米'],
      [null, null, '新增停车泊位', '≥300个', '≥800个'],
      [null, '质量指标', '道路机械化清扫率', '≥85%', '≥90%'],
      [null, '时效指标', '市政设施报修处置时限', '≤24小时', '≤24小时'],
      ['效益指标', '社会效益指标', '城市管理问题按期结案率', '≥95%', '≥95%'],
      [null, '生态效益指标', '生活垃圾无害化处理率', '=100%', '=100%'],
      ['满意度指标', '服务对象满意度指标', '市民满意度', '≥85%', '≥90%'],
    ],
    { offset: 1 },
  );
  // 绩效指标 runs down the table too: extend the merge from the header band to the last row
  b.down(head, 0, last);
  return { file: 'families/habits-band.xlsx', sheets: [b.build()] };
}

export function habits(): FamilyFixture[] {
  return [spaced(), split(), band()];
}
