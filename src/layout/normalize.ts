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
const LEADING_NUMBER = /^[\d一二三四五六七八九十]/;

/**
 * WORK_CHAR_CLASS as a flat table of UTF-16 code units, built from the regex so the two cannot disagree:
 * the test runs on every cell of big sheets, and a lookup per character is several times faster. The
 * class has no member in U+3100–U+FDFF (the CJK blocks; test/layout/normalize.test.ts checks every code
 * unit), which are left out of the build to keep start-up fast.
 */
export const WORK_CHAR = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code = code === 0x30ff ? 0xfe00 : code + 1)
  if (WORK_CHAR_CLASS.test(String.fromCharCode(code))) WORK_CHAR[code] = 1;

function needsWork(text: string): boolean {
  if (text.length === 0) return false;
  if (LEADING_NUMBER.test(text) || text.charCodeAt(text.length - 1) === 0x5206 /* 分 */) return true;
  for (let i = 0; i < text.length; i++) if (WORK_CHAR[text.charCodeAt(i)] === 1) return true;
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
  let t = normalizeLabel(text);
  t = t.replace(/指标$/, '');
  if (t.length > 2) t = t.replace(/值$/, '');
  return t;
}
