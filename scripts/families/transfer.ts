import { amt, m, pct, SheetBuilder, type FamilyFixture } from './sheet';

/**
 * Family 3: transfer-payment 区域/项目 绩效目标表. 资金情况 split by 中央/省/市/县 (across in the 区域 form,
 * down in the 项目 form), 中央主管部门 / 地方主管部门, and in the reused self-evaluation form the
 * 实际完成值 and 未达到原因 columns beside 年度指标值 (neither is a target).
 */

function region(file: string, central: number): FamilyFixture {
  const b = new SheetBuilder('区域绩效目标表', 6, [14, 14, 14, 20, 12, 14]);
  b.title('中央对地方转移支付区域绩效目标表');
  b.title('（2024年度）');
  b.body();
  b.row('区域名称', m('吉安市遂川县', 5));
  b.row('专项名称', m('农村综合改革转移支付', 5));
  b.row('中央主管部门', m('财政部', 2), '地方主管部门', m('遂川县财政局', 2));
  b.row(m('资金情况（万元）', 1, 2), '年度资金总额', '中央资金', '省级资金', '市级资金', '县级资金');
  b.row(null, amt(1500), amt(central), amt(300), amt(150), amt(150));
  b.row(
    '年度总体目标',
    m('2024年建设美丽乡村示范村8个，实施村级公益事业建设项目25个，改善6万农村人口的生产生活条件。', 5),
  );
  const head = b.row('年度绩效指标', '一级指标', '二级指标', m('三级指标', 2), '指标值');
  const { last } = b.tree(
    [[1, 2]],
    [
      ['产出指标', '数量指标', m('美丽乡村示范村建设个数', 2), '≥8个'],
      [null, null, m('村级公益事业建设项目数', 2), '≥25个'],
      [null, '质量指标', m('项目竣工验收合格率', 2), '=100%'],
      [null, '时效指标', m('资金拨付及时率', 2), '=100%'],
      ['效益指标', '社会效益指标', m('受益农村人口', 2), '≥6万人'],
      [null, '可持续影响指标', m('村级公益设施管护机制建立率', 2), '≥90%'],
      ['满意度指标', '服务对象满意度指标', m('受益群众满意度', 2), '≥90%'],
    ],
    { offset: 1 },
  );
  b.down(head, 0, last);
  return { file: `families/${file}`, sheets: [b.build()] };
}

function selfEvaluation(): FamilyFixture {
  const b = new SheetBuilder('项目绩效目标表', 6, [12, 16, 24, 14, 14, 30]);
  b.title('2023年度中央财政衔接推进乡村振兴补助资金项目绩效目标表');
  b.body();
  b.row('项目名称', m('宁都县2023年衔接资金产业发展项目', 5));
  b.row('主管部门', m('宁都县农业农村局', 2), '实施单位', m('宁都县各乡镇人民政府', 2));
  b.row(m('资金情况（万元）', 1, 5), m('资金总额', 2), m(amt(2000), 3));
  b.row(null, m('其中：中央资金', 2), m(amt(1400), 3));
  b.row(null, m('省级资金', 2), m(amt(400), 3));
  b.row(null, m('市级资金', 2), m(amt(100), 3));
  b.row(null, m('县级资金', 2), m(amt(100), 3));
  b.row('年度目标', m('扶持产业发展项目30个以上，新建高标准蔬菜大棚500亩，带动脱贫户800户以上增收。', 5));
  b.row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '未达到原因分析及改进措施');
  b.tree(
    [[0, 1]],
    [
      ['产出指标', '数量指标', '扶持产业发展项目个数', '≥30个', '32个', null],
      [null, null, '新建高标准蔬菜大棚面积', '≥500亩', '480亩', '部分地块土地流转滞后，已于次年一季度补建'],
      [null, '质量指标', '项目验收合格率', '=100%', pct(1), null],
      [null, '时效指标', '项目开工及时率', '≥95%', pct(0.97), null],
      [null, '成本指标', '蔬菜大棚亩均补助标准', '≤1.5万元/亩', '1.45万元/亩', null],
      ['效益指标', '经济效益指标', '带动脱贫人口人均增收', '≥1000元/人', '1200元/人', null],
      [null, '社会效益指标', '带动脱贫户数', '≥800户', '856户', null],
      ['满意度指标', '服务对象满意度指标', '受益脱贫群众满意度', '≥90%', pct(0.955, 1), null],
    ],
  );
  return { file: 'families/transfer-project-selfeval.xlsx', sheets: [b.build()] };
}

export function transfer(): FamilyFixture[] {
  return [
    region('transfer-region-county.xlsx', 900),
    selfEvaluation(),
    // defective copy: 中央资金 800 makes the parts 1400 against a total of 1500
    region('transfer-region-county-sum-defect.xlsx', 800),
  ];
}
