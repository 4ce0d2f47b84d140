/** Vocabulary look-ups on normalised labels. */
import type { ColumnRole } from '../model/form';
import type { FundsKey, HeaderKey, Level1Key, Level2Key } from '../model/keys';
import {
  COLUMN_HEADERS,
  COLUMN_PARTS,
  FUNDS_BLOCK_LABELS,
  FUNDS_LABELS,
  GOAL_LABELS,
  HEADER_LABELS,
  LEVEL1_LABELS,
  LEVEL2_LABELS,
  PERIOD_WORDS,
  REVIEW_WORDS,
  TABLE_OUTER_LABELS,
  TASK_AMOUNT_HEADINGS,
  TASK_AMOUNT_WORDS,
  TITLE_PATTERN,
} from './vocabulary';
import { levelStem, normalizeLabel } from './normalize';

/**
 * A dictionary entry for a cell text, own entries only: a cell reading `constructor`, `valueOf` or
 * `__proto__` must not find Object.prototype's members in the plain-object dictionaries.
 */
function lookup<V>(dict: Record<string, V>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : undefined;
}

export function level1Key(text: string): Level1Key | null {
  const stem = levelStem(text);
  return lookup(LEVEL1_LABELS, stem) ?? null;
}

export function level2Key(text: string): Level2Key | null {
  const stem = levelStem(text);
  const direct = lookup(LEVEL2_LABELS, stem);
  if (direct) return direct;
  // 时效指标(工期指标、形象进度指标) loses its note; 数量指标(或建筑规模指标) too. Longer free forms:
  if (/^可持续/.test(stem) && /影响|发展/.test(stem)) return 'sustainable';
  if (/满意度$/.test(stem) && stem.length <= 14 && /对象|群众|公众|受益|服务/.test(stem)) return 'satisfaction';
  return null;
}

/**
 * 一级 and 二级 typed in one cell, as merged-away exports and some regions write them: `产出指标-数量指标`,
 * `产出指标/数量指标`, `1.产出指标—数量指标`. Null unless the left part is an 一级 word and the right an 二级.
 */
export function levelPair(text: string): { level1: Level1Key; level2: Level2Key; text1: string; text2: string } | null {
  const m = /^([^-—–－/／\\>＞]{2,12}?)\s*(?:[-—–－/／\\>＞]+)\s*([^-—–－/／\\>＞]{2,16})$/.exec(text.trim());
  if (!m) return null;
  const k1 = level1Key(m[1]);
  const k2 = k1 === null ? null : level2Key(m[2]);
  if (k1 === null || k2 === null) return null;
  return { level1: k1, level2: k2, text1: m[1].trim(), text2: m[2].trim() };
}

/** A column's role from its heading: an exact name, else a name part (半年指标值, 指标值确定依据及数据来源). */
export function columnRole(label: string): ColumnRole | null {
  const direct = lookup(COLUMN_HEADERS, label);
  if (direct) return direct;
  if (label.length > 16) return null;
  for (const p of COLUMN_PARTS) if (p.at === 'end' ? label.endsWith(p.part) : label.includes(p.part)) return p.role;
  return null;
}

export function isOuterTableLabel(label: string): boolean {
  return TABLE_OUTER_LABELS.includes(label) || /^年度绩效目标$/.test(label);
}

export function periodOf(text: string): string | null {
  const t = normalizeLabel(text);
  for (const { word, period } of PERIOD_WORDS) if (t.includes(word)) return period;
  return null;
}

export function headerKey(label: string): HeaderKey | null {
  const direct = lookup(HEADER_LABELS, label);
  if (direct) return direct;
  // an evaluation column printed next to the goals (年度总体目标完成情况), usually left empty
  if (label.length <= 16 && /完成情况$/.test(label)) return 'evaluation';
  return null;
}

