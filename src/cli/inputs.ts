import { msg } from '../messages';
import { readFileSync } from 'fs';
import { basename, extname } from 'path';
import { gridFromTsv } from '../hosts/file/tsv';
import { WorkbookReadError } from '../hosts/file/xlsx';
import { readWorkbookFile } from '../hosts/file/xlsx-file';
import type { Grid } from '../model/grid';
import { releaseWorkbookMemory } from './memory';

export type LoadResult = { ok: true; grids: Grid[] } | { ok: false; message: string };

/**
 * Reads one input of the CLI: an .xlsx workbook, or a .tsv transcription (the samples format).
 * Never throws: a file that cannot be read gives one clear message (from the catalogue, src/messages).
 */
export async function loadGrids(file: string, sheet?: string): Promise<LoadResult> {
  try {
    const grids =
      extname(file).toLowerCase() === '.tsv'
        ? [gridFromTsv(basename(file), readFileSync(file, 'utf8'))]
        : await readWorkbookFile(file);
    releaseWorkbookMemory(grids);
    if (sheet === undefined) return { ok: true, grids };
    const picked = grids.filter((g) => g.sheet === sheet);
    if (picked.length === 0)
      return { ok: false, message: msg('file.noSheet', { file, sheet, sheets: grids.map((g) => g.sheet).join('、') }) };
    return { ok: true, grids: picked };
  } catch (err) {
    if (err instanceof WorkbookReadError)
      return { ok: false, message: msg('file.workbook', { file, reason: err.messageZh }) };
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { ok: false, message: msg('file.notFound', { file }) };
    if (e.code === 'EISDIR') return { ok: false, message: msg('file.isDirectory', { file }) };
    return { ok: false, message: msg('file.unreadable', { file, reason: e.message }) };
  }
}

/**
 * Opens an .xlsx for a command that writes a changed copy (template apply, roll): checked readable first, so a
 * bad file gets the same clear message as in `check`, then loaded by exceljs with its styles for writing.
 */
export async function openForEdit(
  file: string,
  sheet?: string,
): Promise<{ ok: true; workbook: import('exceljs').Workbook } | { ok: false; message: string }> {
  const loaded = await loadGrids(file, sheet);
  if (!loaded.ok) return loaded;
  const ExcelJS = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { ok: true, workbook };
}

/** Minimal flag parsing shared by the commands: --flag, --key value, --key=value, positionals. */
export function parseArgs(
  args: string[],
  valued: string[],
): { flags: Set<string>; values: Record<string, string>; positionals: string[] } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (valued.includes(name)) values[name] = eq > 0 ? a.slice(eq + 1) : (args[++i] ?? '');
      else flags.add(name);
    } else if (a === '-o' && valued.includes('o')) values.o = args[++i] ?? '';
    else if (a === '-h') flags.add('help');
    else positionals.push(a);
  }
  return { flags, values, positionals };
}
