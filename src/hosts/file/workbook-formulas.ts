import type { Workbook } from 'exceljs';
import { shiftFormulaRows, type RowShift } from './formula-rows';

type FormulaValue = { formula?: string; sharedFormula?: string; shareType?: string; result?: unknown };

function formulaValue(v: unknown): FormulaValue | null {
  if (v === null || typeof v !== 'object') return null;
  const f = v as FormulaValue;
  return typeof f.formula === 'string' || typeof f.sharedFormula === 'string' ? f : null;
}

/**
 * Shared formulas (one master, the others written relative to it) as plain formulas, each with its own
 * text. exceljs keeps a dependent's master by address, which a row insertion moves: a shared formula
 * below inserted rows would be read from the wrong master.
 */
export function unshareFormulas(wb: Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaValue(cell.value);
        if (!f || (f.sharedFormula === undefined && f.shareType !== 'shared')) return;
        cell.value = { formula: cell.formula, result: f.result } as import('exceljs').CellFormulaValue;
      }),
    ),
  );
}

/**
 * Every formula of the workbook with its references to the shifted rows moved (formula-rows.ts). When one
 * changes, Excel is told to recalculate on open: cached results stay as they were until then.
 */
export function shiftFormulas(wb: Workbook, shift: RowShift): void {
  let changed = false;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaValue(cell.value);
        if (!f || typeof f.formula !== 'string') return;
        const text = shiftFormulaRows(f.formula, ws.name, shift);
        if (text === f.formula) return;
        cell.value = { ...f, formula: text } as import('exceljs').CellFormulaValue;
        changed = true;
      }),
    ),
  );
  if (changed) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
