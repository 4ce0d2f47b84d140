/**
 * parseExpr: cell text → Expr. Reads the whole-cell forms first (empty, qualitative words, period words,
 * Excel serials), then the token grammar, then turns what was written into kind/op/number/unit and the
 * diagnostics a clerk needs.
 */
import type { Expr, ExprDiagnostic, Operator } from '../model/expr';
import * as D from './diagnostics';
import { hasLatex, stripLatex } from './latex';
import { tokenize, type Token } from './tokens';
import {
  parseTokens,
  type DateSyntax,
  type OperatorSyntax,
  type QuantitySyntax,
  type ValueSyntax,
  type WrittenWord,
} from './grammar';
import { isDownward, isUpward, operatorSymbol, type ApproxWord } from './operators';
import { isClassGrade, isNoIncident, isQualitativeList, isQualitativePhrase } from './qualitative';
import {
  EXCEL_SERIAL_MAX,
  EXCEL_SERIAL_MIN,
  PERIOD_WORDS,
  YEAR_LEADS,
  excelSerialDate,
  isMonth,
  quarterMonth,
} from './dates';
import { formatNumber } from './numbers';
import { knownUnitAtStart } from './units';

export interface ParseOptions {
  /** The cell holds a number (not text): a serial in the date range is then a leaked date even with decimals. */
  fromNumberCell?: boolean;
}

/** Cells that mean "nothing here" (不适用). */
const NOT_APPLICABLE = new Set(['-', '--', '—', '——', '/', '／', '－', '\\', '无数据', '不适用', 'N/A', 'n/a', 'NA']);
/** Sentence punctuation: a value with these around it is prose, not a target. */
const SENTENCE_PUNCT = /[，。；;！？!?、]/;
/** More text than this around a value makes it a sentence. */
const MAX_TEXT_AROUND = 12;
/** Unknown short words are still read as qualitative (with a diagnostic); longer text is prose. */
const MAX_UNKNOWN_WORD = 8;

type Draft = Omit<Expr, 'raw' | 'diagnostics'> & { diagnostics: ExprDiagnostic[] };

/** Sheets repeat the same few values (健全, =100%) thousands of times: remember recent results. */
const CACHE_LIMIT = 4096;
const cache = new Map<string, Expr>();

export function parseExpr(text: string, options: ParseOptions = {}): Expr {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const key = options.fromNumberCell ? `#${raw}` : raw;
  let expr = cache.get(key);
  if (expr === undefined) {
    expr = { raw, ...parseDraft(raw, options) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, expr);
  }
  // a copy, so a caller that edits its Expr cannot change what the next caller gets
  return { ...expr, diagnostics: expr.diagnostics.map((d) => ({ ...d })) };
}

function blank(kind: Expr['kind'], normalized: string): Draft {
  return { kind, op: null, number: null, unit: null, normalized, diagnostics: [] };
}

