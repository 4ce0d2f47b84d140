/**
 * The value grammar over tokens (spaces removed):
 *
 *   value    := lead? op* mid? core trail?
 *   lead     := text                      label (满意率) and/or an approximation word (不低于, 误差不超过)
 *   core     := date (sep date)?          2023年12月底前, 2023.07-2024.01, 2021年1月-12月
 *             | quantity (sep quantity)?  ≥95%, 80%-90%, ±3%以内, 9万人, 二天
 *   quantity := ('±' | '-')? (num | placeholder) unit?
 *   unit     := ('%' | '‰' | text) (('/' | '*') text)*   with 万/亿 split off and 以上/左右 … split from the end
 *   trail    := approximation word? text?
 *
 * The grammar only records what was written; parse.ts turns it into an Expr and diagnostics.
 */
import type { Operator } from '../model/expr';
import type { Token } from './tokens';
import {
  approxPrefixAtEnd,
  approxSuffixAtEnd,
  approxSuffixAtStart,
  type ApproxWord,
  type OperatorForm,
} from './operators';
import { MAGNITUDES, shiftDecimal } from './numbers';
import { keepsMagnitude, knownUnitAtStart } from './units';
import { DATE_LEADS, MONTHLY_LEAD, isDateSuffix, isDay, isMonth, isYear, quarterMonth } from './dates';

export interface OperatorSyntax {
  op: Operator;
  form: OperatorForm;
  text: string;
}

export interface QuantitySyntax {
  kind: 'quantity';
  /** Canonical number text with a kept magnitude character: 9万, 28.8, -5. Null when no number was written. */
  numText: string | null;
  /** Value with 万/亿 folded in (9万 → 90000). */
  number: number | null;
  /** The Chinese numeral as written (二), when the number was one. */
  chinese: string | null;
  /** Placeholder written instead of the number (**, XX). */
  placeholder: string | null;
  unit: string | null;
  plusMinus: boolean;
  fullwidth: boolean;
}

export interface DateSyntax {
  kind: 'date';
  text: string;
  year: number | null;
  month: number | null;
}

export interface RangeSyntax<T> {
  kind: 'range';
  low: T;
  high: T;
}

export type CoreSyntax = QuantitySyntax | DateSyntax | RangeSyntax<QuantitySyntax> | RangeSyntax<DateSyntax>;

/** An approximation word as written: before the value (不低于90%) or after it (90%以上). */
export interface WrittenWord extends ApproxWord {
  after: boolean;
}

export interface ValueSyntax {
  /** Text before the value that is neither an approximation word nor a date lead (满意率). */
  label: string;
  dateLead: string | null;
  /** Approximation words before and after the value (不低于 / 以上 / 左右). */
  words: WrittenWord[];
  ops: OperatorSyntax[];
  core: CoreSyntax | null;
  /** Text after the value and its unit that is not an approximation word. */
  trailing: string;
  /** More numbers after the value: a sentence or a list, not one target. */
  extraValues: boolean;
}

const PLACEHOLDER = /^[xXＸｘ×]+$/;
const RANGE_WORDS = new Set(['至', '到']);
/** Unknown units longer than this are text, not a unit (个村 is a unit; 个行政村完成改造 is not). */
const MAX_UNKNOWN_UNIT = 4;
const MAX_UNIT_TAIL = 3;

export function parseTokens(tokens: readonly Token[]): ValueSyntax {
  return new Grammar(tokens).value();
}

class Grammar {
  private p = 0;
  /** Approximation word / text found inside a unit or date token (个以上, 2023年完成), handed to the trail. */
  private pending: { word: ApproxWord | null; tail: string } | null = null;
  /** The value opened with 每月: a bare day (10日前) is a monthly deadline. */
  private monthly = false;
  /** The last date read ended in a range word (3月至): the next date is the range's other end. */
  private rangeJoined = false;
  constructor(private readonly t: readonly Token[]) {}

  private peek(k = 0): Token | undefined {
    return this.t[this.p + k];
  }

