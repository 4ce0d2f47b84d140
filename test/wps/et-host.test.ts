import { normalizeValue2 } from '../../src/hosts/wps/values';
import { bgrToHex, hexToBgr } from '../../src/hosts/wps/colors';
import { PART_CHARS } from '../../src/hosts/wps/doc-props';
import type { Finding } from '../../src/model/finding';
import { etBook, etHarness } from './harness';

const finding = (cell: string, severity: Finding['severity'] = 'error', sheet = 'S'): Finding => ({
  rule: 'expr.test',
  severity,
  sheet,
  cell,
  message: '测试',
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Value2 shapes', () => {
  test('a scalar (one cell) becomes a 1×1 table; empty cells are null', () => {
    expect(normalizeValue2('产出指标', 1, 1)).toEqual([['产出指标']]);
    expect(normalizeValue2(95, 1, 1)).toEqual([[95]]);
    expect(normalizeValue2(undefined, 1, 1)).toEqual([[null]]);
    expect(normalizeValue2('', 1, 1)).toEqual([[null]]);
  });
  test('rows of values keep their shape; a flat array is one row or one column', () => {
    expect(
      normalizeValue2(
        [
          ['a', undefined],
          [1, true],
        ],
        2,
        2,
      ),
    ).toEqual([
      ['a', null],
      [1, 'TRUE'],
    ]);
    expect(normalizeValue2(['a', 'b', 3], 1, 3)).toEqual([['a', 'b', 3]]);
    expect(normalizeValue2(['a', 'b'], 2, 1)).toEqual([['a'], ['b']]);
  });
  test('ragged or short arrays are padded to the range size', () => {
    expect(normalizeValue2([['a']], 2, 2)).toEqual([
      ['a', null],
      [null, null],
    ]);
  });
});

describe('BGR colours', () => {
  test('#RRGGBB ↔ 0xBBGGRR', () => {
    expect(hexToBgr('#FFC7CE')).toBe(0xcec7ff);
    expect(hexToBgr('ff0000')).toBe(0x0000ff);
    expect(bgrToHex(0x0000ff)).toBe('#FF0000');
    expect(bgrToHex(0xcec7ff)).toBe('#FFC7CE');
    for (const hex of ['#000000', '#FFFFFF', '#00B050', '#0070C0', '#FFEB9C'])
      expect(bgrToHex(hexToBgr(hex))).toBe(hex);
  });
  test('marks are written to the document as BGR numbers', async () => {
    const book = etBook([{ name: 'S', rows: [['x']] }]);
    await etHarness(book).host.mark([finding('A1')]);
    expect(book.sheet('S').rules[0].fill).toBe(0xcec7ff); // the mark is a conditional format's fill
    expect(book.sheet('S').cell(1, 1)?.fill).toBeUndefined(); // the cell's own fill is untouched
  });
  test('a white fill is not "no fill": the user\'s white comes back white', async () => {
    const book = etBook([{ name: 'S', rows: [['x', 'y']] }]);
    const h = etHarness(book);
    h.userFill('S', 'A1', '#FFFFFF');
    await h.host.mark([finding('A1'), finding('B1')]);
    await h.host.clearMarks();
    expect(h.fills('S')).toEqual({ A1: '#FFFFFF' });
  });
});

