import path from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { Grid } from '../../src/model/grid';
import type { FakeBookSpec } from './fake-book';

/** A seed workbook as a fake Excel workbook spec (values at their real positions, merges kept). */
export async function seedSpec(file: string): Promise<FakeBookSpec> {
  const grids = await readWorkbookFile(path.resolve(__dirname, '..', 'fixtures', file));
  return { sheets: grids.map(toSheet) };
}

function toSheet(g: Grid): FakeBookSpec['sheets'][number] {
  const rows: (string | number | null)[][] = [];
  for (let r = 0; r < g.origin.row; r++) rows.push([]);
  for (const row of g.values) rows.push([...Array<null>(g.origin.col).fill(null), ...row]);
  return { name: g.sheet, rows, merges: g.merges };
}
