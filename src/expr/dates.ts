/** Dates and periods: 2023年12月底前, 2023.07-2024.01, 6月底前, 全年, 长期, and leaked Excel serials. */

/** Whole-cell period words: a time target without a calendar date. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  '全年',
  '全年度',
  '年度',
  '本年度',
  '当年',
  '本年',
  '年内',
  '年底',
  '年底前',
  '年末',
  '年末前',
  '年度内',
  '上半年',
  '下半年',
  '长期',
  '常年',
  '中长期',
  '项目期内',
  '项目周期',
  '实施期内',
  '预算年度内',
  '一年',
  '每年',
  '每月',
  '每季度',
  '按月',
  '按季度',
  '按季',
  '按年',
  '全年持续',
]);

/** Words that may open a date without being text around it: 截至2023年12月. */
export const DATE_LEADS: readonly string[] = [
  '截至',
  '截止到',
  '截止',
  '于',
  '在',
  '至',
  '到',
  '预计',
  '计划',
  '每月',
  '当年',
  '本年',
  '今年',
  '次年',
  '明年',
  '翌年',
];

/** Leads that name the year of a month date (次年3月底前): kept in the normalized text. */
export const YEAR_LEADS: ReadonlySet<string> = new Set(['当年', '本年', '今年', '次年', '明年', '翌年']);

/** A lead that makes a bare day a date: 每月10日前 (a monthly deadline). */
export const MONTHLY_LEAD = '每月';

const QUARTER = /^(?:第?([一二三四1-4])季度|([上下])半年)/;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/**
 * The last month of a quarter or half-year written after a year or alone (第四季度, 四季度末, 第一季度前完成,
 * 2025年上半年): 12, 3, 6 … or null when `text` is not one with a deadline suffix.
 */
export function quarterMonth(text: string): number | null {
  const m = QUARTER.exec(text);
  if (!m || !isDateSuffix(text.slice(m[0].length))) return null;
  // 上半年 ends in June, 下半年 in December
  if (m[2] !== undefined) return m[2] === '上' ? 6 : 12;
  return (QUARTER_NUMBER[m[1]] ?? 0) * 3 || null;
}

/** What may follow 年/月/日 in a deadline: 底前, 末, 底到位 … (after the completion verb is removed). */
const DATE_SUFFIXES = new Set([
  '',
  '底',
  '末',
  '底前',
  '末前',
  '前',
  '以前',
  '之前',
  '内',
  '以内',
  '之内',
  '份',
  '份前',
  '底以前',
  '初',
  '中',
  '上旬',
  '中旬',
  '下旬',
  '上旬前',
  '中旬前',
  '下旬前',
  '度',
  '度内',
  '底之前',
  '止',
  '为止',
  '起',
  '开始',
]);

const COMPLETION_VERBS: readonly string[] = [
  '全部完成',
  '前完成',
  '完成',
  '到位',
  '完工',
  '竣工',
  '实施',
  '开工',
  '结束',
  '验收',
  '投入使用',
  '支付',
  '办结',
];

/** True when `rest` (what follows 年/月/日) is a deadline suffix such as 底前 or 底到位. */
export function isDateSuffix(rest: string): boolean {
  // 底前完成验收: strip completion verbs from the end, then the deadline word must remain
  let r = rest;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const v of COMPLETION_VERBS) {
      if (r.length > 0 && r.endsWith(v)) {
        r = r.slice(0, -v.length);
        stripped = true;
        break;
      }
    }
  }
  return DATE_SUFFIXES.has(r);
}

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1990 && n <= 2100;
}

export function isMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

export function isDay(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 31;
}

/** Excel serials of 1982–2064: what a date cell shows when read as a number. */
export const EXCEL_SERIAL_MIN = 30000;
export const EXCEL_SERIAL_MAX = 60000;

/** The calendar date of an Excel (1900 system) serial. Serials above 60 skip the fictitious 1900-02-29. */
export function excelSerialDate(serial: number): { year: number; month: number; day: number } {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