function parseDraft(raw: string, options: ParseOptions): Draft {
  // a literal \n (two characters) is a line break from a text export, not LaTeX (\neq still is)
  let body = raw
    .replace(/\\n(?![a-z])/g, ' ')
    .trim()
    .replace(/^'/, '');
  if (body === '') return blank('empty', '');

  const latex = hasLatex(body);
  if (latex) body = stripLatex(body).trim();
  body = frequencyAsRate(dropKnownNotes(unwrap(body)));
  const compact = body.replace(/\s+/g, '');
  const withLatex = (d: Draft): Draft => {
    // the whole cell without the markup, text around the value included
    if (latex) d.diagnostics.unshift(D.latex(canonicalText(tokenize(compact)) || d.normalized));
    return d;
  };

  if (compact === '' || NOT_APPLICABLE.has(compact)) return withLatex(blank('empty', ''));
  if (isQualitativePhrase(compact) || isQualitativeList(compact) || isClassGrade(compact) || isNoIncident(compact)) {
    return withLatex({ ...blank('qualitative', compact), word: compact });
  }
  if (PERIOD_WORDS.has(compact)) return withLatex({ ...blank('date', compact), word: compact });
  const quarter = quarterMonth(compact);
  if (quarter !== null) return withLatex({ ...blank('date', compact), month: quarter, word: compact });

  const tokens = tokenize(body).filter((t) => t.type !== 'space');
  const serial = excelSerial(tokens, options);
  if (serial) return serial;

  const syntax = parseTokens(tokens);
  return withLatex(build(syntax, tokens, compact));
}

const FREQUENCY = /^([≥≤=<>＞＜＝]*)每(年|半年|季度|季|月|周|天|日)([≥≤=<>＞＜＝]*)(\d+(?:\.\d+)?)(次|场|期|篇|批)$/;

/**
 * A frequency written with 每 in front (每季度1次, 每月≥2次) is the rate 1次/季度: a value, not text around
 * one (the 每季度 is what the target means, dropping it would change the target).
 */
function frequencyAsRate(text: string): string {
  const m = FREQUENCY.exec(text.replace(/\s+/g, ''));
  if (!m) return text;
  const period = m[2] === '季' ? '季度' : m[2] === '日' ? '天' : m[2];
  return `${m[1] || m[3]}${m[4]}${m[5]}/${period}`;
}

/** The 指标值类型 typed in front of the value (定性：优, 定量:≥95%): the column's name, not text around it. */
const VALUE_TYPE_PREFIX = /^(定性|定量)(指标)?\s*[:：]\s*/;
/** A bracket saying the bound includes its number (≥95%（含）, ≥95%（含95%）, ≥90%(含本数)): restates ≥ or ≤. */
const INCLUSIVE_NOTE = /\s*[(（]\s*含(本数)?\s*(\d+(\.\d+)?\s*[%％‰]?)?\s*[)）]$/;

/** Drop what restates the value's own meaning: the value type in front, an inclusive note after ≥/≤. */
function dropKnownNotes(text: string): string {
  let t = text.replace(VALUE_TYPE_PREFIX, '');
  if (t === '') return text;
  if (/[≥≤=＝>＜<＞≧≦]|以上|以下|以内|不低于|不少于|不超过|不高于|至少/.test(t)) t = t.replace(INCLUSIVE_NOTE, '');
  return t;
}

/** Strip brackets around the whole value and trailing sentence marks: （≥90%）。 → ≥90%. */
function unwrap(text: string): string {
  let t = text.replace(/[。．.;；，,、]+$/u, '').trim();
  const pairs: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '“': '”', '"': '"' };
  for (;;) {
    const close = pairs[t.charAt(0)];
    if (close === undefined || !t.endsWith(close) || t.length < 2) return t;
    const inner = t.slice(1, -1).trim();
    // (a)(b) is not one wrapped value
    if (inner.includes(close)) return t;
    t = inner;
  }
}

function excelSerial(tokens: Token[], options: ParseOptions): Draft | null {
  if (tokens.length !== 1) return null;
  const tok = tokens[0];
  if (!tok || tok.type !== 'num' || tok.chinese || tok.thousands) return null;
  const n = tok.value;
  // round numbers (30000, 50000) are counts, not dates: a real date serial is a multiple of 100 once in 100 days
  if (n < EXCEL_SERIAL_MIN || n > EXCEL_SERIAL_MAX || n % 100 === 0) return null;
  if (!Number.isInteger(n) && !options.fromNumberCell) return null;
  const { year, month, day } = excelSerialDate(n);
  const date = `${year}年${month}月${day}日`;
  return {
    ...blank('date', date),
    number: n,
    year,
    month,
    diagnostics: [D.excelSerial(n, date)],
  };
}

/** The whole cell with symbols made canonical (＝ → =, >= → ≥, ０ → 0) and spaces removed. */
function canonicalText(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.type !== 'op') {
      out += canonicalToken(t);
      continue;
    }
    // a run of operators (> =, ≥≥) is one operator
    const run: OperatorSyntax[] = [];
    for (let k = tokens[i]; k && k.type === 'op'; k = tokens[++i]) run.push({ op: k.op, form: k.form, text: k.text });
    i--;
    out += operatorSymbol(combineOps(run));
  }
  return out;
}

function canonicalToken(t: Token): string {
  switch (t.type) {
    case 'op':
      return operatorSymbol(t.op);
    case 'num':
      return t.fullwidth ? t.text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : t.text;
    case 'percent':
      return t.unit === '%' && t.text !== '百分之' ? '%' : t.text;
    case 'dotted':
      return t.text.replace(/．/g, '.');
    default:
      return t.text;
  }
}

