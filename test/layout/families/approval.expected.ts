import type { FixtureExpect } from './expect';

/** Family 4: 批复表 (scripts/families/approval.ts). Written by hand from the builder. */
export const APPROVAL: FixtureExpect[] = [
  {
    file: 'families/approval-project-health.xlsx',
    note: '项目 批复表: two-row header band 指标标准或依据 over 上年实际值 / 本年目标值 (上年 values typed as % numbers)',
    forms: [
      {
        kind: 'project',
        title: '2024年度项目支出绩效目标批复表',
        year: 2024,
        name: '基本公共卫生服务项目',
        header: { department: '上饶市卫生健康委员会', implementer: '上饶市疾病预防控制中心' },
        funds: { total: 520, fiscalSubtotal: 520 },
        goals: ['annual'],
        // 本年目标值 is the target (全年); 上年实际值 is last year's figure, not a period
        periods: ['全年'],
        counts: { output: 5, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '适龄儿童免疫规划疫苗接种人次', '≥12万人次'],
          ['output', 'quality', '适龄儿童免疫规划疫苗接种率', '≥95%'],
          ['output', 'timeliness', '补助资金拨付及时率', '=100%'],
          ['output', 'cost', '人均基本公共卫生服务补助标准', '≤94元/人'],
          ['effect', 'social', '居民健康素养水平', '≥30%'],
          ['satisfaction', 'satisfaction', '城乡居民基本公共卫生服务满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/approval-department-edu.xlsx',
    note: '部门整体 批复表: one header row 上年实际完成值 | 本年度目标值 | 备注; 年度履职目标',
    forms: [
      {
        kind: 'department',
        title: '2025年度部门整体支出绩效目标批复表',
        year: 2025,
        name: '鹰潭市教育局',
        header: { unitName: '鹰潭市教育局' },
        funds: {},
        goals: ['annual'],
        periods: ['全年'],
        counts: { output: 4, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '义务教育阶段学生资助人数', '≥5000人'],
          ['output', 'quality', '教师培训合格率', '≥95%'],
          ['output', 'cost', '教师人均培训成本', '≤2000元/人'],
          ['effect', 'social', '义务教育巩固率', '≥99%'],
          ['effect', 'sustainable', '教育信息化覆盖率', '=100%'],
          ['satisfaction', 'satisfaction', '学生家长满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
];
