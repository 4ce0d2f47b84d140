/**
 * Tokenizer: one pass over the cell text. Numbers, operators and symbols become their own tokens; runs of
 * CJK/Latin letters become `text` tokens that the parser reads with its word lists (units, approximations).
 * A Chinese numeral inside a run becomes a `num` token only when a counter follows (二天, 三个), so 一般 and
 * 进一步 stay words.
 */
import type { Operator } from '../model/expr';
import { APPROX_SUFFIXES, approxPrefixAtEnd, matchOperator, type OperatorForm } from './operators';
import { chineseNumeralValue, isChineseNumeralChar } from './numbers';
import { counterAtStart } from './units';

export type Token =
  | { type: 'op'; text: string; op: Operator; form: OperatorForm }
  /** `digits`: ASCII digits with '.' and optional leading '-', separators removed (1,000 → 1000). */
  | {
      type: 'num';
      text: string;
      digits: string;
      value: number;
      thousands: boolean;
      fullwidth: boolean;
      chinese: boolean;
    }
  /** Two or more dots: 2020.12.31. */
  | { type: 'dotted'; text: string; parts: number[] }
  | { type: 'percent'; text: string; unit: '%' | '‰'; fullwidth: boolean }
  | { type: 'dash'; text: string }
  | { type: 'plusminus'; text: string }
  | { type: 'slash'; text: string }
  | { type: 'times'; text: string }
  | { type: 'star'; text: string }
  | { type: 'text'; text: string }
  | { type: 'space'; text: string }
  | { type: 'punct'; text: string };

export type TokenType = Token['type'];

const FULLWIDTH_DIGIT_BASE = 0xff10;

function asciiDigit(ch: string): string | null {
  if (ch >= '0' && ch <= '9') return ch;
  const code = ch.charCodeAt(0);
  if (code >= FULLWIDTH_DIGIT_BASE && code <= FULLWIDTH_DIGIT_BASE + 9) {
    return String.fromCharCode(code - FULLWIDTH_DIGIT_BASE + 48);
  }
  return null;
}

function isFullwidthDigit(ch: string): boolean {
  return asciiDigit(ch) !== null && !(ch >= '0' && ch <= '9');
}

const DASHES = new Set(['-', '–', '—', '―', '~', '～', '〜', '－', '‐', '﹣']);
const SLASHES = new Set(['/', '／', '÷']);
const TIMES = new Set(['×', '·', '•', '∙']);
const STARS = new Set(['*', '＊', '✱']);
const SPACES = /\s/;
/** Letters of words and units: CJK ideographs, Latin letters, superscript digits, ㎡-style unit symbols. */
const LETTER = /[\u3400-\u9fff\uf900-\ufaffA-Za-z\uff21-\uff3a\uff41-\uff5a²³㎡㎥㎞㎏℃°Ωμ]/;

function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

function isLatin(ch: string): boolean {
  return /[A-Za-z]/.test(ch);
}

/** Latin letters and what sticks to them in units (m², m2, ｋｍ). */
function isLatinSide(ch: string): boolean {
  return /[A-Za-z\uff21-\uff3a\uff41-\uff5a²³0-9]/.test(ch);
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input.charAt(i);

    const op = matchOperator(input, i);
    if (op) {
      tokens.push({ type: 'op', text: op.text, op: op.op, form: op.form });
      i += op.text.length;
      continue;
    }

    if (asciiDigit(ch) !== null) {
      i = readNumber(input, i, tokens);
      continue;
    }

    if (ch === '%' || ch === '％' || ch === '‰') {
      tokens.push({ type: 'percent', text: ch, unit: ch === '‰' ? '‰' : '%', fullwidth: ch === '％' });
      i++;
      continue;
    }
    if (ch === '±' || (ch === '+' && input.startsWith('+/-', i))) {
      const text = ch === '±' ? ch : '+/-';
      tokens.push({ type: 'plusminus', text });
      i += text.length;
      continue;
    }
    if (DASHES.has(ch)) {
      // '——' and '~~' are one separator
      let j = i + 1;
      while (j < n && DASHES.has(input.charAt(j))) j++;
      tokens.push({ type: 'dash', text: input.slice(i, j) });
      i = j;
      continue;
    }
    if (SLASHES.has(ch)) {
      tokens.push({ type: 'slash', text: ch });
      i++;
      continue;
    }
    if (STARS.has(ch)) {
      let j = i + 1;
      while (j < n && STARS.has(input.charAt(j))) j++;
      tokens.push({ type: 'star', text: input.slice(i, j) });
      i = j;
      continue;
    }
    if (TIMES.has(ch)) {
      tokens.push({ type: 'times', text: ch });
      i++;
      continue;
    }
    if (SPACES.test(ch)) {
      let j = i + 1;
      while (j < n && SPACES.test(input.charAt(j))) j++;
      tokens.push({ type: 'space', text: input.slice(i, j) });
      i = j;
      continue;
    }
    if (isLetter(ch)) {
      i = readText(input, i, tokens);
      continue;
    }
    tokens.push({ type: 'punct', text: ch });
    i++;
  }
  return tokens;
}

