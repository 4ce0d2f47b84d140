import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { percentDecimals, percentText } from '../../src/core/number-format';

describe('percent-formatted numbers read as the clerk sees them', () => {
  test('format decimals', () => {
    expect(percentDecimals('0%')).toBe(0);
    expect(percentDecimals('0.00%')).toBe(2);
    expect(percentDecimals('General')).toBeNull();
    expect(percentDecimals('"%"@')).toBeNull();
    expect(percentDecimals(undefined)).toBeNull();
    expect(percentText(0.955, 1)).toBe('95.5%');
    expect(percentText(1, 0)).toBe('100%');
  });

  test('a workbook with a percent cell, a plain number and an amount', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 0.95;
    ws.getCell('A1').numFmt = '0%';
    ws.getCell('B1').value = 0.3;
    ws.getCell('B1').numFmt = '0.00%';
    ws.getCell('C1').value = 1003.82;
    ws.getCell('C1').numFmt = '0.00';
    const [g] = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(g.values[0]).toEqual(['95%', '30.00%', 1003.82]);
  });
});
