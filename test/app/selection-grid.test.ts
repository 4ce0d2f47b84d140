/**
 * File mode's selectable grid (src/app/selection-grid.ts) and the selection it gives the pane: the file
 * host's readSelection returns what the grid (or a part of the 识别结果 view) selected, so corrections
 * drawn from the selection and the 指标库 insert at the selected row work without Excel.
 */
import { readFileSync } from 'fs';
import type { Grid } from '../../src/model/grid';
import { gridWindow, inRange, MAX_ROWS, spanRange, step } from '../../src/app/selection-grid';
import { FileHost } from '../../src/hosts/file/file-host';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';

const grid = (rows: number, cols: number, origin = { row: 0, col: 0 }): Grid => ({
  sheet: 'S',
  rows,
  cols,
  values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r},${c}`)),
  merges: [],
  origin,
});

describe('grid window', () => {
  test("the form's range with a margin (one row/column before, three rows and two columns after), within the used range", () => {
    const w = gridWindow(grid(40, 12), 'B3:E20')!;
    expect(w.rows[0]).toBe(1); // row 2
    expect(w.rows.at(-1)).toBe(22); // row 23
    expect(w.cols).toEqual([0, 1, 2, 3, 4, 5, 6]); // A..G
    expect(w.clipped).toBe(false);
    expect(w.text(2, 1)).toBe('2,1');
  });

  test('the margin stops at the used range (origin kept); without a form, the whole used range', () => {
    const g = grid(10, 4, { row: 4, col: 2 }); // C5:F14
    const w = gridWindow(g, 'C5:F14')!;
    expect([w.rows[0], w.rows.at(-1), w.cols[0], w.cols.at(-1)]).toEqual([4, 13, 2, 5]);
    expect(w.text(4, 2)).toBe('0,0');
    const all = gridWindow(g)!;
    expect(all.rows).toHaveLength(10);
    expect(gridWindow(grid(0, 0))).toBeNull();
    expect(gridWindow(undefined)).toBeNull();
  });

  test('a huge sheet is cut and says so', () => {
    const w = gridWindow(grid(MAX_ROWS + 50, 3))!;
    expect(w.rows).toHaveLength(MAX_ROWS);
    expect(w.clipped).toBe(true);
  });
});

describe('ranges', () => {
  test('span from an anchor in any direction is written top-left first', () => {
    expect(spanRange('C5', 'A3')).toBe('A3:C5');
    expect(spanRange('A5', 'C3')).toBe('A3:C5');
    expect(spanRange('B2', 'B2')).toBe('B2');
    expect(inRange('A3:C5', 4, 2)).toBe(true);
    expect(inRange('A3:C5', 5, 2)).toBe(false);
  });

  test('arrow keys move one cell and stop at the window edge', () => {
    const w = { rows: [2, 3, 4], cols: [0, 1] };
    expect(step(w, 'A3', 'ArrowDown')).toBe('A4');
    expect(step(w, 'A3', 'ArrowUp')).toBe('A3');
    expect(step(w, 'B5', 'ArrowRight')).toBe('B5');
    expect(step(w, 'B5', 'ArrowLeft')).toBe('A5');
  });
});

describe('file mode selection through the pane', () => {
  test('what the pane selects is read back as the range; 排除选区 becomes a mapping and re-checks', async () => {
    const host = await FileHost.open(readFileSync('test/fixtures/seed001.xlsx'), 'seed001.xlsx');
    const store = new Store();
    const actions = createController(store, {
      host,
      check: (g, o) => checkGrids(g, o),
      scope: 'all',
      file: { name: 'seed001.xlsx', bytes: () => host.save() },
    });
    await actions.init();
    expect(store.get().selectionAvailable).toBe(true);
    await actions.runCheck();
    const form = store.get().result!.forms[0];
    expect(await host.readSelection()).toBeNull();
    await actions.selectRange(form.sheet, 'D8:B5');
    expect(store.get().selection).toEqual({ sheet: form.sheet, range: 'D8:B5' });
    expect(await host.readSelection()).toEqual({ sheet: form.sheet, range: 'B5:D8' });

    // the table's last row, drawn as on the grid (from its right end leftwards)
    const [first, last] = form.tables[0].range.split(':');
    const row = /\d+$/.exec(last)![0];
    const rowRange = `${/^[A-Z]+/.exec(first)![0]}${row}:${last}`;
    const before = store.get().result!.forms[0].indicators.length;
    await actions.selectRange(form.sheet, `${last}:${rowRange.split(':')[0]}`);
    await actions.correctFromSelection((sel) => ({ kind: 'exclude', sheet: sel.sheet, range: sel.range }));
    expect(store.get().error).toBeNull();
    expect(store.get().mapping?.sheets[form.sheet]?.exclude).toEqual([rowRange]);
    expect(store.get().result!.forms[0].indicators.length).toBeLessThan(before);
  });
});
