import type { FixtureExpect, FormExpect } from './expect';

/** Family 3: transfer-payment 区域/项目 绩效目标表 (scripts/families/transfer.ts). Written by hand from the builder. */
const region = (central: number): FormExpect => ({
  kind: 'project',
  title: '中央对地方转移支付区域绩效目标表',
  year: 2024,
  // the 专项 is what the form is about; 区域名称 is a header field
  name: '农村综合改革转移支付',
  header: { department: '遂川县财政局' },
  funds: { total: 1500, central, provincial: 300, municipal: 150, county: 150 },
  goals: ['annual'],
  periods: ['全年'],
  counts: { output: 4, effect: 2, satisfaction: 1 },
  rows: [
    ['output', 'quantity', '美丽乡村示范村建设个数', '≥8个'],
    ['output', 'quantity', '村级公益事业建设项目数', '≥25个'],
    ['output', 'timeliness', '资金拨付及时率', '=100%'],
    ['effect', 'sustainable', '村级公益设施管护机制建立率', '≥90%'],
    ['satisfaction', 'satisfaction', '受益群众满意度', '≥90%'],
  ],
});

export const TRANSFER: FixtureExpect[] = [
  {
    file: 'families/transfer-region-county.xlsx',
    note: '区域 form: 资金情况 across (年度资金总额 | 中央 | 省级 | 市级 | 县级) with the amounts on the row below',
    forms: [region(900)],
    errors: [],
  },
  {
    file: 'families/transfer-project-selfeval.xlsx',
    note: '项目 form reused for self-evaluation: 年度指标值 | 实际完成值 | 未达到原因分析及改进措施; funds by level down',
    forms: [
      {
        kind: 'project',
        title: '2023年度中央财政衔接推进乡村振兴补助资金项目绩效目标表',
        year: 2023,
        name: '宁都县2023年衔接资金产业发展项目',
        header: { department: '宁都县农业农村局', implementer: '宁都县各乡镇人民政府' },
        funds: { total: 2000, central: 1400, provincial: 400, municipal: 100, county: 100 },
        goals: ['annual'],
        // 实际完成值 is not a period: the target is 年度指标值
        periods: ['全年'],
        counts: { output: 5, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '新建高标准蔬菜大棚面积', '≥500亩'],
          ['output', 'quality', '项目验收合格率', '=100%'],
          ['output', 'timeliness', '项目开工及时率', '≥95%'],
          ['output', 'cost', '蔬菜大棚亩均补助标准', '≤1.5万元/亩'],
          ['effect', 'economic', '带动脱贫人口人均增收', '≥1000元/人'],
          ['satisfaction', 'satisfaction', '受益脱贫群众满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/transfer-region-county-sum-defect.xlsx',
    note: 'defective copy of transfer-region-county: 中央资金 800, so the parts add to 1400 against 年度资金总额 1500 (B7)',
    forms: [region(800)],
    errors: ['total.sum@7'],
  },
];