  value(): ValueSyntax {
    const syntax: ValueSyntax = {
      label: '',
      dateLead: null,
      words: [],
      ops: [],
      core: null,
      trailing: '',
      extraValues: false,
    };

    // lead: text up to the first operator/number
    let lead = '';
    for (let tok = this.peek(); tok && (tok.type === 'text' || tok.type === 'punct'); tok = this.peek()) {
      if (tok.type === 'text' && PLACEHOLDER.test(tok.text) && this.startsQuantityAfter(1)) break;
      lead += tok.text;
      this.p++;
    }
    const leadWord = approxPrefixAtEnd(lead);
    if (leadWord) {
      syntax.words.push({ ...leadWord, after: false });
      lead = lead.slice(0, lead.length - leadWord.word.length);
    }
    if (DATE_LEADS.includes(lead)) {
      syntax.dateLead = lead;
      this.monthly = lead === MONTHLY_LEAD;
      lead = '';
    }
    syntax.label = lead;

    for (let tok = this.peek(); tok && tok.type === 'op'; tok = this.peek()) {
      syntax.ops.push({ op: tok.op, form: tok.form, text: tok.text });
      this.p++;
    }

    // mid: an approximation word between operator and number (≥约90%), or a unit with no number (=篇)
    const mid = this.peek();
    if (mid && mid.type === 'text' && !PLACEHOLDER.test(mid.text) && syntax.ops.length > 0) {
      const word = approxPrefixAtEnd(mid.text);
      if (word && word.word === mid.text && this.startsQuantityAfter(1)) {
        syntax.words.push({ ...word, after: false });
        this.p++;
      }
    }

    syntax.core = this.core(syntax.ops.length > 0);
    this.trail(syntax);
    return syntax;
  }

  /** True when a number (or placeholder) starts `k` tokens ahead. */
  private startsQuantityAfter(k: number): boolean {
    const tok = this.peek(k);
    if (!tok) return false;
    if (tok.type === 'num' || tok.type === 'dotted' || tok.type === 'star' || tok.type === 'plusminus') return true;
    if (tok.type === 'text' && PLACEHOLDER.test(tok.text)) {
      const after = this.peek(k + 1);
      return after === undefined || after.type === 'percent' || after.type === 'text';
    }
    return tok.type === 'dash' && this.peek(k + 1)?.type === 'num';
  }

  private core(hasOp: boolean): CoreSyntax | null {
    const date = this.dateRange(hasOp);
    if (date) return date;
    const low = this.quantity(true);
    if (!low) return null;
    if (low.number === null && low.placeholder === null) return low;
    const sep = this.peek();
    const isSep = sep && (sep.type === 'dash' || (sep.type === 'text' && RANGE_WORDS.has(sep.text)));
    if (isSep && this.startsQuantityAfter(1) && !low.plusMinus) {
      const save = this.p;
      this.p++;
      const high = this.quantity(false);
      if (high && (high.number !== null || high.placeholder !== null)) {
        // 80-90%: the unit written once applies to both ends
        if (low.unit === null) low.unit = high.unit;
        return { kind: 'range', low, high };
      }
      this.p = save;
    }
    return low;
  }

  private quantity(first: boolean): QuantitySyntax | null {
    const q: QuantitySyntax = {
      kind: 'quantity',
      numText: null,
      number: null,
      chinese: null,
      placeholder: null,
      unit: null,
      plusMinus: false,
      fullwidth: false,
    };
    let tok = this.peek();
    if (first && tok?.type === 'plusminus') {
      q.plusMinus = true;
      this.p++;
      tok = this.peek();
    }
    let negative = false;
    if (tok?.type === 'dash' && this.peek(1)?.type === 'num') {
      negative = true;
      this.p++;
      tok = this.peek();
    }
    if (!tok) return first && q.plusMinus ? q : null;
    if (tok.type === 'num') {
      this.p++;
      q.fullwidth = tok.fullwidth;
      q.chinese = tok.chinese ? tok.text : null;
      const digits = negative ? `-${tok.digits}` : tok.digits;
      q.numText = digits;
      q.number = Number(digits);
    } else if (tok.type === 'star' || (tok.type === 'text' && PLACEHOLDER.test(tok.text))) {
      this.p++;
      q.placeholder = tok.text;
    } else if (tok.type === 'dotted') {
      // 1.2.3 is no number and no date we know
      return null;
    } else if (!first) {
      return null;
    }
    this.unit(q);
    return q;
  }