/** ≥ then = written apart (＞ =) is one operator. */
function combineOps(ops: OperatorSyntax[]): Operator | null {
  const [a, b] = ops;
  if (!a) return null;
  if (b && b.op === '=' && (a.op === '>' || a.op === '<')) return a.op === '>' ? '>=' : '<=';
  return a.op;
}

function direction(op: Operator): number {
  return isUpward(op) ? 1 : isDownward(op) ? -1 : 0;
}

interface OpResolution {
  op: Operator | null;
  /** All approximation words decided the operator (不低于90% → ≥). */
  certain: boolean;
  conflict: ApproxWord | null;
  words: WrittenWord[];
}

function resolveOp(syntax: ValueSyntax): OpResolution {
  const written = combineOps(syntax.ops);
  const words = syntax.words;
  let op = written;
  let certain = true;
  let conflict: ApproxWord | null = null;
  for (const w of words) {
    if (w.op === null) {
      certain = false;
      continue;
    }
    if (op === null) {
      op = w.op;
    } else if (direction(op) * direction(w.op) < 0) {
      conflict = w;
    } else if (op !== w.op) {
      certain = false;
    }
  }
  if (conflict) return { op: written, certain: false, conflict, words };
  if (!certain && written === null) op = null;
  return { op, certain, conflict, words };
}

function symbolDiagnostics(syntax: ValueSyntax, tokens: readonly Token[], fixed: string): ExprDiagnostic[] {
  const out: ExprDiagnostic[] = [];
  const fullwidth = tokens.some(
    (t) =>
      (t.type === 'op' && t.form === 'fullwidth') ||
      (t.type === 'num' && t.fullwidth) ||
      (t.type === 'percent' && t.fullwidth),
  );
  if (fullwidth) out.push(D.fullwidth(fixed));
  const [first, second] = syntax.ops;
  if (first && second) {
    // > = written apart, or the operator twice (≥≥)
    const written = syntax.ops.map((o) => o.text).join('');
    const combined = combineOps(syntax.ops);
    if (combined !== first.op) out.push(D.asciiOperator(written, fixed));
    else out.push(D.operatorVariant(written, fixed));
    return out;
  }
  if (first?.form === 'ascii') out.push(D.asciiOperator(first.text, fixed));
  else if (first?.form === 'variant') out.push(D.operatorVariant(first.text, fixed));
  return out;
}

function isSentence(syntax: ValueSyntax): boolean {
  const around = syntax.label + syntax.trailing;
  return syntax.extraValues || around.length > MAX_TEXT_AROUND || SENTENCE_PUNCT.test(around);
}

function build(syntax: ValueSyntax, tokens: readonly Token[], compact: string): Draft {
  const fixed = canonicalText(tokens);
  const core = syntax.core;
  if (core === null || wordsWithoutNumber(syntax, core)) return textOnly(syntax, compact, fixed);
  if (isSentence(syntax)) return invalid(compact, [D.unparsed(compact)]);

  const res = resolveOp(syntax);
  const diagnostics = symbolDiagnostics(syntax, tokens, fixed);

  if (core.kind === 'date' || (core.kind === 'range' && core.low.kind === 'date')) {
    const low = core.kind === 'date' ? core : (core.low as DateSyntax);
    const high = core.kind === 'range' ? (core.high as DateSyntax) : null;
    const text = high ? `${low.text}-${high.text}` : low.text;
    // 次年3月底前: the year word is part of the date (截至, 预计 … are not)
    const year = syntax.dateLead !== null && YEAR_LEADS.has(syntax.dateLead) ? syntax.dateLead : '';
    const normalized = operatorSymbol(res.op) + year + text;
    const end = high ?? low;
    aroundDiagnostics(syntax, res, normalized, text, diagnostics);
    return { ...blank('date', normalized), op: res.op, year: end.year, month: end.month, diagnostics };
  }

  if (core.kind === 'range') {
    const low = core.low as QuantitySyntax;
    const high = core.high as QuantitySyntax;
    return buildRange(syntax, res, low, high, diagnostics);
  }
  return buildChange(syntax, res, core, diagnostics) ?? buildQuantity(syntax, res, core, diagnostics);
}

/**
 * No number, no operator and no unit we know: words (优/良/中/差, 好/较好), not a unit lacking its number
 * (篇, 元/人 alone still lack it).
 */
