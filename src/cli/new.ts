import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { basename, dirname, extname, join, resolve } from 'path';
import { writeSheet } from '../hosts/file/write-sheet';
import { BUILT_IN_SETS, findSet } from '../templates/catalog';
import { describeNewForm } from '../templates/new-form';
import type { Preset } from '../templates/preset-schema';
import { BUILT_IN_PRESETS, isUserPresetFile, mergePresets, parsePresetFile } from '../templates/presets';
import type { TemplateSet } from '../templates/schema';
import { isUserSetFile, mergeSets, parseTemplateFile } from '../templates/user-sets';
import { parseArgs } from './inputs';
import { msg } from '../messages';

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

/** The user's settings folder (~/.config/target-sheet, or under XDG_CONFIG_HOME), as for the check's config. */
export function settingsDir(): string {
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'target-sheet');
}

/**
 * Built-in presets and template sets, the user's from the settings folder and from the output's folder
 * (a preset beside the workbook wins over one with the same id in the settings); invalid files are reported.
 */
export function loadAll(dir: string): { presets: Preset[]; sets: TemplateSet[]; errors: string[] } {
  const errors: string[] = [];
  const presets: Preset[] = [];
  const settings = settingsDir();
  const files = [
    ...userFiles(dir, isUserPresetFile, parsePresetFile),
    ...(resolve(settings) === resolve(dir) ? [] : userFiles(settings, isUserPresetFile, parsePresetFile)),
  ];
  for (const f of files) {
    if (f.parsed.ok) presets.push(...f.parsed.presets);
    else errors.push(msg('new.invalidPreset', { file: f.name, errors: f.parsed.errors.join('\n  ') }));
  }
  const sets: TemplateSet[] = [];
  for (const f of userFiles(dir, isUserSetFile, parseTemplateFile)) {
    if (f.parsed.ok) sets.push(...f.parsed.sets);
    else errors.push(msg('template.invalidFile', { file: f.name, errors: f.parsed.errors.join('\n  ') }));
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
    console.log(msg('new.usage'));
    return 0;
  }
  const out = values.o;
  const { presets, sets, errors } = loadAll(out ? dirname(resolve(out)) : process.cwd());
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 2;
  }
  if (flags.has('list')) {
    for (const p of presets)
      console.log(msg('new.preset', { id: p.id.padEnd(20), kind: msg(`kind.${p.kind}`), name: p.name }));
    return 0;
  }
  const bad = [...flags].filter((f) => f !== 'free-name');
  const kind = values.kind;
  if (bad.length || positionals.length || (kind !== 'project' && kind !== 'department') || !out) {
    console.error(`${msg('new.needArgs')}\n\n${msg('new.usage')}`);
    return 2;
  }
  const preset =
    values.preset !== undefined ? presets.find((p) => p.id === values.preset) : presets.find((p) => p.kind === kind);
  if (!preset) {
    console.error(
      msg('new.unknownPreset', { preset: values.preset ?? '', presets: presets.map((p) => p.id).join(', ') }),
    );
    return 2;
  }
  if (preset.kind !== kind) {
    console.error(msg('new.kindMismatch', { preset: preset.id, presetKind: msg(`kind.${preset.kind}`), kind }));
    return 2;
  }
  const set = findSet(sets, preset.standardSet);
  if (!set || set.kind !== kind) {
    console.error(msg('new.noSet', { preset: preset.id, set: preset.standardSet, kind: msg(`kind.${kind}`) }));
    return 2;
  }
  const year = values.year !== undefined ? Number(values.year) : new Date().getFullYear() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error(msg('new.badYear', { year: values.year ?? '' }));
    return 2;
  }
  let path = out;
  if (existsSync(path)) {
    if (!flags.has('free-name')) {
      console.error(msg('file.exists', { file: path, hint: msg('file.existsHint') }));
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
    console.error(msg('file.cannotWrite', { file: path, reason: (err as Error).message }));
    return 2;
  }
  console.log(
    msg('new.written', { file: path, name: preset.name, year, first: d.table.headerRow, last: d.table.lastRow }),
  );
  return 0;
}
