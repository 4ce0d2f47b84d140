import type { FixtureExpect } from './expect';

/** Family 8: typing habits (scripts/families/habits.ts). Written by hand from the builder. */
export const HABITS: FixtureExpect[] = [
  {
    file: 'families/habits-spaced.xlsx',
    note: 'spaced labels (项 目 名 称, 绩 效 指 标, 产 出 指 标) and title, line breaks (资金总额\\n（万元）, 三级\\n指标)',
    forms: [
      {
        kind: 'project',
        title: '项目支出绩效目标表',
        year: 2024,
        name: '樟树市城区园林绿化养护',
        header: { department: '樟树市城市管理局', implementer: '樟树市园林绿化管理所' },
        funds: { total: 68, fiscalSubtotal: 68 },
        goals: ['annual'],
        periods: ['全年'],
        counts: { output: 5, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '绿化养护面积', '≥120万平方米'],
          ['output', 'quantity', '行道树修剪株数', '≥8000株'],
          ['output', 'cost', '每平方米年养护成本', '≤5.5元'],
          ['effect', 'ecological', '城区绿化覆盖率', '≥42%'],
          ['satisfaction', 'satisfaction', '市民满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/habits-split.xlsx',
    note: 'no merges; 项目\\n名称 labels; column labels split over two rows (一级/目标, 二级/指标, 三级/指标); 一级 typed in the middle row of its block',
    forms: [
      {
        kind: 'project',
        title: '高安市2024年项目支出绩效目标表',
        year: 2024,
        name: '高安市农村生活垃圾收运处置',
        header: { department: '高安市城市管理局', implementer: '高安市环境卫生服务中心' },
        funds: { total: 1560 },
        goals: ['annual'],
        periods: ['全年'],
        // 产出指标 sits in the 3rd of its 5 rows, 效益指标 in the 2nd of its 3
        counts: { output: 5, effect: 3, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '垃圾收运覆盖行政村数', '≥312个'],
          ['output', 'quantity', '配置垃圾分类收集桶', '≥5000个'],
          ['output', 'quality', '生活垃圾无害化处理率', '=100%'],
          ['output', 'cost', '每吨垃圾收运成本', '≤180元/吨'],
          ['effect', 'ecological', '农村人居环境整治达标率', '≥90%'],
          ['effect', 'sustainable', '村庄保洁长效机制覆盖率', '=100%'],
          ['satisfaction', 'satisfaction', '村民满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/habits-band.xlsx',
    note: '部门整体, two-row header band 指标值 over 半年 / 全年 (一级/二级/三级 merged over both rows), 绩效\\n指标 outer label',
    forms: [
      {
        kind: 'department',
        title: '2024年部门整体支出绩效目标表',
        year: 2024,
        name: '青云谱区城市管理局',
        header: {
          unitName: '青云谱区城市管理局',
          functions: '负责辖区市容环境卫生、市政设施维护、停车管理和城市管理综合执法。',
        },
        funds: {},
        goals: ['annual'],
        periods: ['半年', '全年'],
        counts: { output: 4, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '道路清扫保洁面积', { 半年: '≥320万平方米', 全年: '≥320万平方米' }],
          ['output', 'quantity', '新增停车泊位', { 半年: '≥300个', 全年: '≥800个' }],
          ['output', 'quality', '道路机械化清扫率', { 半年: '≥85%', 全年: '≥90%' }],
          ['effect', 'ecological', '生活垃圾无害化处理率', { 半年: '=100%', 全年: '=100%' }],
          ['satisfaction', 'satisfaction', '市民满意度', { 半年: '≥85%', 全年: '≥90%' }],
        ],
      },
    ],
    errors: [],
  },
];