function wordsWithoutNumber(syntax: ValueSyntax, core: ValueSyntax['core']): boolean {
  if (core?.kind !== 'quantity' || core.number !== null || core.placeholder !== null || core.plusMinus) return false;
  if (syntax.ops.length > 0 || syntax.words.length > 0) return false;
  // 元/人 alone reads 元 as the lead: a unit all the same
  return knownUnitAtStart(core.unit ?? syntax.label) === null;
}

function quantityText(q: QuantitySyntax): string {
  return (q.numText ?? q.placeholder ?? '') + (q.unit ?? '');
}

/** A change against a baseline written before the number: 提高, 较上年增长, 同比下降 (direction last). */
const CHANGE =
  /^(?:(?:较|比)(?:上年度?|去年|上一年|基期|上期)|同比|环比)?(提高|提升|增长|增加|上升|下降|降低|减少|减小|压减|压缩)了?$/;
const DOWN = /下降|降低|减少|减小|压减|压缩/;

/**
 * 提高5个百分点, 增长10%, 下降≥5%: the label is the change's direction and the number its size, a target
 * a reviewer can check against last year's figure (not text around a value, and no operator missing:
 * at least that much is meant).
 */
function buildChange(
  syntax: ValueSyntax,
  res: OpResolution,
  q: QuantitySyntax,
  diagnostics: ExprDiagnostic[],
): Draft | null {
  const m = CHANGE.exec(syntax.label);
  if (!m || q.number === null || q.plusMinus) return null;
  if (syntax.words.length > 0 || syntax.trailing !== '') return null;
  const written = combineOps(syntax.ops);
  const draft = buildQuantity({ ...syntax, label: '' }, { ...res, op: written ?? '>=' }, q, diagnostics);
  draft.normalized = syntax.label + operatorSymbol(written) + quantityText(q);
  draft.change = DOWN.test(m[1] ?? '') ? 'down' : 'up';
  return draft;
}

function buildQuantity(
  syntax: ValueSyntax,
  res: OpResolution,
  q: QuantitySyntax,
  diagnostics: ExprDiagnostic[],
): Draft {
  const unitText = q.unit ?? '';
  if (q.plusMinus && q.number !== null) {
    // ±3%以内: a tolerance band around the target
    const n = Math.abs(q.number);
    const normalized = `±${q.numText ?? ''}${unitText}`;
    // 以内 belongs to the ± idiom; an operator written before ± (≤±3%) says the same
    const words = syntax.words.filter((w) => w.op !== '<=');
    const band = { ...syntax, ops: [], words };
    aroundDiagnostics(band, resolveOp(band), normalized, normalized, diagnostics);
    if (q.unit === null) diagnostics.push(D.unitMissing(`±${q.numText ?? ''}`));
    return { ...blank('range', normalized), unit: q.unit, min: -n, max: n, diagnostics };
  }

  if (q.number === null) {
    // a word after the operator: =合格 is qualitative, =篇 lacks its number
    if (q.placeholder === null && q.unit !== null && isQualitativePhrase(q.unit) && syntax.label === '') {
      return { ...blank('qualitative', q.unit), word: q.unit, diagnostics };
    }
    const normalized = operatorSymbol(res.op) + quantityText(q) || compactOf(syntax);
    diagnostics.push(
      q.placeholder !== null
        ? D.placeholder(normalized + syntax.trailing)
        : D.numberMissing(operatorSymbol(res.op), q.unit),
    );
    return { ...blank('invalid', normalized), op: res.op, unit: q.unit, diagnostics };
  }

  const value = quantityText(q);
  const normalized = normalizedWithWords(res, value);
  aroundDiagnostics(syntax, res, normalized, value, diagnostics);
  if (q.chinese !== null) diagnostics.push(D.chineseNumeral(q.chinese, cleanReplacement(syntax, res, normalized)));
  if (res.op === null && res.words.length === 0) diagnostics.push(D.operatorMissing(value));
  if (q.unit === null) diagnostics.push(D.unitMissing(operatorSymbol(res.op) + (q.numText ?? '')));
  const draft: Draft = {
    ...blank('quantitative', normalized),
    op: res.op,
    number: q.number,
    unit: q.unit,
    diagnostics,
  };
  // =12月 may be a calendar month or a duration; the rules know which from the indicator name
  if (q.unit === '月' && isMonth(q.number)) draft.month = q.number;
  return draft;
}

