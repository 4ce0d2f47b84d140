import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { writeSheet } from '../hosts/file/write-sheet';
import { BUILT_IN_SETS, findSet } from '../templates/catalog';
import { describeNewForm } from '../templates/new-form';
import type { Preset } from '../templates/preset-schema';
import { BUILT_IN_PRESETS, isUserPresetFile, mergePresets, parsePresetFile } from '../templates/presets';
import type { TemplateSet } from '../templates/schema';
import { isUserSetFile, mergeSets, parseTemplateFile } from '../templates/user-sets';
import { parseArgs } from './inputs';

const USAGE = `usage: target-sheet new --kind project|department [--preset ID] [--year YYYY] [--name TEXT]
                        [--free-name] [--list] -o FILE.xlsx

Writes a new, empty 绩效目标表 of the official layout: title with the year, header fields, a funds block whose
total is a SUM formula, goals, and the indicator table with the standard 决策/过程 rows filled in and one
empty row under each 产出/效益/满意度 (成本) 二级, list validations for 一级/二级 (and the operator column),
merges, column widths and print setup (A4, table header repeated on every page).
--preset   a built-in or user preset (target-sheet.presets.json or *.preset.json beside the output file);
           default: the first preset of --kind. --list prints the presets.
--year     default: next year. --name: the project's / department's name.
Never overwrites: an existing -o file is refused, unless --free-name picks a free name (FILE-2.xlsx …).
Exit 0: written; 2: bad arguments, invalid preset file, or the output file exists.`;

function userFiles<T>(
  dir: string,
  accept: (n: string) => boolean,
  parse: (t: string) => T,
): { name: string; parsed: T }[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter(accept).sort();
  } catch {
    names = [];
  }
  return names.map((name) => ({ name: join(dir, name), parsed: parse(readFileSync(join(dir, name), 'utf8')) }));
}

/** Built-in and the folder's user presets and template sets; invalid user files are reported. */
function loadAll(dir: string): { presets: Preset[]; sets: TemplateSet[]; errors: string[] } {
  const errors: string[] = [];
  const presets: Preset[] = [];
  for (const f of userFiles(dir, isUserPresetFile, parsePresetFile)) {
    if (f.parsed.ok) presets.push(...f.parsed.presets);
    else errors.push(`${f.name}: invalid preset / 预设文件无效:\n  ${f.parsed.errors.join('\n  ')}`);
  }
  const sets: TemplateSet[] = [];
  for (const f of userFiles(dir, isUserSetFile, parseTemplateFile)) {
    if (f.parsed.ok) sets.push(...f.parsed.sets);
    else errors.push(`${f.name}: invalid template set / 模板文件无效:\n  ${f.parsed.errors.join('\n  ')}`);
  }
  return { presets: mergePresets(BUILT_IN_PRESETS, presets), sets: mergeSets(BUILT_IN_SETS, sets), errors };
}

/** FILE.xlsx, else FILE-2.xlsx, FILE-3.xlsx … : the first that does not exist. */
export function freeName(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  for (let i = 2; ; i++) if (!existsSync(`${stem}-${i}${ext}`)) return `${stem}-${i}${ext}`;
}

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['kind', 'preset', 'year', 'name', 'o']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const out = values.o;
  const { presets, sets, errors } = loadAll(out ? dirname(resolve(out)) : process.cwd());
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 2;
  }
  if (flags.has('list')) {
    for (const p of presets) console.log(`${p.id.padEnd(20)} ${p.kind === 'project' ? '项目' : '部门'}  ${p.name}`);
    return 0;
  }
  const bad = [...flags].filter((f) => f !== 'free-name');
  const kind = values.kind;
  if (bad.length || positionals.length || (kind !== 'project' && kind !== 'department') || !out) {
    console.error(
      `target-sheet new needs --kind project|department and -o FILE.xlsx / 需要 --kind 和 -o 输出文件\n\n${USAGE}`,
    );
    return 2;
  }
  const preset =
    values.preset !== undefined ? presets.find((p) => p.id === values.preset) : presets.find((p) => p.kind === kind);
  if (!preset) {
    console.error(`unknown preset "${values.preset}" (presets: ${presets.map((p) => p.id).join(', ')}) / 没有该预设`);
    return 2;
  }
  if (preset.kind !== kind) {
    console.error(`preset ${preset.id} is a ${preset.kind} form, not ${kind} / 预设的表单类型与 --kind 不符`);
    return 2;
  }
  const set = findSet(sets, preset.standardSet);
  if (!set || set.kind !== kind) {
    console.error(
      `preset ${preset.id}: standard set "${preset.standardSet}" not found for ${kind} forms / 找不到标准指标模板`,
    );
    return 2;
  }
  const year = values.year !== undefined ? Number(values.year) : new Date().getFullYear() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error(`--year ${values.year}: a year such as 2026 / 年度应为四位年份`);
    return 2;
  }
  let path = out;
  if (existsSync(path)) {
    if (!flags.has('free-name')) {
      console.error(`${path}: exists; refusing to overwrite (use another -o or --free-name) / 文件已存在，不会覆盖`);
      return 2;
    }
    path = freeName(path);
  }
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const d = describeNewForm(preset, set, { year, name: values.name });
  writeSheet(wb, d);
  try {
    // flag wx: fails instead of overwriting a file that appeared since the check.
    const buf = await wb.xlsx.writeBuffer();
    writeFileSync(path, new Uint8Array(buf), { flag: 'wx' });
  } catch (err) {
    console.error(`${path}: cannot be written (${(err as Error).message}) / 无法写出文件`);
    return 2;
  }
  console.log(`${path}: ${preset.name}, ${year} 年, 表格 ${d.table.headerRow}–${d.table.lastRow} 行 / 已新建`);
  return 0;
}
