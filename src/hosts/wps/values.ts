import type { CellValue } from '../../model/grid';
import { toGridValue } from '../excel/cell-values';
import type { EtScalar, EtValue2 } from './et-api';

/**
 * Value2 of a rows×cols range as rows of grid values. WPS gives a scalar for one cell, an array of row arrays
 * for several, and (some builds, one row or one column) a flat array; all become rows×cols, padded with null.
 */
export function normalizeValue2(raw: EtValue2, rows: number, cols: number): CellValue[][] {
  let table: EtScalar[][];
  if (!Array.isArray(raw)) table = [[raw]];
  else if (raw.length === 0) table = [];
  else if (raw.every((r) => Array.isArray(r))) table = raw;
  else {
    const flat = raw;
    table = rows === 1 ? [flat] : flat.map((v) => [v]);
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = table[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(toScalar(src[c]));
    out.push(row);
  }
  return out;
}

function toScalar(v: EtScalar): CellValue {
  if (typeof v === 'string') return v === '' ? null : v;
  return toGridValue(v === undefined ? null : v);
}
