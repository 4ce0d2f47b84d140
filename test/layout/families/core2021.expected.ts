import { SPLIT_VALUE_RULES, type FixtureExpect, type FormExpect } from './expect';

/** Family 2: 2021 core-indicator table (scripts/families/core2021.ts). Written by hand from the builder. */
const water = (costValue: string): FormExpect => ({
  kind: 'project',
  title: '2024年度项目绩效目标表',
  year: 2024,
  name: '兴国县农村供水保障工程',
  header: { department: '兴国县水利局', implementer: '兴国县农村供水管理站', projectType: '一次性项目' },
  funds: { total: 860, fiscalSubtotal: 800, other: 60 },
  goals: ['annual'],
  // 历史值 is last years' figure, not a period
  periods: ['全年'],
  counts: { output: 5, cost: 3, effect: 3, satisfaction: 1 },
  rows: [
    ['output', 'quantity', '新建集中供水工程', '≥12处'],
    ['output', 'quality', '工程竣工验收合格率', '=100%'],
    ['output', 'quality', '水质达标率', '≥95%'],
    ['output', 'timeliness', '工程完工时限', '≤12月'],
    ['cost', 'economicCost', '每公里管网改造成本', costValue],
    ['cost', 'socialCost', '施工影响供水时长', '≤48小时'],
    ['cost', 'ecologicalCost', '施工临时占用耕地', '≤2亩'],
    ['effect', 'social', '农村饮水安全保障水平', '明显提升'],
    ['satisfaction', 'satisfaction', '受益群众满意度', '≥90%'],
  ],
});

export const CORE2021: FixtureExpect[] = [
  {
    file: 'families/core2021-project-water.xlsx',
    note: '项目: 指标性质 | 指标值 | 度量单位 | 权重 | 指标解释 | 评（扣）分标准 | 历史值; 一级 成本 with 经济/社会/生态环境成本',
    absent: SPLIT_VALUE_RULES,
    forms: [water('≤6.5万元/公里')],
    errors: [],
  },
  {
    file: 'families/core2021-department-agri.xlsx',
    note: '部门整体: 分值 instead of 权重, no 历史值, a 单位：万元 line above the form, 定性 rows',
    absent: SPLIT_VALUE_RULES,
    forms: [
      {
        kind: 'department',
        title: '2025年度部门整体绩效目标表',
        year: 2025,
        name: '龙南市农业农村局',
        header: { unitName: '龙南市农业农村局' },
        funds: { total: 2360.5, fiscalSubtotal: 2300.5, other: 60 },
        goals: ['annual'],
        periods: ['全年'],
        counts: { output: 4, cost: 1, effect: 4, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '高标准农田建设面积', '≥2.5万亩'],
          ['output', 'quality', '高标准农田验收合格率', '=100%'],
          ['cost', 'economicCost', '高标准农田亩均建设成本', '≤3000元/亩'],
          ['effect', 'social', '农业社会化服务覆盖面', '逐步扩大'],
          ['effect', 'ecological', '化肥使用量增长率', '≤0%'],
          ['effect', 'sustainable', '耕地质量等级提升', '≥0.5等'],
          ['satisfaction', 'satisfaction', '农户满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/core2021-project-water-cost-defect.xlsx',
    note: 'defective copy of core2021-project-water: 每公里管网改造成本 with ≥ in the 指标性质 column (row 12)',
    forms: [water('≥6.5万元/公里')],
    errors: ['expr.cost-direction@12'],
  },
];
