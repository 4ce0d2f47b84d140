import { recognize } from '../layout/recognize';
import type { Form } from '../model/form';
import { indicatorRowCount } from '../layout/indicator-rows';
import { loadGrids, parseArgs } from './inputs';
import { msg } from '../messages';
import { mappingProblems, type MappingProblem } from '../check';
import { mappingFromForms } from '../layout/mapping/derive';
import type { Mapping } from '../model/mapping';
import { missingMappingSheet, readMappingFile } from './mapping-file';

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['sheet', 'mapping']);
  if (flags.has('help') || positionals.length === 0) {
    const usage = msg('model.usage');
    if (flags.has('help')) console.log(usage);
    else console.error(usage);
    return flags.has('help') ? 0 : 2;
  }
  const given = readMappingFile(values.mapping);
  if (!given.ok) {
    console.error(given.message);
    return 2;
  }
  let code = 0;
  const files: ModelFile[] = [];
  for (const file of positionals) {
    const loaded = await loadGrids(file, values.sheet);
    const missing =
      loaded.ok && given.mapping ? missingMappingSheet(given.mapping, loaded.grids, file, values.sheet) : null;
    if (!loaded.ok || missing !== null) {
      const message = loaded.ok ? missing! : loaded.message;
      code = 2;
      console.error(message);
      files.push({ file, forms: [], error: message });
      continue;
    }
    const mapping = given.mapping;
    const forms = loaded.grids.flatMap((g) => recognize(g, { mapping: mapping?.sheets[g.sheet] }));
    // the roles used, as a mapping a user can save, edit and give back with --mapping
    files.push({
      file,
      forms,
      mapping: mappingFromForms(forms),
      ...(mapping ? { mappingProblems: mappingProblems(loaded.grids, mapping) } : {}),
    });
  }
  if (flags.has('json')) console.log(JSON.stringify({ files }, null, 2));
  else for (const f of files) if (!f.error) console.log(describeFile(f.file, f.forms, f.mappingProblems ?? []));
  return code;
}

interface ModelFile {
  file: string;
  forms: Form[];
  error?: string;
  mapping?: Mapping;
  mappingProblems?: MappingProblem[];
}

function describeFile(file: string, forms: Form[], problems: readonly MappingProblem[]): string {
  const lines = [`${file}: ${forms.length} form(s) / 识别到 ${forms.length} 张表`];
  if (problems.length > 0) lines.push(msg('mapping.problems'), ...problems.map((p) => `    [${p.sheet}] ${p.message}`));
  if (forms.length === 0) lines.push('  (no target form recognized / 未识别到绩效目标表)');
  forms.forEach((f, i) => {
    lines.push(
      `  [${i + 1}] ${f.kind === 'project' ? '项目支出' : '部门整体'} · ${f.title ?? '(无标题)'} · ${f.year ?? '年度未知'} · ${f.sheet}!${f.range}`,
    );
    if (f.name) lines.push(`      名称: ${f.name}`);
    if (f.funds.length)
      lines.push(
        `      资金: ${f.funds
          .map(
            (x) =>
              `${x.label.text.replace(/\s+/g, '')} ${Object.entries(x.amounts)
                .map(([p, c]) => `${p}=${c.text}`)
                .join(' ')}`,
          )
          .join('; ')}`,
      );
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