describe('reading', () => {
  test('one Value2 read per sheet, merges probed once when there are none', async () => {
    const book = etBook([
      {
        name: 'S',
        rows: [
          ['a', 'b'],
          [1, 2],
          [3, 4],
        ],
      },
    ]);
    const host = etHarness(book).host;
    book.resetCalls();
    await host.readActiveSheet();
    expect(book.calls['Range.Value2']).toBe(1);
    expect(book.calls['Range.MergeCells']).toBe(1);
  });
  test('merged areas are read in sheet coordinates, rows without merges skipped', async () => {
    const book = etBook([
      {
        name: 'S',
        rows: [
          [null],
          [null, '一级指标', '二级指标', null],
          [null, '产出', '数量', 'x'],
          [null, null, '质量', 'y'],
          [null, 'z', 'w', 'v'],
        ],
      },
    ]);
    book.sheet('S').merges.push({ r0: 3, c0: 2, r1: 4, c1: 2 }, { r0: 2, c0: 3, r1: 2, c1: 4 });
    const grid = await etHarness(book).host.readActiveSheet();
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { r0: 2, c0: 1, r1: 3, c1: 1 },
        { r0: 1, c0: 2, r1: 1, c1: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });
  test('hidden sheets are not read by readAllSheets', async () => {
    const book = etBook([
      { name: 'A', rows: [['a']] },
      { name: '隐藏', rows: [['h']] },
      { name: 'B', rows: [['b']] },
    ]);
    book.sheet('隐藏').visible = 0;
    const grids = await etHarness(book).host.readAllSheets();
    expect(grids.map((g) => g.sheet)).toEqual(['A', 'B']);
  });
  test('a one-cell sheet (Value2 scalar) reads as a 1×1 grid', async () => {
    const book = etBook([
      {
        name: 'S',
        rows: [
          [null, null],
          [null, '标题'],
        ],
      },
    ]);
    const grid = await etHarness(book).host.readActiveSheet();
    expect(grid).toMatchObject({ rows: 1, cols: 1, values: [['标题']], origin: { row: 1, col: 1 } });
  });
});

describe('marks', () => {
  test('written with ScreenUpdating off, restored afterwards', async () => {
    const book = etBook([{ name: 'S', rows: [['x']] }]);
    const h = etHarness(book);
    await h.host.mark([finding('A1')]);
    expect(book.screenLog).toEqual([false, true]);
    expect(book.screenUpdating).toBe(true);
    await h.host.clearMarks();
    expect(book.screenLog).toEqual([false, true, false, true]);
  });
  test("cells of one colour go out as few multi-area ranges (COM's 255-character limit respected)", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i, i, i]);
    const book = etBook([{ name: 'S', rows }]);
    const h = etHarness(book);
    const findings = rows.flatMap((_, i) => (i % 2 === 0 ? [finding(`A${i + 1}`), finding(`C${i + 1}`)] : []));
    book.resetCalls();
    await h.host.mark(findings);
    expect(Object.keys(h.fills('S'))).toHaveLength(300);
    // a handful of multi-area rules, no per-cell call
    expect(book.calls['FormatConditions.Add']).toBeLessThan(40);
    expect(book.calls['Range.Interior'] ?? 0).toBe(0);
  });
  test('a long record is split over custom document properties of ≤255 characters, and still clears after reopening', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i, i]);
    const book = etBook([{ name: 'S', rows }]);
    // a record with many sheets, so it needs several parts
    for (let k = 0; k < 40; k++) book.addSheet(`第${k}张表（项目支出绩效目标）`, [['x']]);
    for (let k = 0; k < 40; k++) book.sheet(`第${k}张表（项目支出绩效目标）`).ensure(1, 1).v = 'x';
    const h = etHarness(book);
    h.userFill('S', 'B7', '#00B050');
    const before = h.fills('S');
    await h.host.mark([
      ...rows.flatMap((_, i) =>
        i % 3 === 0 ? [finding(`A${i + 1}`, 'warning'), finding(`B${i + 1}`, i % 2 ? 'error' : 'info')] : [],
      ),
      ...Array.from({ length: 40 }, (_, k) => ({ ...finding('A1'), sheet: `第${k}张表（项目支出绩效目标）` })),
    ]);
    expect(book.props.length).toBeGreaterThan(2);
    for (const p of book.props) expect(p.value.length).toBeLessThanOrEqual(PART_CHARS);
    const again = h.reopen();
    await again.host.clearMarks();
    expect(again.fills('S')).toEqual(before);
    expect(book.props).toEqual([]);
  });
  test('marks on a sheet deleted since are dropped, the rest cleared', async () => {
    const book = etBook([
      { name: 'S', rows: [['x']] },
      { name: 'T', rows: [['y']] },
    ]);
    const h = etHarness(book);
    await h.host.mark([finding('A1'), finding('A1', 'error', 'T')]);
    book.sheets = book.sheets.filter((s) => s.name !== 'T');
    await h.host.clearMarks();
    expect(h.fills('S')).toEqual({});
  });
});

