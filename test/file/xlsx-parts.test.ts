/**
 * The CLI's reader of .xlsx XML parts (src/hosts/file/xlsx-parts.ts) on packages written the ways other
 * tools write them (namespace prefixes, inline strings, phonetic guides, escapes, stored entries), and the
 * same grids as exceljs on every workbook in test/fixtures.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { readParts } from '../../src/hosts/file/xlsx-file';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Pkg {
  sheets: { name: string; xml: string; chart?: boolean }[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** Prefix for the main namespace (`x:` as .NET tools write it), or '' for the default namespace. */
  prefix?: string;
  compression?: 'STORE' | 'DEFLATE';
}

async function pkg(p: Pkg): Promise<Buffer> {
  const x = p.prefix ?? '';
  const decl = x ? `xmlns:${x.slice(0, -1)}="${NS}"` : `xmlns="${NS}"`;
  const zip = new JSZip();
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels = p.sheets.map(
    (s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml"/>`,
  );
  if (p.strings) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (p.styles) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const sheets = p.sheets.map((s, i) => `<${x}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  zip.file(
    'xl/workbook.xml',
    `<${x}workbook ${decl} xmlns:r="${REL}">${p.workbookPr ?? ''}<${x}sheets>${sheets.join('')}</${x}sheets></${x}workbook>`,
  );
  p.sheets.forEach((s, i) =>
    zip.file(
      `xl/${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${x}worksheet ${decl} xmlns:r="${REL}">${s.xml}</${x}worksheet>`,
    ),
  );
  if (p.strings) zip.file('xl/sharedStrings.xml', `<${x}sst ${decl}>${p.strings}</${x}sst>`);
  if (p.styles) zip.file('xl/styles.xml', `<${x}styleSheet ${decl}>${p.styles}</${x}styleSheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: p.compression ?? 'DEFLATE' });
}

function grids(buf: Buffer) {
  const out = readParts(buf);
  if (out === null) throw new Error('the parts reader gave up');
  return out;
}

describe('xlsx parts reader: packages as other tools write them', () => {
  it('reads a namespace-prefixed package (x:row, x:c) stored without compression', async () => {
    const buf = await pkg({
      prefix: 'x:',
      compression: 'STORE',
      strings: '<x:si><x:t>项目名称</x:t></x:si><x:si><x:t>产出指标</x:t></x:si>',
      sheets: [
        {
          name: '表1',
          xml: '<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>12.5</x:v></x:c></x:row><x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C2:C3"/></x:mergeCells>',
        },
      ],
    });
    expect(grids(buf)).toEqual([
      {
        sheet: '表1',
        rows: 2,
        cols: 2,
        values: [
          ['项目名称', 12.5],
          ['产出指标', null],
        ],
        merges: [{ r0: 1, c0: 2, r1: 2, c1: 2 }],
        origin: { row: 1, col: 1 },
      },
    ]);
  });

  it('joins rich-text runs, leaves out phonetic guides, decodes entities and _xHHHH_ escapes; an empty string is empty', async () => {
    const buf = await pkg({
      strings:
        '<si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve">指标 </t></r><rPh sb="0" eb="2"><t>chanchu</t></rPh></si>' +
        '<si><t>A&amp;B &lt;1&gt; &#20013;&#x6587;</t></si><si><t>第一行_x000D_</t></si><si/>',
      sheets: [
        {
          name: 'S',
          xml:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><r><t>数量</t></r><r><t>指标</t></r></is></c><c r="B2" t="inlineStr"><is><t>≥95%</t></is></c></row></sheetData>',
        },
      ],
    });
    expect(grids(buf)[0].values).toEqual([
      ['产出指标 ', 'A&B <1> 中文', '第一行\r'],
      ['数量指标', '≥95%', null],
    ]);
  });

  it('reads cells and rows written without r attributes in order', async () => {
    const buf = await pkg({
      sheets: [
        {
          name: 'S',
          xml: '<sheetData><row><c t="inlineStr"><is><t>一级指标</t></is></c><c t="inlineStr"><is><t>二级指标</t></is></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>',
        },
      ],
    });
    expect(grids(buf)[0].values).toEqual([
      ['一级指标', '二级指标', null],
      [null, 3, 4],
    ]);
  });

  it('shows dates (built-in and custom formats, 1904 system) and percentages as the cell does', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.0%"/><numFmt numFmtId="178" formatCode="0.00&quot;万元&quot;"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="177"><alignment horizontal="center"/></xf><xf numFmtId="178"/></cellXfs>';
    const sheet = {
      name: 'S',
      xml: '<sheetData><row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292.5</v></c><c r="C1" s="3"><v>0.955</v></c><c r="D1" s="4"><v>12.5</v></c><c r="E1"><f>C1*2</f><v>1.91</v></c><c r="F1" s="3"><f>C1</f><v>0.955</v></c></row></sheetData>',
    };
    const [g] = grids(await pkg({ styles, sheets: [sheet] }));
    expect(g.values[0]).toEqual(['2024-01-01', '2024-01-01 12:00:00', '95.5%', 12.5, 1.91, '95.5%']);
    const [g1904] = grids(await pkg({ styles, sheets: [sheet], workbookPr: '<workbookPr date1904="1"/>' }));
    expect(g1904.values[0][0]).toBe('2028-01-02');
  });

  it('reads booleans, errors, formula text results, ISO-dated cells; a formula never calculated is empty', async () => {
    const buf = await pkg({
      sheets: [
        {
          name: 'S',
          xml: '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c><c r="D1"><f>SUM(A2:A9)</f></c><c r="E1" t="d"><v>2024-03-05T00:00:00</v></c><c r="F1" t="b"><f>TRUE()</f><v>0</v></c></row></sheetData>',
        },
      ],
    });
    expect(grids(buf)[0].values).toEqual([['TRUE', '#DIV/0!', 'a&b', null, '2024-03-05', 'FALSE']]);
  });

  it('drops values stored under the covered cells of a merge, records hidden rows and column ranges', async () => {
    const buf = await pkg({
      sheets: [
        {
          name: 'S',
          xml:
            '<cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5" hidden="true"/></cols>' +
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>产出指标</t></is></c><c r="B1" t="inlineStr"><is><t>旧值</t></is></c><c r="F1"><v>1</v></c></row>' +
            '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>残留</t></is></c></row><row r="4" hidden="1"/></sheetData>' +
            '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
        },
      ],
    });
    const [g] = grids(buf);
    expect(g.values).toEqual([
      ['产出指标', null, null, null, null, 1],
      [null, null, null, null, null, null],
    ]);
    expect(g.hiddenRows).toEqual([1, 3]);
    expect(g.hiddenCols).toEqual([1, 2, 4]);
  });

  it('skips chart sheets and keeps hidden worksheets, in workbook order', async () => {
    const buf = await pkg({
      sheets: [
        { name: '图表', xml: '', chart: true },
        { name: '乙', xml: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
        { name: '空', xml: '<sheetData/>' },
      ],
    });
    expect(grids(buf).map((g) => [g.sheet, g.rows])).toEqual([
      ['乙', 1],
      ['空', 0],
    ]);
  });

  it('gives up (exceljs reads the file instead) when a worksheet part is missing', async () => {
    const buf = await pkg({ sheets: [{ name: 'S', xml: '<sheetData/>' }] });
    const zip = await JSZip.loadAsync(buf);
    zip.remove('xl/worksheets/sheet1.xml');
    expect(readParts(await zip.generateAsync({ type: 'nodebuffer' }))).toBeNull();
  });
});

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xlsxFiles(path);
    return name.endsWith('.xlsx') ? [path] : [];
  });
}

describe('xlsx parts reader: the same grids as exceljs on every fixture workbook', () => {
  const files = xlsxFiles(join(__dirname, '..', 'fixtures'));

  it('finds the fixture workbooks', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files.map((f) => [f.slice(f.indexOf('fixtures')), f]))('%s', async (_short, file) => {
    const buf = readFileSync(file);
    expect(grids(buf)).toEqual(await readWorkbook(new Uint8Array(buf)));
  });
});
