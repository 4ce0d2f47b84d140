import { amt, m, pct, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Family 6: flat indicator lists without 一级/二级 columns: every row is a 三级 indicator. Operator, value
 * and unit in their own columns under varying names (指标性质 / 比较符号; 计量单位 / 单位; 指标值 / 目标值).
 */

function parking(): FamilyFixture {
  const b = new SheetBuilder('绩效目标', 6, [8, 30, 8, 10, 10, 12]);
  b.title('2024年项目绩效目标表');
  b.body();
  b.row('项目名称', m('南昌市中心城区智慧停车系统建设', 5));
  b.row('主管部门', m('南昌市城市管理和综合执法局', 2), '资金总额（万元）', m(amt(1350), 2));
  b.row(
    '年度目标',
    m('新增智慧停车泊位3000个，建设停车诱导屏40块，10月底前系统上线运行，泊位数据实时上传率98%以上。', 5),
  );
  b.row('序号', '指标', '权重', '计量单位', '指标性质', '指标值');
  b.row(1, '新增智慧停车泊位', 20, '个', '≥', 3000);
  b.row(2, '停车诱导屏建设数量', 10, '块', '≥', 40);
  b.row(3, '系统上线运行时限', 10, '月', '≤', 10);
  b.row(4, '泊位数据实时上传率', 20, '%', '≥', 98);
  b.row(5, '中心城区泊位周转率提升', 15, '%', '≥', 15);
  b.row(6, '市民停车满意度', 25, '%', '≥', 90);
  return { file: 'families/flat-list-project.xlsx', sheets: [b.build()] };
}

function market(): FamilyFixture {
  const b = new SheetBuilder('整体绩效目标', 5, [30, 10, 12, 10, 10]);
  b.title('2024年度部门整体支出绩效目标表');
  b.body();
  b.row('部门名称', m('上饶市市场监督管理局', 4));
  b.row('年度履职目标', m('完成食品安全抽检4500批次，特种设备定期检验率98%以上，投诉举报按时办结率100%。', 4));
  b.row('指标名称', '比较符号', '目标值', '单位', '权重(%)');
  b.row('食品安全抽检批次', '≥', 4500, '批次', 20);
  b.row('特种设备定期检验率', '≥', 98, '%', 20);
  b.row('投诉举报按时办结率', '=', pct(1), null, 20);
  b.row('新登记市场主体', '≥', 3.5, '万户', 10);
  b.row('市场监管执法规范化水平', '定性', '明显提升', null, 10);
  b.row('群众对食品安全满意度', '≥', 85, '%', 20);
  return { file: 'families/flat-list-department.xlsx', sheets: [b.build()] };
}

export function flat(): FamilyFixture[] {
  return [parking(), market()];
}