  /** Unit after the number, folding 万/亿 unless the unit is money (28.8万元 keeps 万元). */
  private unit(q: QuantitySyntax): void {
    let unit = '';
    let tail = '';
    let word: ApproxWord | null = null;
    const tok = this.peek();
    if (!tok) return;
    if (tok.type === 'percent') {
      unit = tok.unit;
      if (tok.fullwidth) q.fullwidth = true;
      this.p++;
    } else if (tok.type === 'punct' && q.numText !== null) {
      // ≤35.6（万元）: the unit in brackets, as a column heading writes it
      const inBrackets = this.bracketedUnit(0);
      if (inBrackets === null || inBrackets.text.includes('*')) return;
      unit = inBrackets.text;
      this.p += inBrackets.length;
    } else if (tok.type === 'text') {
      let text = tok.text;
      if (approxSuffixAtStart(text)) return; // 90以上: no unit, the trail reads the word
      const mag = text.charAt(0);
      const places = MAGNITUDES[mag];
      if (places !== undefined && q.numText !== null && !keepsMagnitude(text.slice(1))) {
        q.number = shiftDecimal(q.numText, places);
        q.numText += mag;
        text = text.slice(1);
      }
      this.p++;
      // 20万m³: the magnitude stood alone, a Latin unit follows as its own token
      const next = this.peek();
      if (text === '' && next?.type === 'text' && knownUnitAtStart(next.text) === next.text) {
        text = next.text;
        this.p++;
      }
      // 个以上 → 个 + 以上; 个行政村完成改造 → 个 + text after the value
      word = approxSuffixAtEnd(text);
      if (word) text = text.slice(0, text.length - word.word.length);
      const known = knownUnitAtStart(text);
      if (known && text.length - known.length > MAX_UNIT_TAIL) {
        tail = text.slice(known.length);
        text = known;
      } else if (!known && text.length > MAX_UNKNOWN_UNIT) {
        tail = text;
        text = '';
      }
      unit = text;
    } else {
      return;
    }
    // compound units: 元/人*天, 万元/年, 次/年 (only right after a clean first part)
    while (unit !== '' && word === null && tail === '') {
      const sep = this.peek();
      // 元/（人·天）: the per-part in brackets; 元/人.天: a full stop typed for ·
      const bracketed = sep?.type === 'slash' ? this.bracketedUnit(1) : null;
      if (bracketed !== null) {
        unit += `/${bracketed.text}`;
        this.p += 1 + bracketed.length;
        continue;
      }
      // 1次/2年: once every two years (a whole number before a time unit)
      const every = this.peek(1);
      const span = this.peek(2);
      if (
        sep?.type === 'slash' &&
        every?.type === 'num' &&
        !every.chinese &&
        /^[1-9]\d?$/.test(every.digits) &&
        span?.type === 'text' &&
        /^(年|个月|月|周|天|日|季度)$/.test(span.text)
      ) {
        unit += `/${every.digits}${span.text}`;
        this.p += 3;
        continue;
      }
      if (sep?.type === 'punct' && sep.text === '.' && this.isUnitPiece(1)) {
        unit += `*${this.peek(1)?.text ?? ''}`;
        this.p += 2;
        continue;
      }
      const next = this.peek(1);
      if (!sep || !next || (sep.type !== 'slash' && sep.type !== 'times' && sep.type !== 'star')) break;
      if (sep.type === 'star' && sep.text.length > 1) break;
      if (next.type !== 'text' && next.type !== 'percent') break;
      let piece = next.text;
      this.p += 2;
      word = approxSuffixAtEnd(piece);
      if (word) piece = piece.slice(0, piece.length - word.word.length);
      // 元/人给补助对象兑付补助: the unit is 元/人, the rest is text
      if (piece.length > MAX_UNKNOWN_UNIT) {
        const known = knownUnitAtStart(piece) ?? piece.charAt(0);
        tail = piece.slice(known.length);
        piece = known;
      }
      unit += (sep.type === 'slash' ? '/' : '*') + piece;
    }
    // 元/台（套）: another counting unit in brackets is the same unit named twice
    if (unit !== '' && unit !== '%' && unit !== '‰' && word === null && tail === '') {
      const alt = this.bracketedUnit(0);
      if (alt !== null && !alt.text.includes('*')) {
        unit += `(${alt.text})`;
        this.p += alt.length;
      }
    }
    q.unit = unit === '' ? null : unit;
    if (word || tail) this.pending = { word, tail };
  }

  /** A known unit (or units joined by ·) alone at `k` tokens ahead. */
  private isUnitPiece(k: number): boolean {
    const tok = this.peek(k);
    return (tok?.type === 'text' && knownUnitAtStart(tok.text) === tok.text) || tok?.type === 'percent';
  }

