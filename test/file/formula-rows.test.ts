/**
 * Formulas follow inserted and deleted rows as in Excel (file mode's template insertion and its undo): a
 * 合计 that adds up a column keeps adding up the same cells, and takes in rows inserted inside its range.
 */
import ExcelJS from 'exceljs';
import { shiftFormulaRows } from '../../src/hosts/file/formula-rows';
import { FileHost } from '../../src/hosts/file/file-host';

const ins = (at: number, count: number, sheet = '项目表') => ({ sheet, at, count });

describe('shiftFormulaRows', () => {
  test.each([
    // formula, rows inserted before `at`, expected
    ['SUM(D6:D12)', 12, 'SUM(D6:D14)'], // inside the range (before its last row): grows
    ['SUM(D6:D12)', 6, 'SUM(D8:D14)'], // at its first row: the whole range moves
    ['SUM(D6:D12)', 13, 'SUM(D6:D12)'], // below it: unchanged
    ['SUM($D$6:$D$12)*2', 8, 'SUM($D$6:$D$14)*2'], // absolute references move too, as in Excel
    ['D5+D20', 10, 'D5+D22'],
    ['LOG10(A12)+ROUND(B12,2)', 10, 'LOG10(A14)+ROUND(B14,2)'], // function names are not references
    ['IF(D12="A12","D12",D12)', 10, 'IF(D14="A12","D12",D14)'], // string literals are not references
    ['SUM(8:12)', 10, 'SUM(8:14)'], // whole rows
    ['SUM(D:D)', 10, 'SUM(D:D)'], // whole columns do not move
    ['SUM(D12:D6)', 8, 'SUM(D14:D6)'], // a range written bottom-up
    ["'项目表'!D12+项目表!D12", 10, "'项目表'!D14+项目表!D14"],
    ["'其他 表'!D12+汇总!D12", 10, "'其他 表'!D12+汇总!D12"], // other sheets' rows did not move
  ])('%s with 2 rows inserted before row %i → %s', (formula, at, expected) => {
    expect(shiftFormulaRows(formula, '项目表', ins(at, 2))).toBe(expected);
  });

  test('a reference on another sheet to the shifted sheet moves; the own sheet is the default', () => {
    expect(shiftFormulaRows('项目表!D12-D12', '汇总', ins(10, 2))).toBe('项目表!D14-D12');
    expect(shiftFormulaRows("'It''s'!A5", '汇总', ins(1, 1, "It's"))).toBe("'It''s'!A6");
  });

  test('deleting rows takes an insertion back exactly; a reference into deleted rows is #REF!', () => {
    for (const [f, at] of [
      ['SUM(D6:D12)', 12],
      ['SUM(D6:D12)', 6],
      ['SUM($D$6:$D$12)+D20-D3', 8],
    ] as const) {
      const grown = shiftFormulaRows(f, '项目表', ins(at, 3));
      expect(shiftFormulaRows(grown, '项目表', ins(at, -3))).toBe(f);
    }
    expect(shiftFormulaRows('D11+1', '项目表', ins(10, -2))).toBe('#REF!+1');
    expect(shiftFormulaRows('SUM(D10:D11)', '项目表', ins(10, -2))).toBe('SUM(#REF!)');
  });
});

describe('file host: formulas across an insertion and its undo', () => {
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目表');
    ws.addRows([
      ['三级指标', '金额'],
      ['甲', 10],
      ['乙', 20],
      ['丙', 30],
      ['合计', null],
    ]);
    ws.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 60 };
    // a shared formula: C2 is the master, C3:C4 refer to it
    ws.getCell('C2').value = {
      formula: 'B2*2',
      result: 20,
      shareType: 'shared',
      ref: 'C2:C4',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = { sharedFormula: 'C2', result: 40 };
    ws.getCell('C4').value = { sharedFormula: 'C2', result: 60 };
    const sum = wb.addWorksheet('汇总');
    sum.getCell('A1').value = { formula: '项目表!B5', result: 60 };
    return wb;
  }

  test('the 合计 takes in the inserted rows, shared formulas keep their cells, other sheets follow; undo restores', async () => {
    const host = new FileHost(book(), 'a.xlsx');
    await host.insertRows({ sheet: '项目表', beforeRow: 4, rows: [{ A: '新增', B: '5' }] });
    const ws = host.workbook.getWorksheet('项目表')!;
    expect(ws.getCell('B6').formula).toBe('SUM(B2:B5)');
    expect(ws.getCell('C5').formula).toBe('B5*2'); // the old 丙 row, moved down, still doubles its own amount
    expect(ws.getCell('C3').formula).toBe('B3*2');
    expect(host.workbook.getWorksheet('汇总')!.getCell('A1').formula).toBe('项目表!B6');

    // the saved file says the same (and asks Excel to recalculate on open)
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await host.save({ withState: false })) as unknown as ArrayBuffer);
    expect(reopened.getWorksheet('项目表')!.getCell('B6').formula).toBe('SUM(B2:B5)');
    expect(reopened.getWorksheet('汇总')!.getCell('A1').formula).toBe('项目表!B6');

    await host.undoInsertion();
    expect(ws.getCell('B5').formula).toBe('SUM(B2:B4)');
    expect(ws.getCell('C4').formula).toBe('B4*2');
    expect(host.workbook.getWorksheet('汇总')!.getCell('A1').formula).toBe('项目表!B5');
  });
});
