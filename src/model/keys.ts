/**
 * Canonical keys the recognizer puts on labels, funds items and periods. Rules and templates match on
 * these, never on the label text (labels vary by region: 产出 / 产出指标 / 项目完成指标 …).
 */

export const LEVEL1_KEYS = ['decision', 'process', 'output', 'effect', 'satisfaction', 'duty', 'cost'] as const;
export type Level1Key = (typeof LEVEL1_KEYS)[number];

export const LEVEL2_KEYS = [
  // 产出
  'quantity',
  'quality',
  'timeliness',
  'cost',
  // 效益
  'economic',
  'social',
  'ecological',
  'sustainable',
  // 满意度
  'satisfaction',
  // 成本 as 一级 (财预〔2021〕101号)
  'economicCost',
  'socialCost',
  'ecologicalCost',
  // 决策 (project set)
  'projectSetup',
  'performanceTarget',
  'fundInput',
  // 决策 (department set)
  'planning',
  'targetSetting',
  'budgeting',
  // 过程 (project set)
  'fundManagement',
  'implementation',
  // 过程 (department set)
  'budgetExecution',
  'budgetManagement',
  'assetManagement',
  'projectManagement',
  'personnelManagement',
  'institutionBuilding',
  // 履职 (department evaluation templates: 履职效能 → 职责履行 / 履职效益)
  'dutyPerformance',
  'dutyEffect',
] as const;
export type Level2Key = (typeof LEVEL2_KEYS)[number];

/** Funds block keys; `parent` of a FundsItem is one of these. */
export const FUNDS_KEYS = [
  'total', // 资金总额 / 年度资金总额 / 中期资金总额 / 项目总预算 / 预算数
  'fiscalSubtotal', // 财政拨款(小计)
  'general', // 一般公共预算(资金)
  'govFund', // 政府性基金(预算资金)
  'specialAccount', // 财政专户管理资金
  'stateCapital', // 国有资本经营预算资金 / 国有资本金
  'socialInsurance', // 社会保险基金预算资金 / 社保基金
  'carryOver', // 上年结转资金
  'selfFunds', // 自有资金(小计)
  'other', // 其他资金 / 其他收入
  'fiscal', // 财政资金 (预算数 = 财政资金 + 其他资金)
  'central', // 中央资金 (funds by government level, e.g. 重庆)
  'provincial', // 省级资金
  'municipal', // 市级资金
  'county', // 县级/区级资金
  'businessIncome', // 事业收入 (under 自有资金)
  'operatingIncome', // 经营性收入 (under 自有资金)
  'costItem', // one line of a 成本构成 table (parts of 合计)
  'basic', // 基本支出
  'project', // 项目支出
  'projectLine', // one project under 项目支出 (department forms) or the 支出 line of a project form
  'unknown',
] as const;
export type FundsKey = (typeof FUNDS_KEYS)[number];

/** Period names used as keys of IndicatorNode.values and FundsItem.amounts. A single value column is 全年. */
export const PERIODS = ['半年', '全年', '中期', '年度'] as const;