describe('navigate, write, insert', () => {
  test('select activates the sheet before selecting (WPS refuses to select on an inactive sheet)', async () => {
    const book = etBook([
      { name: 'A', rows: [['a']] },
      { name: 'B', rows: [['b']] },
    ]);
    const h = etHarness(book);
    await h.host.select('B', 'C7');
    expect(book.selection).toEqual({ sheet: 'B', address: 'C7' });
  });
  test('a range is selected whole and read back as the selection (识别结果)', async () => {
    const book = etBook([
      { name: 'A', rows: [['a']] },
      { name: 'B', rows: [['b']] },
    ]);
    const h = etHarness(book);
    await h.host.select('B', 'A3:E9');
    expect(book.selection).toEqual({ sheet: 'B', address: 'A3:E9' });
    expect(await h.host.readSelection?.()).toEqual({ sheet: 'B', range: 'A3:E9' });
  });
  test('writeCell keeps formula-, number- and percent-looking text as text', async () => {
    const book = etBook([{ name: 'S', rows: [['x']] }]);
    const h = etHarness(book);
    for (const text of ['=100%', '95%', '100', '+5', '2024-01-01']) {
      await h.host.writeCell('S', 'A1', text);
      expect(h.text('S', 'A1')).toBe(text);
      expect(book.sheet('S').cell(1, 1)?.formula).toBeUndefined();
    }
  });
  test('insertRows uses EntireRow.Insert, fills the rows, creates merges and shifts existing merges', async () => {
    const book = etBook([{ name: 'S', rows: [['一级'], ['产出', '数量'], [null, '质量'], ['效益', '社会']] }]);
    book.sheet('S').merges.push({ r0: 2, c0: 1, r1: 3, c1: 1 });
    const h = etHarness(book);
    await h.host.insertRows({
      sheet: 'S',
      beforeRow: 4,
      rows: [{ B: '时效指标', C: '按时完成率', D: '100%' }, { B: '成本指标' }],
      merges: ['A4:A5'],
    });
    expect(h.text('S', 'B4')).toBe('时效指标');
    expect(h.text('S', 'D4')).toBe('100%');
    expect(h.text('S', 'A6')).toBe('效益');
    expect(book.sheet('S').merges).toEqual([
      { r0: 2, c0: 1, r1: 3, c1: 1 },
      { r0: 4, c0: 1, r1: 5, c1: 1 },
    ]);
    expect(book.calls['Range.Insert']).toBe(1);
    expect(book.screenLog).toEqual([false, true]);
  });
});

describe('change events', () => {
  test.each([false, true])(
    'inserted rows and written cells are not reported (late events: %s)',
    async (asyncEvents) => {
      const book = etBook([{ name: 'S', rows: [['a'], ['b']] }], { asyncEvents });
      const h = etHarness(book);
      const seen: string[] = [];
      const off = await h.host.onEdit((e) => seen.push(`${e.sheet}!${e.address}`));
      await h.host.insertRows({ sheet: 'S', beforeRow: 2, rows: [{ A: 'x', B: 'y' }] });
      await h.host.writeCell('S', 'C1', '1');
      await wait(10);
      expect(seen).toEqual([]);
      await wait(320); // past the quiet time after a batch
      h.userEdit('S', 'A3', 'z');
      await wait(10);
      expect(seen).toEqual(['S!A3']);
      off();
      expect(book.listeners.get('SheetChange')?.size).toBe(0);
    },
  );
  test('the address is relative A1 (Address(false, false))', async () => {
    const book = etBook([{ name: '项目表', rows: [['a']] }]);
    const h = etHarness(book);
    const seen: string[] = [];
    await h.host.onEdit((e) => seen.push(e.address));
    h.userEdit('项目表', 'AB12', 'x');
    expect(seen).toEqual(['AB12']);
  });
});

describe('dates', () => {
  test('date-formatted serials read as YYYY-MM-DD, other numbers stay numbers', async () => {
    const book = etBook([
      {
        name: 'S',
        rows: [
          ['完成时间', 45657],
          ['人数', 100],
        ],
      },
    ]);
    book.sheet('S').ensure(1, 2).format = 'yyyy"年"m"月"d"日"';
    const grid = await etHarness(book).host.readActiveSheet();
    expect(grid.values).toEqual([
      ['完成时间', '2024-12-31'],
      ['人数', 100],
    ]);
  });
  test('a sheet of text only probes no number formats', async () => {
    const book = etBook([
      {
        name: 'S',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
    const host = etHarness(book).host;
    book.resetCalls();
    await host.readActiveSheet();
    expect(book.calls['Range.NumberFormat']).toBeUndefined();
  });
});

test('percent-formatted numbers read as shown, like the Excel and file hosts', async () => {
  const book = etBook([{ name: 'S', rows: [['满意度', 0.95]] }]);
  book.sheet('S').ensure(1, 2).format = '0%';
  const grid = await etHarness(book).host.readActiveSheet();
  expect(grid.values).toEqual([['满意度', '95%']]);
});
