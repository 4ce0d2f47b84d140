import { percentDecimals } from '../../core/number-format';
import type { Grid } from '../../model/grid';
import { readSheet, type NumberShow } from './xlsx-sheet';
import { attr, decodeOoxmlEscapes, decodeXml, elements, relsPath, resolvePart } from './xml-text';

/**
 * Reads the grids of an .xlsx package straight from its XML parts, for the CLI: a check must not cost much
 * more than opening the file, and exceljs builds a full object model (styles, cells, rows) that a read-only
 * check never uses. The grids are the same as gridFromWorksheet's over exceljs (same cell texts, dates,
 * percentages, merges, hidden rows and columns), which test/hosts/xlsx-parts.test.ts checks on every fixture.
 *
 * `read` gives a part's text, or null when the package has no such part. Anything this reader does not
 * understand throws, and the caller reads the file with exceljs instead.
 */
export type PartReader = (path: string) => string | null;

export class PartsUnsupported extends Error {
  override readonly name = 'PartsUnsupported';
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(read: PartReader, part: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const xml = read(relsPath(part));
  if (xml === null) return out;
  for (const a of elements(xml, 'Relationship')) {
    const id = attr(a, 'Id');
    const type = attr(a, 'Type') ?? '';
    const target = attr(a, 'Target');
    if (id === undefined || target === undefined || attr(a, 'TargetMode') === 'External') continue;
    out.set(id, { type, target: resolvePart(part, target) });
  }
  return out;
}

const isType = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

export function gridsFromParts(read: PartReader): Grid[] {
  const root = [...relationships(read, '').values()].find((r) => isType(r, 'officeDocument'));
  const bookPath = root?.target ?? 'xl/workbook.xml';
  const book = read(bookPath);
  if (book === null) throw new PartsUnsupported('no workbook part');
  const rels = relationships(read, bookPath);
  const partOf = (kind: string) => [...rels.values()].find((r) => isType(r, kind))?.target;
  const stringsPath = partOf('sharedStrings');
  const stylesPath = partOf('styles');
  const strings = stringsPath ? sharedStrings(read(stringsPath) ?? '') : [];
  const date1904 = elements(book, 'workbookPr').some((a) => ['1', 'true'].includes(attr(a, 'date1904') ?? ''));
  const styles = stylesPath ? styleFormats(read(stylesPath) ?? '') : [];

  const grids: Grid[] = [];
  for (const a of elements(book, 'sheet')) {
    const rel = rels.get(attr(a, 'id') ?? '');
    // chart and dialog sheets hold no cells
    if (!rel || !isType(rel, 'worksheet')) continue;
    const xml = read(rel.target);
    if (xml === null) throw new PartsUnsupported(`missing sheet part ${rel.target}`);
    grids.push(readSheet(attr(a, 'name') ?? '', xml, { strings, styles, date1904 }));
  }
  if (grids.length === 0) throw new PartsUnsupported('no worksheet');
  return grids;
}

// ---- shared strings and styles ------------------------------------------------------------------------

/** Each <si>: its text, or the runs' texts joined; phonetic guides (<rPh>) are not part of the text. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const si = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let m = si.exec(xml); m !== null; m = si.exec(xml)) out.push(m[1] ? textRuns(m[1]) : '');
  return out;
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;

/** The text of a string item (<si> or a cell's <is>): every <t> outside <rPh>, in order. */
function textRuns(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let s = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m !== null; m = TEXT.exec(body)) if (m[1]) s += m[1];
  return decodeOoxmlEscapes(decodeXml(s));
}

/** Built-in number formats that change what the checker reads (as exceljs knows them). */
const BUILT_IN: Record<number, string> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** A date format: a date or time part outside quotes and brackets (exceljs's test, kept for equal grids). */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function styleFormats(xml: string): NumberShow[] {
  const custom = new Map<number, string>();
  for (const a of elements(xml, 'numFmt')) custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  return elements(xfs[1], 'xf').map((a) => {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    const format = id ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
    if (!format) return null;
    if (isDateFormat(format)) return 'date';
    return percentDecimals(format);
  });
}
