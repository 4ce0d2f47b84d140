import { percentText } from '../../core/number-format';
import type { CellValue, Grid } from '../../model/grid';
import { GridBuilder, mergeFromA1, type MergeRange } from './grid-builder';
import { dateText } from './xlsx';
import { attr, decodeOoxmlEscapes, decodeXml, elements } from './xml-text';

/** How a style shows numbers: as a date, as a percentage with n decimals, or as they are. */
export type NumberShow = 'date' | number | null;

export interface SheetContext {
  strings: string[];
  styles: NumberShow[];
  date1904: boolean;
}

/**
 * Where the attributes the sheet reader uses sit in the XML text: [from, to) of r, t, s and hidden's values,
 * -1 when absent. Positions, not strings: slicing every attribute of millions of tags was most of the
 * reader's garbage.
 */
const R = 0;
const T = 2;
const S = 4;
const HIDDEN = 6;
type TagAttrs = Int32Array;

/**
 * One worksheet part into a Grid. The cells are scanned by hand, tag by tag, not with a regular expression
 * per tag: a 100k-row sheet has millions of tags, and this loop is most of a big check's reading time.
 */
export function readSheet(name: string, xml: string, ctx: SheetContext): Grid {
  const builder = new GridBuilder();
  const a: TagAttrs = new Int32Array(8);
  let rowNum = 0;
  let colNum = 0;
  let cols: number[] = [];
  let vals: CellValue[] = [];
  // the cell being read
  let type = '';
  let style = 0;
  let formula = false;
  let value: string | null = null;
  let inline: string | null = null;
  let inCell = false;
  let phonetic = false;

  const start = tagStart(xml, 'sheetData', 0);
  const end = start < 0 ? -1 : tagStart(xml, '/sheetData', start);
  const limit = end < 0 ? xml.length : end;
  let pos = start < 0 ? xml.length : xml.indexOf('>', start) + 1;
  while (pos < limit) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= limit) break;
    let i = lt + 1;
    const closing = xml.charCodeAt(i) === 47; // '/'
    if (closing) i++;
    let nameStart = i;
    for (; i < limit; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 62 || ch === 47 || ch <= 32) break; // '>', '/', whitespace
      if (ch === 58) nameStart = i + 1; // a namespace prefix (x:c)
    }
    const tag = tagOf(xml, nameStart, i);
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    pos = gt + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (closing) {
      if (tag === CELL && inCell) {
        inCell = false;
        const v = cellValue(type, style, formula, value, inline, ctx);
        if (v !== null) {
          cols.push(colNum);
          vals.push(v);
        }
      } else if (tag === ROW) builder.setRow(rowNum, cols, vals);
      else if (tag === PHONETIC) phonetic = false;
      continue;
    }
    switch (tag) {
      case CELL:
        readAttrs(xml, i, gt, a);
        colNum = a[R] >= 0 ? columnOf(xml, a[R], a[R + 1]) : colNum + 1;
        type = a[T] >= 0 ? cellType(xml, a[T], a[T + 1]) : '';
        style = a[S] >= 0 ? digits(xml, a[S], a[S + 1]) : 0;
        formula = false;
        value = null;
        inline = null;
        phonetic = false;
        inCell = !selfClosing;
        break;
      case VALUE:
        if (inCell && !selfClosing) value = textBefore(xml, pos);
        break;
      case FORMULA:
        if (inCell) formula = true;
        break;
      case ROW:
        readAttrs(xml, i, gt, a);
        rowNum = a[R] >= 0 ? digits(xml, a[R], a[R + 1]) : rowNum + 1;
        colNum = 0;
        cols = [];
        vals = [];
        if (a[HIDDEN] >= 0 && isTrue(xml.slice(a[HIDDEN], a[HIDDEN + 1]))) builder.hideRow(rowNum);
        break;
      case INLINE:
        if (inCell) inline = '';
        break;
      case PHONETIC:
        if (!selfClosing) phonetic = true;
        break;
      case TEXT:
        if (inCell && inline !== null && !phonetic && !selfClosing) inline += textBefore(xml, pos);
        break;
    }
  }
  const before = start < 0 ? xml.length : start;
  return builder.build(name, merges(xml, limit), hiddenColumns(xml.slice(0, before)));
}

/** Index of `<name` or `<prefix:name` (followed by whitespace, '/' or '>') from `from`; -1 when absent. */
function tagStart(xml: string, name: string, from: number): number {
  const closing = name.startsWith('/');
  const bare = closing ? name.slice(1) : name;
  for (let p = xml.indexOf(bare, from); p >= 0; p = xml.indexOf(bare, p + 1)) {
    const after = xml.charCodeAt(p + bare.length);
    if (!(after === 62 || after === 47 || after <= 32)) continue;
    let q = p - 1;
    if (xml.charCodeAt(q) === 58) while (q > 0 && xml.charCodeAt(q) !== 60 && xml.charCodeAt(q) !== 47) q--; // prefix
    if (closing ? xml.charCodeAt(q) === 47 && xml.charCodeAt(q - 1) === 60 : xml.charCodeAt(q) === 60) {
      return closing ? q - 1 : q;
    }
  }
  return -1;
}

const OTHER = 0;
const CELL = 1;
const VALUE = 2;
const FORMULA = 3;
const ROW = 4;
const INLINE = 5;
const TEXT = 6;
const PHONETIC = 7;

