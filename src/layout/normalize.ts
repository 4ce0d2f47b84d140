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

/** A label as the dictionary stores it: half-width, no whitespace, no trailing colon, notes dropped. */
/** Characters that make normalisation do anything; most cells have none (fast path). */
const NEEDS_WORK = /[\s\u00a0\u3000\u200b\uff01-\uff5e()[\]【】〔〕*※:：]|^[\d一二三四五六七八九十]|分$/;

export function normalizeLabel(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
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
