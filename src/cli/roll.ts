import { existsSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { recognize } from '../layout/recognize';
import { gridFromWorksheet } from '../hosts/file/xlsx';
import { presetForForm } from '../templates/presets';
import { rollForward, type RollEdit } from '../templates/roll';
import { loadAll } from './new';
import { openForEdit, parseArgs } from './inputs';
import { msg } from '../messages';

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['year', 'o', 'preset']);
  if (flags.has('help')) {
    console.log(msg('roll.usage'));
    return 0;
  }
  const [input] = positionals;
  const out = values.o;
  const year = Number(values.year);
  if (!input || positionals.length > 1 || !out || !Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error(`${msg('roll.needArgs')}\n\n${msg('roll.usage')}`);
    return 2;
  }
  if (existsSync(out)) {
    console.error(msg('file.exists', { file: out, hint: '' }));
    return 2;
  }
  // what each form's preset says to clear: the preset named, else the one matching the form's layout
  const { presets, errors } = loadAll(dirname(resolve(input)));
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 2;
  }
  const chosen = values.preset !== undefined ? presets.find((p) => p.id === values.preset) : undefined;
  if (values.preset !== undefined && !chosen) {
    console.error(msg('new.unknownPreset', { preset: values.preset, presets: presets.map((p) => p.id).join(', ') }));
    return 2;
  }
  const opened = await openForEdit(input);
  if (!opened.ok) {
    console.error(opened.message);
    return 2;
  }
  const wb = opened.workbook;
  const edits: { sheet: string; edit: RollEdit }[] = [];
  for (const ws of wb.worksheets) {
    const grid = gridFromWorksheet(ws);
    const seen = new Set<string>();
    for (const form of recognize(grid))
      for (const edit of rollForward(grid, form, year, (chosen ?? presetForForm(presets, form))?.rollClear))
        if (!seen.has(edit.cell)) {
          seen.add(edit.cell);
          edits.push({ sheet: ws.name, edit });
        }
  }
  if (edits.length === 0) {
    console.error(msg('roll.noForm', { file: input, year }));
    return 1;
  }
  for (const { sheet, edit } of edits) {
    wb.getWorksheet(sheet)!.getCell(edit.cell).value = edit.after === '' ? null : edit.after;
    console.log(
      msg(edit.after === '' ? 'roll.cleared' : 'roll.edit', {
        cell: `${sheet}!${edit.cell}`,
        what: edit.what,
        before: edit.before.slice(0, 60),
        after: edit.after.slice(0, 60),
      }),
    );
  }
  try {
    writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()), { flag: 'wx' });
  } catch (err) {
    console.error(msg('file.cannotWrite', { file: out, reason: (err as Error).message }));
    return 2;
  }
  console.log(msg('roll.done', { file: out, count: edits.length }));
  return 0;
}
