/**
 * The mapping a recognition amounts to: per sheet, each form's range and kind and each indicator table's
 * range, heading rows and column roles. `target-sheet model --json` prints it, so a user can save it,
 * correct a role or a range, and give it back (--mapping, or stored in the workbook by the pane).
 */
import { columnIndex, columnName, fromRangeA1 } from '../../core/address';
import type { Form, IndicatorTable } from '../../model/form';
import type { Mapping, MappingColumnRole, MappingTable, SheetMapping } from '../../model/mapping';
import { isUnreadSheet } from '../unrecognized';

export function mappingFromForms(forms: readonly Form[]): Mapping {
  const sheets: Record<string, SheetMapping> = {};
  for (const form of forms) {
    // a sheet that only looks like a form (structure.unrecognized) has nothing to map: the readers decide again
    if (isUnreadSheet(form)) continue;
    const sheet = (sheets[form.sheet] ??= { forms: [], tables: [] });
    // several projects read from one table (项目名称 columns) share the table and the range: once each
    if (!sheet.forms.some((f) => f.range === form.range))
      sheet.forms.push({ range: twoCorners(form.range), kind: form.kind });
    for (const t of form.tables) if (!sheet.tables.some((x) => x.range === t.range)) sheet.tables.push(mappingTable(t));
  }
  return { version: 1, sheets };
}

function mappingTable(table: IndicatorTable): MappingTable {
  const pos = fromRangeA1(table.range);
  const values = table.columns.filter((c) => c.role === 'value');
  const columns: Record<string, MappingColumnRole> = {};
  for (let c = pos.c0; c <= pos.c1; c++) columns[columnName(c)] = 'ignore';
  for (const col of table.columns) {
    if (columnIndex(col.col) < pos.c0 || columnIndex(col.col) > pos.c1) continue;
    columns[col.col] =
      col.role !== 'value'
        ? col.role
        : // the year's single value column reads as plain `value`; any other period is named
          values.length === 1 && col.period === '全年'
          ? 'value'
          : `value:${col.period || col.header.trim() || `值${col.col}`}`;
  }
  return { range: twoCorners(table.range), headerRows: table.headerRows ?? 1, columns };
}

/** A mapping's ranges name both corners (A1:A1 for one cell). */
function twoCorners(range: string): string {
  return range.includes(':') ? range : `${range}:${range}`;
}