/** A header label written together with its value in one cell (`单位名称 盐城市…`, `项目名称:宣传费`). */
export function headerPrefix(rawText: string): { key: HeaderKey; rest: string } | null {
  const m = /^\s*([^\s:：]{2,12})\s*[:：]?\s*(\S[\s\S]*)$/.exec(rawText);
  if (!m) return null;
  const key = lookup(HEADER_LABELS, normalizeLabel(m[1]));
  if (!key || !/[:：\s]/.test(rawText.slice(m[1].length, m[1].length + 2))) return null;
  // 单位：万元 is the amount unit; 单位 followed by anything else is not a label we know
  if (key === 'amountUnit' && !/^(万?元|亿元)$/.test(m[2].trim())) return null;
  return { key, rest: m[2].trim() };
}

export function isReview(label: string): boolean {
  return REVIEW_WORDS.some(({ word, at }) =>
    at === 'start'
      ? label.startsWith(word)
      : at === 'end'
        ? label.endsWith(word)
        : at === 'exact'
          ? label === word
          : label.includes(word),
  );
}

const GOAL_PREFIXES = Object.entries(GOAL_LABELS).filter(([k]) => k.length >= 4);

export function goalKey(label: string): 'longTerm' | 'annual' | 'overall' | null {
  // 完成情况 columns and 目标值 headings (全年目标值 over values) are not goals
  if (/完成情况$|目标值/.test(label)) return null;
  const direct = lookup(GOAL_LABELS, label);
  if (direct) return direct;
  if (/^目标\d{1,2}$/.test(label)) return 'annual';
  if (label.length < 4 || label.length > 30) return null;
  for (const [k, v] of GOAL_PREFIXES) if (label.startsWith(k) && label.length <= k.length + 16) return v;
  return null;
}

export function fundsKey(label: string): FundsKey | null {
  const t = label
    .replace(/^其中[:：]?/, '')
    .replace(/^(\d{1,2}|[一二三四五六七八九十])[、.．]/, '')
    .replace(/[(（]万元[)）]$/, '');
  const direct = lookup(FUNDS_LABELS, t);
  if (direct) return direct;
  if (/资金总额$/.test(t)) return 'total';
  if (/^中期.*预算/.test(t) || /^本年度.*预算/.test(t)) return 'total';
  if (/^财政拨款/.test(t) && t.length <= 8) return 'fiscalSubtotal';
  return null;
}

export function isFundsBlockLabel(label: string): boolean {
  return FUNDS_BLOCK_LABELS.some(
    (l) =>
      label === l ||
      (label.startsWith(l) &&
        label.length <= l.length + 6 &&
        !fundsKey(label) &&
        !goalKey(label) &&
        // 部门预算编码, 项目预算名称: a field naming the budget, not its amounts
        !/(编码|代码|编号|名称)$/.test(label)),
  );
}

/**
 * The funds key of a column heading over one amount per row (a project's column in a table of several
 * projects): a funds label, else a funds block label or an amount heading (项目资金, 预算资金, 预算金额,
 * 金额), which name the project's whole amount.
 */
export function amountColumnKey(label: string): FundsKey | null {
  const key = fundsKey(label);
  if (key !== null) return key;
  // 资金（万元） / 经费: the word alone over a column of amounts is the project's amount too
  return isFundsBlockLabel(label) || TASK_AMOUNT_HEADINGS.includes(label) || TASK_AMOUNT_WORDS.includes(label)
    ? 'total'
    : null;
}

/** Takes the cell's text or its normalised label (normalisation is idempotent). */
export function isTitle(text: string): boolean {
  const t = normalizeLabel(text);
  if (t.length < 5 || t.length > 80) return false;
  if (lookup(GOAL_LABELS, t)) return false;
  return TITLE_PATTERN.test(t);
}

/** `(2022年度)`, `2022年度`, `( 2019 年度)`; also a year inside a title (2023年项目支出绩效目标表). */
export function yearIn(text: string): number | null {
  // a 中期 form's span (2025-2027年, 2025—2027年度) is filed in its first year: that is the 年度 column's year
  const span = /((?:19|20)\d{2})\s*[-—–~～至到]+\s*(?:19|20)\d{2}\s*年/.exec(text);
  if (span) return Number(span[1]);
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

export function isYearLine(text: string): boolean {
  return /^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$/.test(text.trim());
}
