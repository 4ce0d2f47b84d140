/**
 * What an indicator's name says about the value it needs. Names vary by region, so these are word
 * patterns, kept conservative: a pattern that fires on a correct form is worse than one that misses.
 */
import type { IndicatorNode } from '../model/form';

/** The name as compared: no whitespace or line breaks, half-width brackets, quotes dropped. */
const NAME_NEEDS_WORK = /[\s\u00a0\u3000\u200b（）“”"‘’'「」]/;

export function normName(text: string | null | undefined): string {
  if (!text) return '';
  if (!NAME_NEEDS_WORK.test(text)) return text;
  return text
    .replace(/[\s\u00a0\u3000\u200b]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[“”"‘’'「」]/g, '');
}

/** The indicator's name: its 三级 cell, or for two-level tables the 二级 label. */
export function indicatorName(node: IndicatorNode): string {
  return normName(node.level3?.text ?? '');
}

// The patterns below are module constants, not literals in the functions: a regex literal is a new object
// each time it is evaluated, and some ten rules ask these questions of every value cell.
const NOTE = /\([^()]*\)/g;
const EFFICIENCY = /效率$/;
const RATE = /率$/;
const SATISFACTION_RATE = /满意度$/;
const RATE_IN_PERCENT = /率[(（]?%[)）]?$/;
const SATISFACTION = /满意(度|率)/;
const UNBOUNDED_RATE =
  /收入|收益|税|征收|增长|增幅|增速|变动|变化|控制|执行|利用|超|节约|节省|提高|提升|降低|下降|减少|偏差|误差|比率$/;
const PER_UNIT =
  /单价|人均|月租金|月均|日均|单笔|单次|单位成本|标准$|标准\(|每(人|户|次|笔|月|天|年|平方米|亩|台|套|件|个)/;
const COST = /成本|费用?|租金|经费|单价|价格|造价|支出|薪酬|补贴标准/;
const SAVING = /节约|节省|降低|减少|压减|下降/;

/** A name with bracketed notes dropped: 物业服务面积(含各管理部) → 物业服务面积. */
function core(name: string): string {
  if (!name.includes('(')) return name;
  return name.replace(NOTE, '');
}

/** A rate or a ratio measured in % (…率, 满意度): needs a number and a %. 效率 is a quality, not a rate. */
export function isRateName(name: string): boolean {
  const n = core(name);
  if (EFFICIENCY.test(n)) return false;
  return RATE.test(n) || SATISFACTION_RATE.test(n) || RATE_IN_PERCENT.test(name);
}

/** Satisfaction rates, always lower bounds in %. */
export function isSatisfactionName(name: string): boolean {
  return SATISFACTION.test(name);
}

/**
 * Rates that cannot pass 100% (a share of a whole): ≥100% is really =100% and ≤100% says nothing.
 * Excluded: revenue and plan completion (can overshoot), growth/change, control and execution rates.
 */
export function isBoundedRate(name: string): boolean {
  const n = core(name);
  if (!isRateName(n)) return false;
  return !UNBOUNDED_RATE.test(n);
}

/** Per-unit amounts (单价, 人均, 月租金, 标准, 单笔 …): the same target in every period. */
export function isPerUnitName(name: string): boolean {
  return PER_UNIT.test(core(name));
}

/** Words that make an indicator an amount of money spent (a cost): upper bound expected. */
export function isCostName(name: string): boolean {
  return COST.test(core(name));
}

/** Cost words that are in fact savings or reductions, where ≥ is right. */
export function isSavingName(name: string): boolean {
  return SAVING.test(name);
}

/** Names asking for a date or a time span: where a number in the date-serial range is a leaked date. */
const DATE_NAME = /时间|日期|时点|时限|期限|节点|截止|年月|月份|进度|工期|周期/;

export function isDateName(name: string): boolean {
  return DATE_NAME.test(name);
}
