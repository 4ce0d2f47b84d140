import { existsSync, realpathSync } from 'fs';
import { dirname, resolve } from 'path';
import { recognize } from '../layout/recognize';
import type { Form } from '../model/form';
import { applyPlan } from '../hosts/file/insert-rows';
import { gridFromWorksheet } from '../hosts/file/xlsx';
import { findSet } from '../templates/catalog';
import { planInsertion, plannedRowCount, type RowPlan } from '../templates/planner';
import { itemCount } from '../templates/schema';
import { setsIn } from './user-sets';
import { msg } from '../messages';

import { openForEdit, parseArgs } from './inputs';

const USAGE = `usage: target-sheet template list [--dir DIR]
       target-sheet template apply <in.xlsx> [--set ID] [--sheet NAME] [--skeleton] -o <out.xlsx>

list   the template sets: id, name, kind and number of standard items (built-in, plus the user's own
       sets from target-sheet.templates.json or *.template.json in DIR, default: the current folder).
apply  inserts the missing standard 决策/过程 rows into every detected form (only forms of the set's
       kind; without --set each form gets the built-in set of its kind), as whole rows before 产出,
       keeping every other cell's value, style and merge. User sets are read from the workbook's folder.
       --skeleton also adds 产出/效益/满意度 rows with an empty 三级 where the form has none.
Exit 0: done (or nothing was missing); 1: no form of the set's kind was found (nothing written);
2: bad arguments, unreadable workbook, invalid template file, or output = input.`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { flags, values, positionals } = parseArgs(rest, ['set', 'sheet', 'o', 'dir']);
  if (!sub || sub === '--help' || sub === '-h' || flags.has('help')) {
    console.log(USAGE);
    return sub ? 0 : 2;
  }
  if (sub === 'list') return list(values.dir ?? process.cwd());
  if (sub === 'apply') return apply(positionals, values, flags);
  console.error(`unknown template command: ${sub}\n\n${USAGE}`);
  return 2;
}

function list(dir: string): number {
  const { sets, errors } = setsIn(dir);
  for (const e of errors) console.error(e);
  for (const s of sets)
    console.log(
      `${s.id.padEnd(22)} ${s.kind === 'project' ? '项目' : '部门'}  ${String(itemCount(s)).padStart(3)} 项  ${s.name}`,
    );
  return errors.length ? 2 : 0;
}

async function apply(positionals: string[], values: Record<string, string>, flags: Set<string>): Promise<number> {
  const [input] = positionals;
  const output = values.o;
  if (!input || !output || positionals.length > 1) {
    console.error(`${msg('template.needOutput')}\n\n${USAGE}`);
    return 2;
  }
  if (resolve(output) === resolve(input) || (existsSync(output) && realpathSync(output) === realpathSync(input))) {
    console.error(msg('template.sameFile', { file: output }));
    return 2;
  }
  const { sets, errors } = setsIn(dirname(resolve(input)));
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 2;
  }
  const chosen = values.set !== undefined ? findSet(sets, values.set) : undefined;
  if (values.set !== undefined && !chosen) {
    console.error(msg('template.unknownSet', { set: values.set, sets: sets.map((s) => s.id).join(', ') }));
    return 2;
  }
  const opened = await openForEdit(input, values.sheet);
  if (!opened.ok) {
    console.error(opened.message);
    return 2;
  }
  const wb = opened.workbook;
  const plan: RowPlan = [];
  let forms = 0;
  for (const ws of wb.worksheets) {
    if (values.sheet !== undefined && ws.name !== values.sheet) continue;
    const grid = gridFromWorksheet(ws);
    for (const form of recognize(grid)) {
      const set = chosen ?? sets.find((s) => s.kind === form.kind);
      if (!set || set.kind !== form.kind) {
        console.log(
          msg('template.kindMismatch', { form: describe(form), kind: msg(`kind.${set?.kind ?? 'project'}`) }),
        );
        continue;
      }
      forms++;
      const p = planInsertion(form, set, { grid, skeleton: flags.has('skeleton') });
      const n = plannedRowCount(p);
      console.log(
        n
          ? msg('template.planned', {
              form: describe(form),
              count: n,
              set: set.id,
              rows: p.map((i) => msg('template.row', { row: i.beforeRow })).join('、'),
            })
          : msg('template.nothingMissing', { form: describe(form) }),
      );
      plan.push(...p);
    }
  }
  if (forms === 0) {
    console.error(msg('template.noForm', { file: input, kind: chosen ? msg(`kind.${chosen.kind}`) : '' }));
    return 1;
  }
  try {
    const total = applyPlan((name) => wb.getWorksheet(name), plan).reduce((n, d) => n + d.count, 0);
    await wb.xlsx.writeFile(output);
    console.log(msg('template.inserted', { file: output, count: total }));
    return 0;
  } catch (err) {
    console.error(msg('file.cannotWrite', { file: output, reason: (err as Error).message }));
    return 2;
  }
}

function describe(form: Form): string {
  return `${form.sheet}!${form.range} ${form.title ?? ''}`.trim();
}
