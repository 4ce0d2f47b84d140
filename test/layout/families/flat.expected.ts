import { LEVEL_RULES, SPLIT_VALUE_RULES, type FixtureExpect } from './expect';

/** Family 6: flat lists without levels (scripts/families/flat.ts). Every row is a 三级 without 一级/二级. */
export const FLAT: FixtureExpect[] = [
  {
    file: 'families/flat-list-project.xlsx',
    note: '项目: 序号 | 指标 | 权重 | 计量单位 | 指标性质 | 指标值 (unit before operator and value)',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      {
        kind: 'project',
        title: '2024年项目绩效目标表',
        year: 2024,
        name: '南昌市中心城区智慧停车系统建设',
        header: { department: '南昌市城市管理和综合执法局' },
        funds: { total: 1350 },
        goals: ['annual'],
        periods: ['全年'],
        counts: { '-': 6 },
        rows: [
          [null, null, '新增智慧停车泊位', '≥3000个'],
          [null, null, '系统上线运行时限', '≤10月'],
          [null, null, '泊位数据实时上传率', '≥98%'],
          [null, null, '市民停车满意度', '≥90%'],
        ],
      },
    ],
    errors: [],
  },
  {
    file: 'families/flat-list-department.xlsx',
    note: '部门整体: 指标名称 | 比较符号 | 目标值 | 单位 | 权重(%); one value typed as 100% with a % format and no unit',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      {
        kind: 'department',
        title: '2024年度部门整体支出绩效目标表',
        year: 2024,
        name: '上饶市市场监督管理局',
        header: { unitName: '上饶市市场监督管理局' },
        funds: {},
        goals: ['annual'],
        periods: ['全年'],
        counts: { '-': 6 },
        rows: [
          [null, null, '食品安全抽检批次', '≥4500批次'],
          [null, null, '特种设备定期检验率', '≥98%'],
          [null, null, '投诉举报按时办结率', '=100%'],
          [null, null, '新登记市场主体', '≥3.5万户'],
          [null, null, '市场监管执法规范化水平', '明显提升'],
        ],
      },
    ],
    errors: [],
  },
];
