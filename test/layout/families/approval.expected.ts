import type { FixtureExpect } from './expect';

/** Family 4: 批复表 (scripts/families/approval.ts). Written by hand from the builder. */
export const APPROVAL: FixtureExpect[] = [
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