/** Digits, thousands groups (1,000), one decimal point; a second point makes a dotted date (2020.12.31). */
function readNumber(input: string, start: number, tokens: Token[]): number {
  let i = start;
  let digits = '';
  let thousands = false;
  let fullwidth = false;
  const n = input.length;
  const takeDigits = (): void => {
    while (i < n) {
      const d = asciiDigit(input.charAt(i));
      if (d === null) break;
      if (isFullwidthDigit(input.charAt(i))) fullwidth = true;
      digits += d;
      i++;
    }
  };
  takeDigits();
  // thousands separators: ',' then exactly three digits, only after a 1–3 digit head
  while (input.charAt(i) === ',' && digits.length > 0 && !digits.includes('.')) {
    const group = input.slice(i + 1, i + 4);
    const after = input.charAt(i + 4);
    if (group.length === 3 && [...group].every((c) => c >= '0' && c <= '9') && !(after >= '0' && after <= '9')) {
      const headOk = thousands || digits.length <= 3;
      if (!headOk) break;
      digits += group;
      thousands = true;
      i += 4;
    } else {
      break;
    }
  }
  const isPoint = (c: string): boolean => c === '.' || c === '．';
  const parts: string[] = [digits];
  while (isPoint(input.charAt(i)) && asciiDigit(input.charAt(i + 1)) !== null) {
    i++;
    const before = digits;
    takeDigits();
    parts.push(digits.slice(before.length));
  }
  const text = input.slice(start, i);
  if (parts.length > 2) {
    tokens.push({ type: 'dotted', text, parts: parts.map(Number) });
    return i;
  }
  const plain = parts.length === 2 ? `${parts[0]}.${parts[1]}` : (parts[0] ?? '');
  tokens.push({ type: 'num', text, digits: plain, value: Number(plain), thousands, fullwidth, chinese: false });
  return i;
}

/**
 * A run of letters, split where Latin turns into CJK or back (XX人 → XX + 人, so a placeholder or a Latin
 * unit stands alone). Digits and ²/³ right after Latin letters stay with them (m2, m²).
 */
function readText(input: string, start: number, tokens: Token[]): number {
  let i = start;
  let runStart = start;
  const n = input.length;
  const flush = (end: number): void => {
    if (end > runStart) tokens.push({ type: 'text', text: input.slice(runStart, end) });
  };
  while (i < n) {
    const ch = input.charAt(i);
    if (i > runStart && isLetter(ch) && isLatinSide(ch) !== isLatinSide(input.charAt(i - 1))) {
      flush(i);
      runStart = i;
    }
    if (isLetter(ch)) {
      // 百分之九十 → 90 %
      if (input.startsWith('百分之', i)) {
        const num = chineseRunAt(input, i + 3);
        if (num) {
          flush(i);
          tokens.push(chineseNum(num.text, num.value));
          tokens.push({ type: 'percent', text: '百分之', unit: '%', fullwidth: false });
          i = i + 3 + num.text.length;
          runStart = i;
          continue;
        }
      }
      // a count starts the run or follows 不超过-style words: 二天, 误差不超过二天 (not 两个一百年)
      if (isChineseNumeralChar(ch) && (i === runStart || approxPrefixAtEnd(input.slice(runStart, i)) !== null)) {
        let j = i;
        while (j < n && isChineseNumeralChar(input.charAt(j))) j++;
        const num = chineseRunAt(input, i);
        if (num && isCountTail(cjkRunFrom(input, j))) {
          flush(i);
          tokens.push(chineseNum(num.text, num.value));
          i = j;
          runStart = i;
          continue;
        }
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (asciiDigit(ch) !== null && i > start && isLatin(input.charAt(i - 1))) {
      i++;
      continue;
    }
    break;
  }
  flush(i);
  return i;
}

/** The CJK letters from `at` to the end of the run (a counter and what follows it). */
function cjkRunFrom(input: string, at: number): string {
  let j = at;
  while (j < input.length && isLetter(input.charAt(j)) && !isLatinSide(input.charAt(j))) j++;
  return input.slice(at, j);
}

/**
 * After a Chinese numeral: (万|亿)? counter (以上|左右 …)? and nothing else — 二天, 三万人, 五个以上.
 * 一次性, 一般 and 两个一百年 stay words.
 */
function isCountTail(rest: string): boolean {
  let r = rest;
  if (r.startsWith('万') || r.startsWith('亿')) {
    r = r.slice(1);
    if (r === '') return true;
  }
  const counter = counterAtStart(r);
  if (counter === null) return false;
  const after = r.slice(counter.length);
  return after === '' || APPROX_SUFFIXES.some((a) => a.word === after);
}

function chineseRunAt(input: string, at: number): { text: string; value: number } | null {
  let j = at;
  while (j < input.length && isChineseNumeralChar(input.charAt(j))) j++;
  if (j === at) return null;
  const text = input.slice(at, j);
  const value = chineseNumeralValue(text);
  return value === null ? null : { text, value };
}

function chineseNum(text: string, value: number): Token {
  return { type: 'num', text, digits: String(value), value, thousands: false, fullwidth: false, chinese: true };
}