/** Which of the tags the reader uses xml[from, to) names (c, v, f, row, is, t, rPh), without slicing it. */
function tagOf(xml: string, from: number, to: number): number {
  const c0 = xml.charCodeAt(from);
  switch (to - from) {
    case 1:
      return c0 === 99 ? CELL : c0 === 118 ? VALUE : c0 === 102 ? FORMULA : c0 === 116 ? TEXT : OTHER;
    case 2:
      return c0 === 105 && xml.charCodeAt(from + 1) === 115 ? INLINE : OTHER;
    case 3:
      if (c0 !== 114) return OTHER;
      if (xml.startsWith('ow', from + 1)) return ROW;
      return xml.startsWith('Ph', from + 1) ? PHONETIC : OTHER;
    default:
      return OTHER;
  }
}

const isTrue = (v: string) => v === '1' || v === 'true';

/** A non-negative integer written in xml[from, to). */
function digits(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (xml.charCodeAt(i) - 48);
  return n;
}

/** The cell type attribute: the common one-letter types without allocating a string. */
function cellType(xml: string, from: number, to: number): string {
  if (to - from === 1) {
    const c = xml.charCodeAt(from);
    if (c === 115) return 's';
    if (c === 110) return 'n';
  }
  return xml.slice(from, to);
}

/** Finds r, t, s and hidden in the attribute text xml[from, to) (prefixes ignored), into `out`. */
function readAttrs(xml: string, from: number, to: number, out: TagAttrs): void {
  out.fill(-1);
  let i = from;
  while (i < to) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= to) return;
    let q = eq + 1;
    while (xml.charCodeAt(q) <= 32) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return; // malformed: read no more
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close >= to) return;
    let nameEnd = eq;
    while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > i && xml.charCodeAt(nameStart - 1) > 32 && xml.charCodeAt(nameStart - 1) !== 58) nameStart--;
    const slot = attrSlot(xml, nameStart, nameEnd);
    if (slot >= 0) {
      out[slot] = q + 1;
      out[slot + 1] = close;
    }
    i = close + 1;
  }
}

/** The slot of attribute name xml[from, to) in TagAttrs, or -1 for attributes not read. */
function attrSlot(xml: string, from: number, to: number): number {
  if (to - from === 1) {
    const c = xml.charCodeAt(from);
    return c === 114 ? R : c === 116 ? T : c === 115 ? S : -1;
  }
  return to - from === 6 && xml.startsWith('hidden', from) ? HIDDEN : -1;
}

/** The raw text from `from` to the next tag. */
function textBefore(xml: string, from: number): string {
  const end = xml.indexOf('<', from);
  return xml.slice(from, end < 0 ? xml.length : end);
}

/** 1-based column of the A1 reference xml[from, to) (its letters). */
function columnOf(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96);
    else if (code !== 36) break; // $
  }
  if (n === 0) throw new Error(`bad cell reference ${xml.slice(from, to)}`);
  return n;
}

function merges(xml: string, from: number): MergeRange[] {
  const out: MergeRange[] = [];
  for (const a of elements(xml.slice(from), 'mergeCell')) {
    const m = mergeFromA1(attr(a, 'ref') ?? '');
    if (m) out.push(m);
  }
  return out;
}

/** 0-based indexes of hidden columns (<col min max hidden>, before sheetData). */
function hiddenColumns(head: string): number[] {
  const out = new Set<number>();
  for (const a of elements(head, 'col')) {
    if (!isTrue(attr(a, 'hidden') ?? '')) continue;
    const min = Number(attr(a, 'min'));
    const max = Number(attr(a, 'max') ?? min);
    for (let c = min; c <= max; c++) out.add(c - 1);
  }
  return [...out].sort((x, y) => x - y);
}

/** What the cell shows, as gridFromWorksheet reads it through exceljs (see xlsx.ts for the rules). */
function cellValue(
  type: string,
  style: number,
  formula: boolean,
  raw: string | null,
  inline: string | null,
  ctx: SheetContext,
): CellValue {
  if (type === 'inlineStr' && !formula) return nonEmpty(decodeOoxmlEscapes(decodeXml(inline ?? raw ?? '')));
  if (raw === null || raw === '') return null;
  switch (type) {
    case 's':
      return formula ? numberValue(raw, style, ctx) : nonEmpty(ctx.strings[parseInt(raw, 10)] ?? '');
    case 'str':
    case 'e':
      return nonEmpty(decodeXml(raw));
    case 'b':
      return parseInt(raw, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd':
      return nonEmpty(isoDateText(decodeXml(raw)));
    default:
      return numberValue(raw, style, ctx);
  }
}

function numberValue(raw: string, style: number, ctx: SheetContext): CellValue {
  const n = parseFloat(raw);
  if (!Number.isFinite(n)) return null;
  const show = ctx.styles[style] ?? null;
  if (show === 'date') {
    // exceljs's serial → date conversion (1900 or 1904 system), so both readers give the same day
    const ms = Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
    return dateText(new Date(ms));
  }
  if (show !== null) return percentText(n, show);
  return n;
}

const nonEmpty = (s: string): CellValue => (s === '' ? null : s);

/** A cell typed as an ISO date (t="d", rare): its date text, as a date cell reads. */
function isoDateText(text: string): string {
  const d = new Date(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(d.getTime()) ? text : String(dateText(d) ?? text);
}
