import { z } from 'zod';

/**
 * Canonical keys the recognizer puts on labels, funds items and periods. Rules and templates match on
 * these, never on the label text (labels vary by region: 产出 / 产出指标 / 项目完成指标 …).
 */

export const LEVEL1_KEYS = ['decision', 'process', 'output', 'effect', 'satisfaction', 'duty', 'cost'] as const;
export const Level1KeySchema = z.enum(LEVEL1_KEYS);
export type Level1Key = z.infer<typeof Level1KeySchema>;

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
export const Level2KeySchema = z.enum(LEVEL2_KEYS);
export type Level2Key = z.infer<typeof Level2KeySchema>;

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
  'local', // 地方资金 / 地方配套资金 (transfer payments: 中央补助 + 地方资金)
  'businessIncome', // 事业收入 (under 自有资金)
  'operatingIncome', // 经营性收入 (under 自有资金)
  'costItem', // one line of a 成本构成 table (parts of 合计)
  'basic', // 基本支出
  'project', // 项目支出
  'projectLine', // one project under 项目支出 (department forms) or the 支出 line of a project form
  'unknown',
] as const;
export const FundsKeySchema = z.enum(FUNDS_KEYS);
export type FundsKey = z.infer<typeof FundsKeySchema>;

/** Period names used as keys of IndicatorNode.values and FundsItem.amounts. A single value column is 全年. */
export const PERIODS = ['半年', '全年', '中期', '年度'] as const;
export const PeriodSchema = z.enum(PERIODS);
/** A standard period; value columns with other headings are keyed by their heading text. */
export type Period = z.infer<typeof PeriodSchema>;

/** Header field keys (src/layout/dictionary.ts maps the labels of each region's forms onto these). */
export const HEADER_KEYS = [
  'projectName',
  'unitName',
  'amountUnit',
  'department',
  'projectType',
  'projectLevel',
  'startTime',
  'endTime',
  'projectPeriod',
  'implementer',
  'manager',
  'phone',
  'functions',
  'organization',
  'necessity',
  'feasibility',
  'content',
  'plan',
  'basis',
  'code',
  'parentProject',
  'subject',
  'projectScope',
  'importance',
  'fundClass',
  'lastEvaluation',
  'section',
  'executionRate',
  'score',
  'evaluation', // 年度总体目标完成情况 (an evaluation column next to the goals)
  'review', // 审核意见
  'fundUsage', // 资金用途 written beside the funds block
  'centralDepartment', // 中央主管部门 (transfer-payment forms)
  'region', // 区域名称 / 地区名称 (transfer-payment 区域 forms)
  // any other label–value pair of the header band (申报日期, 预算编码, 所属上级项目 …): the label cell keeps
  // the label's text; rules that compare fields by meaning (项目名称, 主管部门) never look at these
  'other',
] as const;
export const HeaderKeySchema = z.enum(HEADER_KEYS);
export type HeaderKey = z.infer<typeof HeaderKeySchema>;
