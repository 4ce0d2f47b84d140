/**
 * 新建绩效目标表: a preset (layout) and its standard set (决策/过程 rows) → a pure description of the sheet
 * (cells, SUM formulas with their results, merges, validation lists, widths, print setup). Hosts render it
 * (src/model/sheet.ts; src/hosts/file/write-sheet.ts with exceljs; the Excel/WPS hosts later), so all hosts write the same form.
 */
import { columnName } from '../core/address';
import type { SheetCell, SheetDescription, SheetValue } from '../model/sheet';
import type { Preset, PresetColumn } from './preset-schema';
import type { TemplateItem, TemplateSet } from './schema';

export interface NewFormOptions {
  year: number;
  name?: string;
  sheetName?: string;
}

/** =100% → {op: '=', number: '100', unit: '%'}; 合规 → qualitative (定性). */
function splitValue(text: string): { op: string; number: string; unit: string } {
  const m = /^([≥≤=<>])\s*([0-9.]+)\s*(.*)$/.exec(text);
  return m ? { op: m[1], number: m[2], unit: m[3] } : { op: '定性', number: text, unit: '' };
}

function valueOf(item: TemplateItem, period: string | undefined): string {
  return period === '半年' ? item.half : item.full;
}

export function describeNewForm(preset: Preset, set: TemplateSet, options: NewFormOptions): SheetDescription {
  const cols: PresetColumn[] = preset.columns;
  const n = cols.length;
  const last = columnName(n - 1);
  const cells: SheetCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: SheetValue, style?: SheetCell['style']): void => {
    cells.push({ at: `${columnName(col)}${row}`, value, ...(style ? { style } : {}) });
  };
  const merge = (r0: number, c0: number, r1: number, c1: number): void => {
    if (r0 !== r1 || c0 !== c1) merges.push(`${columnName(c0)}${r0}:${columnName(c1)}${r1}`);
  };

  let row = 1;
  put(row, 0, preset.title.replace('{year}', String(options.year)), 'title');
  merge(row, 0, row, n - 1);
  row += 2;

  // Header fields: two label/value pairs per row; the value cells span the columns between the labels.
  const mid = Math.ceil(n / 2);
  for (let i = 0; i < preset.header.length; i += 2) {
    put(row, 0, preset.header[i], 'label');
    if (i === 0 && options.name) put(row, 1, options.name, 'text');
    merge(row, 1, row, mid - 1);
    if (preset.header[i + 1] !== undefined) {
      put(row, mid, preset.header[i + 1], 'label');
      merge(row, mid + 1, row, n - 1);
    } else merge(row, 1, row, n - 1);
    row++;
  }

  // Funds: a vertical label, one line per item, the amount in the last column; the total is a SUM.
  const fundsTop = row;
  const items = [preset.funds.total, ...preset.funds.parts];
  put(row, 0, preset.funds.label, 'label');
  items.forEach((label, i) => {
    const r = fundsTop + i;
    put(r, 1, label, 'label');
    merge(r, 1, r, n - 2);
    if (i === 0)
      put(r, n - 1, { formula: `SUM(${last}${fundsTop + 1}:${last}${fundsTop + items.length - 1})`, result: 0 });
    else put(r, n - 1, 0);
  });
  merge(fundsTop, 0, fundsTop + items.length - 1, 0);
  row = fundsTop + items.length;

  for (const label of preset.goals) {
    put(row, 0, label, 'label');
    put(row, 1, preset.goalText, 'text');
    merge(row, 1, row, n - 1);
    row++;
  }

  // Indicator table.
  const headerRow = row;
  cols.forEach((c, i) => put(headerRow, i, c.header, 'header'));
  row++;
  const col = (role: PresetColumn['role']): number => cols.findIndex((c) => c.role === role);
  const c1 = col('level1');
  const c2 = col('level2');
  const c3 = col('level3');
  const cOp = col('operator');
  const cUnit = col('unit');
  const level1Names: string[] = [];
  const level2Names: string[] = [];
  const writeValues = (r: number, item: TemplateItem): void => {
    cols.forEach((c, i) => {
      if (c.role !== 'value') return;
      const text = valueOf(item, c.period);
      if (cOp < 0) {
        put(r, i, text);
        return;
      }
      const v = splitValue(text);
      put(r, cOp, v.op);
      put(r, i, /^[0-9.]+$/.test(v.number) ? Number(v.number) : v.number);
      if (cUnit >= 0 && v.unit) put(r, cUnit, v.unit);
    });
  };
  const section = (label: string, groups: { label: string; rows: (TemplateItem | null)[] }[]): void => {
    const top = row;
    level1Names.push(label);
    put(top, c1, label);
    for (const g of groups) {
      const gTop = row;
      level2Names.push(g.label);
      put(gTop, c2, g.label);
      for (const item of g.rows) {
        if (item) {
          if (item.name) put(row, c3, item.name);
          writeValues(row, item);
        }
        row++;
      }
      merge(gTop, c2, row - 1, c2);
    }
    merge(top, c1, row - 1, c1);
  };
  for (const l1 of set.sections) {
    if (l1.skeleton || (l1.key !== 'decision' && l1.key !== 'process')) continue;
    section(
      l1.label.endsWith('指标') ? l1.label : `${l1.label}指标`,
      l1.groups.map((g) => ({ label: g.label, rows: g.items })),
    );
  }
  for (const s of preset.sections)
    section(
      s.label,
      s.groups.map((g) => ({
        label: g.label,
        // One placeholder row with empty 三级 and value: a value without a name would be a finding.
        rows: g.items?.length ? g.items : [null],
      })),
    );
  const lastRow = row - 1;

  const body = (c: number): string => `${columnName(c)}${headerRow + 1}:${columnName(c)}${lastRow + 20}`;
  const validations = [
    { range: body(c1), list: level1Names },
    { range: body(c2), list: [...new Set(level2Names)] },
  ];
  if (cOp >= 0 && preset.operators) validations.push({ range: body(cOp), list: preset.operators });

  return {
    name: options.sheetName ?? (preset.kind === 'project' ? '项目绩效目标表' : '部门整体绩效目标表'),
    cells,
    merges,
    validations,
    widths: cols.map((c) => c.width),
    print: { paperSize: 'A4', orientation: n > 5 ? 'landscape' : 'portrait', titleRows: `${headerRow}:${headerRow}` },
    table: { headerRow, lastRow },
  };
}
