import { existsSync, realpathSync } from 'fs';
import { dirname, resolve } from 'path';
import { recognize } from '../layout/recognize';
import type { Form } from '../model/form';
import { applyPlan } from '../hosts/file/insert-rows';
import { gridFromWorksheet } from '../hosts/file/xlsx';
import { findSet } from '../templates/catalog';
import { planInsertion, plannedRowCount, type RowPlan } from '../templates/planner';
import { itemCount, type TemplateSet } from '../templates/schema';
import { setsIn } from './user-sets';
import { loadGrids, parseArgs } from './inputs';

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
    console.error(
      `template apply needs one input workbook and -o <out.xlsx> / 需要一个输入文件和 -o 输出文件\n\n${USAGE}`,
    );
    return 2;
  }
  if (resolve(output) === resolve(input) || (existsSync(output) && realpathSync(output) === realpathSync(input))) {
    console.error(
      `${output}: refusing to overwrite the input workbook; choose another -o / 不会覆盖输入文件，请另选输出文件`,
    );
    return 2;
  }
  const { sets, errors } = setsIn(dirname(resolve(input)));
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 2;
  }
  const chosen = values.set !== undefined ? findSet(sets, values.set) : undefined;
  if (values.set !== undefined && !chosen) {
    console.error(`unknown template set "${values.set}" (sets: ${sets.map((s) => s.id).join(', ')}) / 没有该模板`);
    return 2;
  }
  const loaded = await loadGrids(input, values.sheet); // readable? (clear messages for bad files)
  if (!loaded.ok) {
    console.error(loaded.message);
    return 2;
  }
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const plan: RowPlan = [];
  let forms = 0;
  for (const ws of wb.worksheets) {
    if (values.sheet !== undefined && ws.name !== values.sheet) continue;
    const grid = gridFromWorksheet(ws);
    for (const form of recognize(grid)) {
      const set = chosen ?? sets.find((s) => s.kind === form.kind);
      if (!set || set.kind !== form.kind) {
        console.log(
          `${describe(form)}: skipped, the set is for ${set?.kind === 'project' ? '项目' : '部门整体'} forms / 表单类型与模板不符，跳过`,
        );
        continue;
      }
      forms++;
      const p = planInsertion(form, set, { grid, skeleton: flags.has('skeleton') });
      const n = plannedRowCount(p);
      console.log(
        n
          ? `${describe(form)}: +${n} 行 (${set.id}) at ${p.map((i) => `row ${i.beforeRow}`).join(', ')}`
          : `${describe(form)}: nothing missing / 无缺失的标准指标`,
      );
      plan.push(...p);
    }
  }
  if (forms === 0) {
    console.error(
      `${input}: no ${chosen ? (chosen.kind === 'project' ? 'project' : 'department') + ' ' : ''}form found; nothing written / 未找到可应用模板的表单，未写出文件`,
    );
    return 1;
  }
  try {
    const total = applyPlan((name) => wb.getWorksheet(name), plan);
    await wb.xlsx.writeFile(output);
    console.log(`${output}: ${total} row(s) inserted / 插入 ${total} 行`);
    return 0;
  } catch (err) {
    console.error(`${output}: cannot be written (${(err as Error).message}) / 无法写出文件`);
    return 2;
  }
}

function describe(form: Form): string {
  return `${form.sheet}!${form.range} ${form.title ?? ''}`.trim();
}
