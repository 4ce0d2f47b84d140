import type { FixtureExpect } from './expect';

/** Family 1: 2015 finance-ministry 申报表 (scripts/families/ministry2015.ts). Written by hand from the builder. */
export const MINISTRY2015: FixtureExpect[] = [
  {
    file: 'families/ministry2015-project-road.xlsx',
    note: '项目 申报表, 中长期 and 年度 side by side (funds, goals, indicators), 一级 shared',
    forms: [
      {
        kind: 'project',
        title: '项目支出绩效目标申报表',
        year: 2024,
        name: '章贡区城区道路提升改造工程',
        header: {
          department: '赣州市交通运输局（412001）',
          implementer: '赣州市公路事业发展中心',
          projectType: '延续项目',
          projectPeriod: '3年',
        },
        funds: {
          total: { 中期: 3600, 年度: 1200 },
          fiscalSubtotal: { 中期: 3000, 年度: 1000 },
          other: { 中期: 600, 年度: 200 },
        },
        goals: ['annual', 'longTerm'],
        periods: ['中期', '年度'],
        // 5 产出, 3 效益, 1 满意度 rows, each on both sides
        counts: { output: 10, effect: 6, satisfaction: 2 },
        rows: [
          ['output', 'quantity', '改造道路总长度', { 中期: '≥18公里' }],
          ['output', 'quantity', '年度改造道路长度', { 年度: '≥6公里' }],
          ['output', 'quantity', '新建人行道面积', { 中期: '≥5.4万平方米', 年度: '≥1.8万平方米' }],
          ['output', 'timeliness', '工程完工时间', { 中期: '≤2026年12月' }],
          ['output', 'cost', '道路改造综合单价', { 中期: '≤200万元/公里', 年度: '≤200万元/公里' }],
          ['effect', 'ecological', '道路扬尘投诉下降率', { 中期: '≥30%', 年度: '≥10%' }],
          ['satisfaction', 'satisfaction', '沿线居民满意度', { 中期: '≥90%', 年度: '≥90%' }],
        ],
      },
    ],
  },
  {
    file: 'families/ministry2015-project-school.xlsx',
    note: '项目 申报表 with a 项目负责人/联系电话 row (phone typed as a number), code in brackets before the department',
    forms: [
      {
        kind: 'project',
        title: '项目支出绩效目标申报表',
        year: 2023,
        name: '宣威市义务教育薄弱环节改善与能力提升项目',
        header: {
          department: '[305]宣威市教育体育局',
          implementer: '宣威市第三中学',
          projectType: '新增项目',
          projectPeriod: '2023年—2025年',
          manager: '李明华',
          phone: '13908741234',
        },
        funds: {
          total: { 中期: 450, 年度: 150 },
          fiscalSubtotal: { 中期: 450, 年度: 150 },
          other: { 中期: 0, 年度: 0 },
        },
        goals: ['annual', 'longTerm'],
        periods: ['中期', '年度'],
        counts: { output: 10, effect: 4, satisfaction: 2 },
        rows: [
          ['output', 'quantity', '配备学生课桌椅', { 中期: '≥1500套', 年度: '≥500套' }],
          ['output', 'timeliness', '项目完成时限', { 中期: '≤2025年8月' }],
          ['output', 'timeliness', '年度任务完成时限', { 年度: '≤2023年8月' }],
          ['output', 'cost', '校舍改造单位成本', { 中期: '≤750元/平方米', 年度: '≤750元/平方米' }],
          ['effect', 'sustainable', '校舍使用年限', { 中期: '≥30年', 年度: '≥30年' }],
          ['satisfaction', 'satisfaction', '学生家长满意度', { 中期: '≥95%', 年度: '≥95%' }],
        ],
      },
    ],
  },
  {
    file: 'families/ministry2015-department-culture.xlsx',
    note: '部门整体 申报表: 年度主要任务 table with 预算金额 总额/财政拨款/其他资金 and 金额合计; the tasks are not funds',
    forms: [
      {
        kind: 'department',
        title: '部门（单位）整体支出绩效目标申报表',
        year: 2024,
        name: '石城县文化广电新闻出版旅游局',
        header: { unitName: '石城县文化广电新闻出版旅游局' },
        // the form states no funds: 96 + 45 + 60.5 are the tasks' budgets (issue 13 §5)
        funds: {},
        tasks: {
          送戏下乡: { 总额: 96, 财政拨款: 90, 其他资金: 6 },
          全民健身赛事: { 总额: 45, 财政拨款: 45, 其他资金: 0 },
          文旅推介: { 总额: 60.5, 财政拨款: 50.5, 其他资金: 10 },
          金额合计: { 总额: 201.5, 财政拨款: 185.5, 其他资金: 16 },
        },
        goals: ['annual'],
        periods: ['全年'],
        counts: { output: 5, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '送戏下乡演出场次', '≥120场'],
          ['output', 'timeliness', '赛事活动完成时间', '≤2024年11月'],
          ['output', 'cost', '送戏下乡场均成本', '≤0.8万元/场'],
          ['effect', 'economic', '带动旅游综合收入', '≥3000万元'],
          ['satisfaction', 'satisfaction', '群众满意度', '≥90%'],
        ],
      },
    ],
  },
];
