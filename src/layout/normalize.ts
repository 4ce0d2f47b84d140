/**
 * Label normalisation: what makes `一级 指标`, `产出\n指标`, `项目名称：` and `（万元）` compare equal to the
 * dictionary. Values are never normalised here — only labels.
 */

/** Full-width ASCII (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** Removes all whitespace (spaces, tabs, line breaks, non-breaking and ideographic spaces). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, '');
}

/** Bracketed notes that do not change what a label means: (必填), (0-20)分, (万元), (≥**%). */
const NOTE_IN_BRACKETS = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g;

/**
 * What makes normalisation do anything: one of these characters anywhere, a leading number or a trailing
 * 分 (most cells have none: fast path).
 */
export const WORK_CHAR_CLASS = /[\s\u00a0\u3000\u200b\uff01-\uff5e()[\]【】〔〕*※:：]/;
/** Numbers a label's numbering starts with (1、, 一、): the \d and 一…十 of the patterns below. */
const NUMERALS = '0123456789一二三四五六七八九十';

/** Bits of CHAR_FLAGS. */
export const CHAR_WORK = 1;
export const CHAR_SPACE = 2;
export const CHAR_NUMERAL = 4;

/**
 * Per UTF-16 code unit: in WORK_CHAR_CLASS, matched by /\s/, one of NUMERALS. Built from the regexes so
 * they cannot disagree: these tests run on every cell of big sheets, and a table lookup per character is
 * several times faster than a regex. Only the blocks where the classes have members are tested at start-up
 * (ASCII and Latin-1, U+1680, general punctuation, CJK punctuation, half/full-width forms);
 * test/layout/normalize.test.ts checks every code unit.
 */
export const CHAR_FLAGS = new Uint8Array(0x10000);
const SPACE = /\s/;
const CLASS_BLOCKS: [number, number][] = [
  [0x0000, 0x00ff],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0xfe00, 0xffff],
];
for (const [from, to] of CLASS_BLOCKS) {
  for (let code = from; code <= to; code++) {
    const ch = String.fromCharCode(code);
    if (WORK_CHAR_CLASS.test(ch)) CHAR_FLAGS[code] |= CHAR_WORK;
    if (SPACE.test(ch)) CHAR_FLAGS[code] |= CHAR_SPACE;
  }
}
for (let i = 0; i < NUMERALS.length; i++) CHAR_FLAGS[NUMERALS.charCodeAt(i)] |= CHAR_NUMERAL;

function needsWork(text: string): boolean {
  if (text.length === 0) return false;
  if ((CHAR_FLAGS[text.charCodeAt(0)] & CHAR_NUMERAL) !== 0) return true;
  if (text.charCodeAt(text.length - 1) === 0x5206 /* 分 */) return true;
  for (let i = 0; i < text.length; i++) if ((CHAR_FLAGS[text.charCodeAt(i)] & CHAR_WORK) !== 0) return true;
  return false;
}

/** /\s/.test(text), by the table. */
export function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if ((CHAR_FLAGS[text.charCodeAt(i)] & CHAR_SPACE) !== 0) return true;
  return false;
}

/**
 * Labels normalised the long way, by text: the same label or value (≤400元/人*天) is written on thousands
 * of rows. Bounded; cleared when full.
 */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 10000;

/** A label as the dictionary stores it: half-width, no whitespace, no trailing colon, notes dropped. */
export function normalizeLabel(text: string): string {
  if (!needsWork(text)) return text;
  let t = normalized.get(text);
  if (t === undefined) {
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    t = normalizeSlow(text);
    normalized.set(text, t);
  }
  return t;
}

function normalizeSlow(text: string): string {
  let t = squeeze(toHalfWidth(text));
  t = t.replace(/^[*※]+/, '');
  t = t.replace(/^(\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/, '');
  t = t.replace(/^\((\d{1,2}|[一二三四五六七八九十]{1,3})\)/, '');
  t = t.replace(NOTE_IN_BRACKETS, '');
  t = t.replace(/\d+分$/, '');
  t = t.replace(/(指标|值)分$/, '$1');
  t = t.replace(/[:：]+$/, '');
  return t;
}

/** The label with the 指标 / 值 suffix dropped (产出指标 → 产出, 数量值 → 数量), for level labels. */
export function levelStem(text: string): string {
  let t = normalizeLabel(stripLevelNumber(text));
  t = t.replace(/指标$/, '');
  if (t.length > 2) t = t.replace(/值$/, '');
  return t;
}

/**
 * Numbering that normalizeLabel leaves (it drops one `1.` or `一、`): decimal outline numbers (1.1数量指标,
 * 2.1.3) and circled numbers (①数量指标). Only level labels are numbered this way; a first-character test
 * keeps the common case free of the regex.
 */
function stripLevelNumber(text: string): string {
  let i = 0;
  while (i < text.length && (CHAR_FLAGS[text.charCodeAt(i)] & CHAR_SPACE) !== 0) i++;
  const first = text.charCodeAt(i);
  const digit = first >= 0x30 && first <= 0x39;
  const circled = first >= 0x2460 && first <= 0x2473;
  if (!digit && !circled) return text;
  return text.replace(/^\s*(?:\d{1,2}(?:[.．]\d{1,2})+[、.．]?|[\u2460-\u2473])\s*/, '');
}
