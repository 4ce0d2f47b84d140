import { readFile } from 'fs/promises';
import type { Grid } from '../../model/grid';
import { readWorkbook, sniff } from './xlsx';
import { gridsFromParts } from './xlsx-parts';
import { ZipEntries } from './zip-entries';

/**
 * Node only (CLI, scripts, tests): reads a workbook from a path. Kept out of xlsx.ts so the browser bundles
 * never see `fs`. Missing files fail with the usual fs error (ENOENT …).
 *
 * The grids come from the package's XML parts directly (xlsx-parts.ts: several times faster than a full
 * exceljs load, which matters for big workbooks and batch checks); a package that reader does not
 * understand is read with exceljs, which also gives the messages for damaged files.
 */
export async function readWorkbookFile(path: string): Promise<Grid[]> {
  const buf = await readFile(path);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  sniff(bytes);
  const fast = readParts(buf);
  return fast ?? readWorkbook(bytes);
}

/** The grids read from the XML parts, or null when anything is unexpected (exceljs reads the file then). */
export function readParts(buf: Buffer): Grid[] | null {
  try {
    const zip = new ZipEntries(buf);
    return gridsFromParts((path) => {
      const data = zip.read(path);
      if (data === null) return null;
      // UTF-16 parts (a byte-order mark) are left to exceljs
      if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
        throw new Error('UTF-16 part');
      return data.toString('utf8');
    });
  } catch {
    return null;
  }
}