  /** Units in brackets `k` tokens ahead, （人·天） → 人*天, with the tokens they take; null when not that. */
  private bracketedUnit(k: number): { text: string; length: number } | null {
    const open = this.peek(k);
    if (open?.type !== 'punct' || (open.text !== '(' && open.text !== '（')) return null;
    const parts: string[] = [];
    for (let i = k + 1; ; i += 2) {
      if (!this.isUnitPiece(i)) return null;
      const piece = this.peek(i);
      parts.push(piece?.type === 'percent' ? piece.unit : (piece?.text ?? ''));
      const after = this.peek(i + 1);
      if (after?.type === 'punct' && (after.text === ')' || after.text === '）')) {
        return { text: parts.join('*'), length: i + 2 - k };
      }
      if (after?.type !== 'times' && !(after?.type === 'punct' && after.text === '.')) return null;
    }
  }

  private trail(syntax: ValueSyntax): void {
    let trailing = '';
    if (this.pending) {
      if (this.pending.word) syntax.words.push({ ...this.pending.word, after: true });
      trailing += this.pending.tail;
      this.pending = null;
    }
    let first = trailing === '';
    for (let tok = this.peek(); tok; tok = this.peek()) {
      this.p++;
      if (tok.type === 'num' || tok.type === 'dotted') syntax.extraValues = true;
      if (first && tok.type === 'text') {
        const word = approxSuffixAtStart(tok.text);
        if (word) {
          syntax.words.push({ ...word, after: true });
          trailing += tok.text.slice(word.word.length);
          first = false;
          continue;
        }
      }
      first = false;
      trailing += tok.text;
    }
    syntax.trailing = trailing;
  }

  // ---- dates ----

  private dateRange(hasOp: boolean): CoreSyntax | null {
    const save = this.p;
    const low = this.date(hasOp, null);
    if (!low) {
      this.p = save;
      return null;
    }
    const sep = this.peek();
    const joined = this.rangeJoined;
    this.rangeJoined = false;
    if (joined || (sep && (sep.type === 'dash' || (sep.type === 'text' && RANGE_WORDS.has(sep.text))))) {
      const before = this.p;
      if (!joined) this.p++;
      const high = this.date(false, low.year);
      if (high) {
        if (high.year === null) high.year = low.year;
        return { kind: 'range', low, high };
      }
      this.p = before;
      // 3月至 with no end: the range word is text after the date
      if (joined) this.pending = { word: null, tail: '至' };
    }
    return low;
  }

  /**
   * One date at the cursor. `hasOp`: with an operator, a bare N月 is a duration (=12月), not a date.
   * `yearKnown`: the second end of a range may omit the year (2021年1月-12月).
   */
  private date(hasOp: boolean, yearKnown: number | null): DateSyntax | null {
    const tok = this.peek();
    if (!tok) return null;
    if (tok.type === 'dotted') return this.dottedDate(tok.parts, tok.text);
    if (tok.type !== 'num' || tok.chinese || tok.thousands) return null;

    // 2023.07 (a decimal whose integer part is a year and whose fraction is a month)
    const [intPart = '', frac] = tok.digits.split('.');
    if (frac !== undefined) {
      const y = Number(intPart);
      const m = Number(frac);
      if (!isYear(y) || !isMonth(m) || frac.length > 2) return null;
      const next = this.peek(1);
      // 2023.07 is a date; 2023.7 too unless a unit follows (2023.5万元 is an amount)
      const dateContext =
        frac.length === 2 ||
        next === undefined ||
        next.type === 'dash' ||
        (next.type === 'text' && isDateSuffix(stripDay(next.text)));
      if (!dateContext) return null;
      return this.dottedDate([y, m], tok.text);
    }

    const n = Number(tok.digits);
    const after = this.peek(1);
    // ISO-like: 2023-12(-31), 2023/12(/31)
    if (isYear(n) && after && (after.type === 'dash' || after.type === 'slash')) {
      const m = this.peek(2);
      if (m?.type === 'num' && !m.digits.includes('.') && isMonth(m.value) && this.peek(3)?.type !== 'text') {
        let text = `${n}-${m.digits}`;
        this.p += 3;
        const d = this.peek(1);
        if (this.peek()?.type === after.type && d?.type === 'num' && isDay(d.value)) {
          text += `-${d.digits}`;
          this.p += 2;
        }
        this.dateSuffixToken();
        return { kind: 'date', text, year: n, month: m.value };
      }
    }
    if (!after || after.type !== 'text') return null;

    if (isYear(n) && after.text.startsWith('年')) {
      let text = `${n}年`;
      let month: number | null = null;
      const rest = after.text.slice(1);
      this.p += 2;
      if (rest === '') {
        const m = this.monthDay(true);
        const q = m ? null : this.quarterAfterYear();
        if (m) {
          text += m.text;
          month = m.month;
        } else if (q) {
          text += q.text;
          month = q.month;
        }
      } else if (isDateSuffix(rest)) {
        text += rest;
      } else if (quarterMonth(rest) !== null) {
        // 2025年第四季度(前): the quarter's last month is the deadline
        text += rest;
        month = quarterMonth(rest);
      } else {
        // 2023年完成…: the year is a date, the rest is text around it
        this.pending = { word: null, tail: rest };
      }
      return { kind: 'date', text, year: n, month };
    }
    if (this.monthly && isDay(n) && /^[日号]/.test(after.text) && isDateSuffix(after.text.slice(1))) {
      this.p += 2;
      return { kind: 'date', text: `${MONTHLY_LEAD}${n}${after.text}`, year: null, month: null };
    }
    if (yearKnown !== null || !hasOp || after.text.length > 1) {
      const m = this.monthDay(!hasOp || yearKnown !== null);
      if (m) return { kind: 'date', text: m.text, year: null, month: m.month };
    }
    return null;
  }

