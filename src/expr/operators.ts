/** Comparison operators as written on sheets, and the words that stand in for them. */
import type { Operator } from '../model/expr';

/** How an operator was written: only `standard` needs no diagnostic. */
export type OperatorForm = 'standard' | 'fullwidth' | 'ascii' | 'variant' | 'latex';

export interface OperatorSpelling {
  text: string;
  op: Operator;
  form: OperatorForm;
}

/** Longest spellings first so the tokenizer can take the first match. */
export const OPERATOR_SPELLINGS: readonly OperatorSpelling[] = [
  { text: '>=', op: '>=', form: 'ascii' },
  { text: '=>', op: '>=', form: 'ascii' },
  { text: '<=', op: '<=', form: 'ascii' },
  { text: '=<', op: '<=', form: 'ascii' },
  { text: '≥=', op: '>=', form: 'variant' },
  { text: '≤=', op: '<=', form: 'variant' },
  { text: '＞＝', op: '>=', form: 'fullwidth' },
  { text: '＜＝', op: '<=', form: 'fullwidth' },
  { text: '≥', op: '>=', form: 'standard' },
  { text: '≤', op: '<=', form: 'standard' },
  { text: '=', op: '=', form: 'standard' },
  { text: '>', op: '>', form: 'standard' },
  { text: '<', op: '<', form: 'standard' },
  { text: '＝', op: '=', form: 'fullwidth' },
  { text: '＞', op: '>', form: 'fullwidth' },
  { text: '＜', op: '<', form: 'fullwidth' },
  { text: '≧', op: '>=', form: 'variant' },
  { text: '≦', op: '<=', form: 'variant' },
  { text: '⩾', op: '>=', form: 'variant' },
  { text: '⩽', op: '<=', form: 'variant' },
];

export function matchOperator(text: string, at: number): OperatorSpelling | null {
  for (const s of OPERATOR_SPELLINGS) if (text.startsWith(s.text, at)) return s;
  return null;
}

/** The symbol written in `normalized` text. */
export function operatorSymbol(op: Operator | null): string {
  switch (op) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case null:
      return '';
    default:
      return op;
  }
}

export function isUpward(op: Operator): boolean {
  return op === '>=' || op === '>';
}

export function isDownward(op: Operator): boolean {
  return op === '<=' || op === '<';
}

/**
 * A word standing in for an operator. `op` null: an approximation with no certain operator (左右, 约).
 * Bounds follow 民法典 第1259条: 以上/以下/以内 include the number, 超过/不满 do not.
 */
export interface ApproxWord {
  word: string;
  op: Operator | null;
}

/** Written before the number: 不低于90%. Longest first. */
export const APPROX_PREFIXES: readonly ApproxWord[] = [
  { word: '大于或等于', op: '>=' },
  { word: '小于或等于', op: '<=' },
  { word: '大于等于', op: '>=' },
  { word: '小于等于', op: '<=' },
  { word: '不低于', op: '>=' },
  { word: '不少于', op: '>=' },
  { word: '不小于', op: '>=' },
  { word: '不超过', op: '<=' },
  { word: '不超出', op: '<=' },
  { word: '不高于', op: '<=' },
  { word: '不大于', op: '<=' },
  { word: '不多于', op: '<=' },
  { word: '控制在', op: '<=' },
  { word: '大于', op: '>' },
  { word: '多于', op: '>' },
  { word: '高于', op: '>' },
  { word: '超过', op: '>' },
  { word: '小于', op: '<' },
  { word: '少于', op: '<' },
  { word: '低于', op: '<' },
  { word: '不足', op: '<' },
  { word: '达到', op: '>=' },
  { word: '至少', op: '>=' },
  { word: '最少', op: '>=' },
  { word: '最多', op: '<=' },
  { word: '最高', op: '<=' },
  { word: '等于', op: '=' },
  { word: '大约', op: null },
  { word: '约为', op: null },
  { word: '约', op: null },
  { word: '接近', op: null },
  { word: '近', op: null },
];

/** Written after the number and unit: 90%以上. Longest first. */
export const APPROX_SUFFIXES: readonly ApproxWord[] = [
  { word: '及以上', op: '>=' },
  { word: '及以下', op: '<=' },
  { word: '以上', op: '>=' },
  { word: '以下', op: '<=' },
  { word: '以内', op: '<=' },
  { word: '之内', op: '<=' },
  { word: '之上', op: '>=' },
  { word: '之下', op: '<=' },
  { word: '左右', op: null },
  { word: '上下', op: null },
  { word: '内', op: '<=' },
];

/** The approximation word ending `text` (误差不超过 → 不超过), if any. */
export function approxPrefixAtEnd(text: string): ApproxWord | null {
  for (const a of APPROX_PREFIXES) if (text.endsWith(a.word)) return a;
  return null;
}

/** The approximation word starting `text` (以上 in 以上), if any. */
export function approxSuffixAtStart(text: string): ApproxWord | null {
  for (const a of APPROX_SUFFIXES) if (text.startsWith(a.word)) return a;
  return null;
}

/** The approximation word ending `text` (个以上 → 以上). */
export function approxSuffixAtEnd(text: string): ApproxWord | null {
  for (const a of APPROX_SUFFIXES) if (text.endsWith(a.word)) return a;
  return null;
}
