/** 全部修正 in Excel: many fixes are one request with one write sync, so Excel keeps them as one undo step. */
import { createExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook } from './fake-excel';

function book(): FakeWorkbook {
  const b = new FakeWorkbook({ excelApi: '1.17' });
  const rows = Array.from({ length: 70 }, (_, i) => ['培训人数', `≥${i + 1}人`, `＝${i + 1}%`]);
  b.addSheet('Sheet1', rows);
  b.addSheet('Other', [['x', '＝5%']]);
  return b;
}

test('64 cells on two sheets: one run, one sync, one undo step; old texts returned in order', async () => {
  const b = book();
  const host = createExcelHost(b.env());
  const edits = [
    ...Array.from({ length: 63 }, (_, i) => ({ sheet: 'Sheet1', cell: `C${i + 1}`, text: `=${i + 1}%` })),
    { sheet: 'Other', cell: 'B1', text: '=5%' },
  ];
  b.resetCounts();
  const previous = await host.writeCells(edits);
  expect(b.runs).toBe(1);
  expect(b.syncs.length).toBe(1);
  expect(b.undoSteps).toBe(1);
  expect(previous.map((p) => p.previous)).toEqual([...Array.from({ length: 63 }, (_, i) => `＝${i + 1}%`), '＝5%']);
  expect(b.sheet('Sheet1').cell(0, 2)?.v).toBe('=1%');
  expect(b.sheet('Sheet1').cell(62, 2)?.v).toBe('=63%');
  expect(b.sheet('Sheet1').cell(63, 2)?.v).toBe('＝64%'); // not in the list: untouched
  expect(b.sheet('Other').cell(0, 1)?.v).toBe('=5%');
});
