/**
 * File mode's undo of a template insertion (issue 15 point 7): an in-memory workbook has no undo of its own,
 * so the file host takes its insertions back itself. Insert then undo must give the workbook it was:
 * cell values (formulas included), styles, merges, row heights, hidden rows, also after save and reopen.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { FileHost, STATE_SHEET } from '../../src/hosts/file/file-host';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';

/** Everything of the user's sheets a reader sees: per row height/hidden/outline and every cell's value and style. */
function content(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets
    .filter((ws) => ws.name !== STATE_SHEET)
    .map((ws) => {
      const rows: unknown[] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.findRow(r);
        if (!row) continue;
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells.push([cell.address, JSON.stringify(cell.value), JSON.stringify(cell.style ?? {})]);
        });
        if (cells.length === 0 && !row.height && !row.hidden) continue;
        rows.push({ r, height: row.height, hidden: row.hidden, outline: row.outlineLevel ?? 0, cells });
      }
      const merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
      return { name: ws.name, rows, merges };
    });
}

const border = { style: 'thin' as const, color: { argb: 'FF000000' } };
const boxed = { top: border, left: border, bottom: border, right: border };

/** A small form: a merged title, a vertically merged 一级, bordered cells, a tall row, a hidden row, a formula. */
function form(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标');
  const rows = [
    ['项目支出绩效目标表', null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人数', '≥100人'],
    [null, null, '培训天数', '≥5天'],
    [null, '质量指标', '合格率', '≥95%'],
    [null, '时效指标', '完成时间', '2025年12月前'],
    ['效益指标', '社会效益指标', '受益人数', '≥500人'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
  ];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (v !== null) cell.value = v;
      if (r > 0) cell.style = { border: boxed, font: { name: '宋体', size: r === 1 ? 12 : 10, bold: r === 1 } };
    }),
  );
  ws.getCell('D9').value = { formula: 'COUNTA(C3:C8)', result: 6 };
  ws.getCell('A11').value = '备注';
  ws.getRow(1).height = 30;
  ws.getRow(10).hidden = true;
  ws.getRow(10).getCell(1).value = '隐藏行';
  ws.mergeCells('A1:D1');
  ws.mergeCells('A3:A6');
  ws.mergeCells('B3:B4');
  return wb;
}

describe('file host: undo of an insertion', () => {
  test('insert (inside a merge, below it, with merges of its own) then undo: the sheet is as before', async () => {
    const host = new FileHost(form(), 'a.xlsx');
    const before = content(host.workbook);
    await host.insertRows([
      { sheet: '绩效目标', beforeRow: 5, rows: [{ C: '新增一', D: '≥1' }], merges: [] },
      {
        sheet: '绩效目标',
        beforeRow: 8,
        rows: [
          { A: '满意度指标', B: '服务对象满意度指标', C: '新增二', D: '≥2' },
          { C: '新增三', D: '≥3' },
        ],
        merges: ['A8:A9', 'B8:B9'],
      },
    ]);
    const inserted = content(host.workbook);
    expect(inserted).not.toEqual(before);
    // the insertion really happened where planned: the merge it fell into grew, the formula moved down and
    // counts the new rows too (rows went in inside C3:C8, as Excel grows the range)
    const ws = host.workbook.getWorksheet('绩效目标')!;
    expect(ws.getCell('C5').value).toBe('新增一');
    expect((ws.model as { merges?: string[] }).merges).toEqual(expect.arrayContaining(['A3:A7', 'A9:A10']));
    expect(ws.getCell('D12').formula).toBe('COUNTA(C3:C11)');

    await host.undoInsertion();
    expect(content(host.workbook)).toEqual(before);
    // and in the bytes a user downloads
    const reopened = await FileHost.open(await host.save({ withState: false }));
    const original = await FileHost.open(await new FileHost(form(), 'a.xlsx').save({ withState: false }));
    expect(content(reopened.workbook)).toEqual(content(original.workbook));
  });

  test('undo takes back the latest batch only; two undos restore two batches; a third one fails', async () => {
    const host = new FileHost(form(), 'a.xlsx');
    const before = content(host.workbook);
    await host.insertRows({ sheet: '绩效目标', beforeRow: 4, rows: [{ C: '一' }] });
    const middle = content(host.workbook);
    await host.insertRows({ sheet: '绩效目标', beforeRow: 9, rows: [{ C: '二' }, { C: '三' }] });
    await host.undoInsertion();
    expect(content(host.workbook)).toEqual(middle);
    await host.undoInsertion();
    expect(content(host.workbook)).toEqual(before);
    await expect(host.undoInsertion()).rejects.toThrow();
  });

  test('marked cells: insert and undo leave no stray mark colour, and clearing marks restores the original', async () => {
    const host = new FileHost(form(), 'a.xlsx');
    const before = content(host.workbook);
    await host.mark([{ rule: 'expr.test', severity: 'error', sheet: '绩效目标', cell: 'D7', message: '测试' }]);
    await host.insertRows({ sheet: '绩效目标', beforeRow: 4, rows: [{ C: '一' }] });
    await host.undoInsertion();
    await host.clearMarks();
    expect(content(host.workbook)).toEqual(before);
  });

  test('pane: 补齐 in file mode is one step on the undo list; 撤销 gives back the workbook (seed004)', async () => {
    const host = await FileHost.open(readFileSync('test/fixtures/seed004.xlsx'), 'seed004.xlsx');
    const before = content(host.workbook);
    const store = new Store();
    const actions = createController(store, { host, check: (g, o) => checkGrids(g, o), scope: 'all' });
    await actions.init();
    await actions.runCheck();
    const missing = store.get().result!.findings.filter((f) => f.rule === 'structure.missing-standard').length;
    expect(missing).toBeGreaterThan(0);

    await actions.fillMissingStandard();
    expect(store.get().error).toBeNull();
    const step = store.get().undo.at(-1);
    expect(step?.inserted).toBeGreaterThan(0);
    expect(store.get().undo).toHaveLength(1);
    expect(content(host.workbook)).not.toEqual(before);
    expect(store.get().result!.findings.filter((f) => f.rule === 'structure.missing-standard')).toHaveLength(0);

    await actions.undoFix();
    expect(store.get().error).toBeNull();
    expect(store.get().undo).toHaveLength(0);
    expect(store.get().result!.findings.filter((f) => f.rule === 'structure.missing-standard')).toHaveLength(missing);
    expect(store.get().notice).toContain(String(step!.inserted));
    // the check marked the findings again (file mode marks by default): without the marks, the original
    await actions.clearMarks();
    expect(content(host.workbook)).toEqual(before);
  });
});