  /** 2025年3季度: a quarter by digit after the year (the digit is its own token). */
  private quarterAfterYear(): { text: string; month: number } | null {
    const n = this.peek();
    const t = this.peek(1);
    if (n?.type !== 'num' || n.chinese || t?.type !== 'text') return null;
    const month = quarterMonth(`${n.digits}${t.text}`);
    if (month === null) return null;
    this.p += 2;
    return { text: `${n.digits}${t.text}`, month };
  }

  /** N月(suffix) or N月N日(suffix) at the cursor. `bare`: accept N月 with no suffix. */
  private monthDay(bare: boolean): { text: string; month: number } | null {
    const m = this.peek();
    const mText = this.peek(1);
    if (m?.type !== 'num' || m.chinese || m.digits.includes('.') || !isMonth(m.value)) return null;
    if (mText?.type !== 'text' || !mText.text.startsWith('月')) return null;
    const rest = mText.text.slice(1);
    if (RANGE_WORDS.has(rest)) {
      // 3月至12月: the range word was typed onto the month
      this.p += 2;
      this.rangeJoined = true;
      return { text: `${m.digits}月`, month: m.value };
    }
    if (rest === '') {
      const d = this.peek(2);
      const dText = this.peek(3);
      // 31日 or, as often typed, 31号
      if (d?.type === 'num' && isDay(d.value) && dText?.type === 'text' && /^[日号]/.test(dText.text)) {
        const dRest = dText.text.slice(1);
        if (!isDateSuffix(dRest)) return null;
        this.p += 4;
        return { text: `${m.digits}月${d.digits}日${dRest}`, month: m.value };
      }
      if (!bare) return null;
      this.p += 2;
      return { text: `${m.digits}月`, month: m.value };
    }
    if (!isDateSuffix(rest)) return null;
    this.p += 2;
    return { text: `${m.digits}月${rest}`, month: m.value };
  }

  private dottedDate(parts: number[], written: string): DateSyntax | null {
    const [y = NaN, m = NaN, d] = parts;
    if (!isYear(y) || !isMonth(m) || (d !== undefined && !isDay(d)) || parts.length > 3) return null;
    this.p++;
    const suffix = this.dateSuffixToken();
    return { kind: 'date', text: written.replace(/．/g, '.') + suffix, year: y, month: m };
  }

  /** A deadline word right after a date (日前, 前, 底到位); consumed only when it is one. */
  private dateSuffixToken(): string {
    const tok = this.peek();
    if (tok?.type === 'text' && tok.text !== '' && isDateSuffix(stripDay(tok.text))) {
      this.p++;
      return tok.text;
    }
    return '';
  }
}

function stripDay(text: string): string {
  return text.startsWith('日') || text.startsWith('号') ? text.slice(1) : text;
}
