import type { FixtureExpect, FormExpect } from './expect';

/**
 * Funds and header bands (scripts/families/funds.ts), written by hand from the builder: 支出 lines under bare
 * 半年 / 全年 headings, a header band of ordinary pairs, a total written with its breakdown in one cell.
 */

const halfYear = (landLine: number): FormExpect => ({
  kind: 'department',
  title: '2025年部门整体支出绩效目标表',
  year: 2025,
  name: '安远县自然资源局',
  header: { unitName: '安远县自然资源局', code: '218001' },
  // each 支出 line: 半年 from the 半年 column, the year's amount from the 全年 column
  funds: {
    total: 1000,
    fiscalSubtotal: 900,
    other: 100,
    basic: { 半年: 320, 全年: 600 },
    project: { 半年: 180, 全年: 400 },
    projectLine: { 半年: 100, 全年: landLine },
    'projectLine#2': { 半年: 80, 全年: 150 },
    'projectLine#3': { 半年: 0, 全年: 0 },
  },
  goals: ['annual'],
  periods: ['半年', '全年'],
  counts: { output: 3, effect: 1, satisfaction: 1 },
  rows: [
    ['output', 'quantity', '耕地保护补偿发放面积', { 半年: '≥5万亩', 全年: '≥10万亩' }],
    ['effect', 'social', '地质灾害隐患点监测覆盖率', { 半年: '≥80%', 全年: '=100%' }],
  ],
});

const headerBand = (total: number): FormExpect => ({
  kind: 'project',
  title: '2024年度项目支出绩效目标申报表',
  year: 2024,
  name: '城乡供水一体化改造工程',
  header: {
    code: '36080024T000000123',
    department: '【101001】吉安市水利局',
    implementer: '吉安市供水有限公司',
    projectPeriod: '2024-2026',
    phone: '0796-8123456',
    // 所属上级项目 is not a label the vocabulary names: a field `other` keeping its label
    other: '农村饮水安全巩固提升',
  },
  // 资金总额：854万元（其中中央500万元、省200万元、市100万元、县54万元）: the total and its four parts
  funds: { total, central: 500, provincial: 200, municipal: 100, county: 54 },
  goals: ['annual'],
  periods: ['全年'],
  counts: { output: 4, effect: 2, satisfaction: 1 },
  rows: [
    ['output', 'cost', '管网改造单位成本', '≤42.7万元/公里'],
    ['effect', 'sustainable', '农村自来水普及率', '≥98%'],
  ],
});

export const FUNDS: FixtureExpect[] = [
  {
    file: 'families/funds-halfyear-department.xlsx',
    note: '部门整体: 支出 | 半年 | 全年 headings without 计划执行数/预算数; project lines under 项目支出',
    forms: [halfYear(250)],
    unplaced: 0,
  },
  {
    file: 'families/funds-halfyear-department-sum-defect.xlsx',
    note: 'copy with 耕地保护补偿 全年 260: the lines make 410 against 项目支出 400',
    forms: [halfYear(260)],
    errors: ['total.sum@9'],
  },
  {
    file: 'families/funds-header-band-project.xlsx',
    note: 'header band of ordinary pairs, codes, dates, a phone; 资金总额 with its breakdown in one cell',
    forms: [headerBand(854)],
    unplaced: 0,
  },
  {
    file: 'families/funds-header-band-project-sum-defect.xlsx',
    note: 'copy with 资金总额：754万元 while its parts make 854',
    forms: [headerBand(754)],
    errors: ['total.sum@8'],
  },
];