function buildRange(
  syntax: ValueSyntax,
  res: OpResolution,
  low: QuantitySyntax,
  high: QuantitySyntax,
  diagnostics: ExprDiagnostic[],
): Draft {
  if (low.number === null || high.number === null) {
    const normalized = `${quantityText(low)}-${quantityText(high)}`;
    diagnostics.push(D.placeholder(normalized));
    return { ...blank('invalid', normalized), unit: low.unit ?? high.unit, diagnostics };
  }
  const unit = high.unit ?? low.unit;
  const lowText = (low.numText ?? '') + (low.unit ?? unit ?? '');
  const highText = (high.numText ?? '') + (high.unit ?? '');
  const normalized = `${lowText}-${highText}`;
  aroundDiagnostics(syntax, res, normalized, normalized, diagnostics);
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit) {
    diagnostics.push(D.rangeUnits(low.unit, high.unit));
  }
  if (low.number > high.number) diagnostics.push(D.rangeReversed(lowText, highText));
  const written = combineOps(syntax.ops);
  if (written !== null) diagnostics.push(D.rangeOperator(operatorSymbol(written), normalized));
  if (unit === null) diagnostics.push(D.unitMissing(`${formatNumber(low.number)}-${formatNumber(high.number)}`));
  return { ...blank('range', normalized), unit, min: low.number, max: high.number, diagnostics };
}

function normalizedWithWords(res: OpResolution, value: string): string {
  if (res.op !== null) return operatorSymbol(res.op) + value;
  // keep uncertain words where they were written: 约90% / 90%左右
  const before = res.words
    .filter((w) => !w.after)
    .map((w) => w.word)
    .join('');
  const after = res.words
    .filter((w) => w.after)
    .map((w) => w.word)
    .join('');
  return before + value + after;
}

/** The whole-cell replacement, when nothing about the target is left to guess. */
function cleanReplacement(syntax: ValueSyntax, res: OpResolution, normalized: string): string | undefined {
  if (res.op === null || !res.certain || res.conflict || syntax.trailing !== '') return undefined;
  return normalized;
}

/** Diagnostics for approximation words and text around the value. `value`: the value without words (90%). */
function aroundDiagnostics(
  syntax: ValueSyntax,
  res: OpResolution,
  normalized: string,
  value: string,
  out: ExprDiagnostic[],
): void {
  const replacement = cleanReplacement(syntax, res, normalized);
  if (res.conflict) {
    out.push(D.operatorConflict(operatorSymbol(combineOps(syntax.ops)), res.conflict.word));
  } else if (res.words.length > 0) {
    const words = res.words.map((w) => w.word).join('…');
    const symbol = operatorSymbol(res.op) + value;
    if (res.op !== null && res.certain) {
      out.push(
        D.approximate(words, value, { decided: symbol, replacement: syntax.label === '' ? replacement : undefined }),
      );
    } else if (res.op !== null) {
      out.push(D.approximate(words, value, { written: symbol }));
    } else {
      out.push(D.approximate(words, value, {}));
    }
  }
  const around = [syntax.label, syntax.trailing].filter((s) => s !== '').join('…');
  if (around !== '') out.push(D.textAround(around, replacement));
}

/** What was written, for values with nothing recognisable to normalise (元/人). */
function compactOf(syntax: ValueSyntax): string {
  return syntax.label + syntax.trailing;
}

function invalid(normalized: string, diagnostics: ExprDiagnostic[]): Draft {
  return { ...blank('invalid', normalized), diagnostics };
}

/** No number and no date: an unknown word, a lone operator, or prose. */
function textOnly(syntax: ValueSyntax, compact: string, fixed: string): Draft {
  if (syntax.ops.length > 0 || (syntax.words.length > 0 && syntax.label === '')) {
    // ≥ or 不低于 with nothing after it
    const op = combineOps(syntax.ops) ?? syntax.words[0]?.op ?? null;
    return { ...invalid(fixed, [D.numberMissing(operatorSymbol(op), null)]), op };
  }
  const isWord = compact.length <= MAX_UNKNOWN_WORD && /^[\u3400-\u9fff]+$/.test(compact);
  if (isWord) return { ...blank('qualitative', compact), word: compact, diagnostics: [D.unknownWord(compact)] };
  return invalid(compact, [D.unparsed(compact)]);
}
