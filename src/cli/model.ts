import { recognize } from '../layout/recognize';
import type { Form, FundsItem } from '../model/form';
import { indicatorRowCount } from '../layout/indicator-rows';
import { loadGrids, parseArgs } from './inputs';

const USAGE = `usage: target-sheet model <file.xlsx|file.tsv …> [--json] [--sheet NAME]

Prints the forms recognized in each workbook: kind, title, year, range, header fields, funds,
goals, periods and the indicator tree with cell addresses. --json prints
{ files: [ { file, forms: [Form] } ] } (the Form schema of src/model/form.ts).
Exit 0 when every file was read, 2 when a file could not be read (the others are still printed).`;

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['sheet']);
  if (flags.has('help') || positionals.length === 0) {
    console.log(USAGE);
    return positionals.length === 0 && !flags.has('help') ? 2 : 0;
  }
  let code = 0;
  const files: { file: string; forms: Form[]; error?: string }[] = [];
  for (const file of positionals) {
    const loaded = await loadGrids(file, values.sheet);
    if (!loaded.ok) {
      code = 2;
      console.error(loaded.message);
      files.push({ file, forms: [], error: loaded.message });
      continue;
    }
    files.push({ file, forms: loaded.grids.flatMap((g) => recognize(g)) });
  }
  if (flags.has('json')) console.log(JSON.stringify({ files }, null, 2));
  else for (const f of files) if (!f.error) console.log(describeFile(f.file, f.forms));
  return code;
}

/** 资金总额 全年=1003.82; 财政拨款 全年=1003.82 … */
function amountsLine(items: FundsItem[]): string {
  return items
    .map(
      (x) =>
        `${x.label.text.replace(/\s+/g, '')} ${Object.entries(x.amounts)
          .map(([p, c]) => `${p}=${c.text}`)
          .join(' ')}`,
    )
    .join('; ');
}

function describeFile(file: string, forms: Form[]): string {
  const lines = [`${file}: ${forms.length} form(s) / 识别到 ${forms.length} 张表`];
  if (forms.length === 0) lines.push('  (no target form recognized / 未识别到绩效目标表)');
  forms.forEach((f, i) => {
    lines.push(
      `  [${i + 1}] ${f.kind === 'project' ? '项目支出' : '部门整体'} · ${f.title ?? '(无标题)'} · ${f.year ?? '年度未知'} · ${f.sheet}!${f.range}`,
    );
    if (f.name) lines.push(`      名称: ${f.name}`);
    if (f.funds.length) lines.push(`      资金: ${amountsLine(f.funds)}`);
    if (f.tasks?.length) lines.push(`      任务金额: ${amountsLine(f.tasks)}`);
    if (f.plan.length)
      lines.push(`      支出计划: ${f.plan.map((p) => `${p.label.text}=${p.value?.text ?? '空'}`).join(' ')}`);
    lines.push(
      `      目标: ${f.goals.map((g) => `${g.label.text.replace(/\s+/g, '')}${g.value ? '' : '(空)'}`).join(', ') || '无'}`,
    );
    lines.push(`      指标 (${f.periods.join('/')}): ${indicatorRowCount(f)} 个（共 ${f.indicators.length} 行）`);
    for (const n of f.indicators) {
      const vals = Object.entries(n.values)
        .map(([p, c]) => `${p}: ${c.text || '空'}`)
        .join(' ');
      lines.push(
        `        ${n.level3?.address ?? n.level2?.cell.address ?? ''}\t${n.level1?.text.replace(/\s+/g, '') ?? '-'} / ${n.level2?.text.replace(/\s+/g, '') ?? '-'} / ${n.level3?.text ?? '-'}\t${vals}`,
      );
    }
    if (f.unplaced.length)
      lines.push(`      未识别的单元格: ${f.unplaced.map((c) => `${c.address}「${c.text.slice(0, 20)}」`).join(' ')}`);
  });
  return lines.join('\n');
}
