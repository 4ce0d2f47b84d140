/**
 * `--mapping MAP.json` of check and model: the file read and validated (zh-CN or --lang en messages), and
 * each workbook's sheets compared with the sheets the mapping names, so a mapping for another layout is said
 * plainly instead of silently reading nothing.
 */
import { readFileSync } from 'fs';
import { msg } from '../messages';
import { parseMappingText } from '../app/mapping-json';
import type { Grid } from '../model/grid';
import type { Mapping } from '../model/mapping';

export type MappingFile = { ok: true; mapping: Mapping | undefined } | { ok: false; message: string };

/** The mapping of `--mapping FILE` (undefined without the option). */
export function readMappingFile(file: string | undefined): MappingFile {
  if (file === undefined) return { ok: true, mapping: undefined };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return {
      ok: false,
      message: msg('mapping.cannotRead', {
        file,
        reason: e.code === 'ENOENT' ? msg('file.notFound', { file }) : e.message,
      }),
    };
  }
  const parsed = parseMappingText(text);
  if (parsed.ok) return { ok: true, mapping: parsed.mapping };
  return { ok: false, message: msg('mapping.invalidFile', { file, errors: parsed.errors.join('\n  ') }) };
}

/**
 * A sheet the mapping names that the workbook lacks, as a message (null when all are there). With --sheet
 * only that sheet was read: the mapping's other sheets are not looked for.
 */
export function missingMappingSheet(
  mapping: Mapping,
  grids: readonly Grid[],
  file: string,
  sheet?: string,
): string | null {
  const names = grids.map((g) => g.sheet);
  const wanted = Object.keys(mapping.sheets).filter((s) => sheet === undefined || s === sheet);
  const missing = wanted.find((s) => !names.includes(s));
  if (missing === undefined) return null;
  return msg('mapping.unknownSheet', { sheet: missing, file, sheets: names.join('、') });
}
