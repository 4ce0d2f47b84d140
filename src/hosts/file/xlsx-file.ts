import { readFile } from 'fs/promises';
import type { Grid } from '../../model/grid';
import { readWorkbook } from './xlsx';

/**
 * Node only (CLI, scripts, tests): reads a workbook from a path. Kept out of xlsx.ts so the browser bundles
 * never see `fs`. Missing files fail with the usual fs error (ENOENT …).
 */
export async function readWorkbookFile(path: string): Promise<Grid[]> {
  const buf = await readFile(path);
  return readWorkbook(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}
