/**
 * `target-sheet check <files…> [--json] [--rules id,…] [--sheet S] [--config path]`
 *
 * Exit 0: no error findings; 1: errors found; 2: a file (or a config) could not be read — the other files
 * are still checked and reported. Config: the user's settings file, then target-sheet.config.json beside
 * each workbook, then --config; --rules replaces the configs' `only`.
 */
import { existsSync, readFileSync } from 'fs';
import { homedir } from 'os';
import { dirname, join } from 'path';
import { checkGrids } from '../check';
import { CONFIG_FILE, mergeConfigs, parseConfig, toCheckOptions } from '../config/load';
import type { Config } from '../config/schema';
import type { Finding, Severity } from '../model/finding';
import type { Form } from '../model/form';
import { indicatorRowCount } from '../layout/indicator-rows';
import { RULES } from '../rules/registry';
import { unknownNames } from '../rules/select';
import { loadGrids, parseArgs } from './inputs';
import { userSetsIn } from './user-sets';

const HELP = `usage: target-sheet check <files…> [--json] [--rules id,…] [--sheet 名称] [--config 路径]

  检查预算绩效目标表（.xlsx 或 .tsv），按文件和表单列出问题。
  --json          输出 JSON：{files:[{file, forms:[…], findings:[…]}]}
  --rules a,b     只运行这些规则或规则族（expr, total, consistency, structure, plan）
  --sheet 名称    只检查这个工作表
  --config 路径   使用这个配置文件（默认：用户设置 ~/.config/target-sheet/${CONFIG_FILE}，以及工作簿旁的 ${CONFIG_FILE}）

exit: 0 无错误 · 1 发现错误 · 2 有文件无法读取`;

export interface FileReport {
  file: string;
  error?: string;
  forms: { sheet: string; kind: Form['kind']; title: string | null; range: string; indicators: number }[];
  findings: Finding[];
}

type Loaded = { ok: true; config: Config | null } | { ok: false; message: string };

function readConfig(path: string): Loaded {
  if (!existsSync(path)) return { ok: true, config: null };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { ok: false, message: `${path}: 配置文件不是有效的 JSON（${(err as Error).message}）` };
  }
  const result = parseConfig(json);
  return result.ok
    ? { ok: true, config: result.config }
    : { ok: false, message: `${path}: 配置有误：${result.errors.join('；')}` };
}

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['rules', 'sheet', 'config']);
  if (flags.has('help')) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(HELP);
    return 2;
  }
  const rules = values.rules?.split(/[,，\s]+/).filter((r) => r !== '');
  const badRules = unknownNames(RULES, rules ?? []);
  if (badRules.length > 0) {
    console.error(`未知的规则或规则族：${badRules.join(', ')}（unknown rule or family）`);
    return 2;
  }
  const userConfig = readConfig(
    join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'target-sheet', CONFIG_FILE),
  );
  const explicit = values.config !== undefined ? readConfig(values.config) : ({ ok: true, config: null } as Loaded);
  for (const c of [userConfig, explicit]) {
    if (!c.ok) {
      console.error(c.message);
      return 2;
    }
  }
  if (values.config !== undefined && !existsSync(values.config)) {
    console.error(`${values.config}: 找不到配置文件（config file not found）`);
    return 2;
  }

  const reports: FileReport[] = [];
  for (const file of positionals) reports.push(await checkFile(file, values.sheet, rules, [userConfig, explicit]));

  if (flags.has('json')) console.log(JSON.stringify({ files: reports }, null, 2));
  else console.log(formatText(reports));

  if (reports.some((r) => r.error !== undefined)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function checkFile(
  file: string,
  sheet: string | undefined,
  rules: string[] | undefined,
  configs: Loaded[],
): Promise<FileReport> {
  const beside = readConfig(join(dirname(file), CONFIG_FILE));
  if (!beside.ok) return { file, error: beside.message, forms: [], findings: [] };
  const [user, explicit] = configs.map((c) => (c.ok ? c.config : null));
  const config = mergeConfigs(user, beside.config, explicit);
  const loaded = await loadGrids(file, sheet);
  if (!loaded.ok) return { file, error: loaded.message, forms: [], findings: [] };
  // The user's template sets beside the workbook are standard sets too (as for `template apply`).
  const own = userSetsIn(dirname(file));
  if (own.errors.length > 0) return { file, error: own.errors.join('\n'), forms: [], findings: [] };
  const { forms, findings } = checkGrids(loaded.grids, { ...toCheckOptions(config, rules), userSets: own.sets });
  return {
    file,
    forms: forms.map((f) => ({
      sheet: f.sheet,
      kind: f.kind,
      title: f.title,
      range: f.range,
      indicators: indicatorRowCount(f),
    })),
    findings,
  };
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

function counts(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} 个错误，${n('warning')} 个警告，${n('info')} 个提示`;
}

function findingLines(f: Finding): string[] {
  const lines = [`    ${f.cell.padEnd(6)} ${SEVERITY_ZH[f.severity]}  ${f.message}  [${f.rule}]`];
  if (f.suggestion) lines.push(`           → ${f.suggestion}`);
  if (f.fix) lines.push(`           ✎ 可自动修正为“${f.fix.text}”`);
  return lines;
}

/** Readable report: per file, per form (sheet, index, title, range) with counts by severity. */
export function formatText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.file);
    if (r.error !== undefined) {
      out.push(`  无法读取：${r.error}`, '');
      continue;
    }
    if (r.forms.length === 0) out.push('  没有识别到绩效目标表。');
    const perSheet = new Map<string, number>();
    for (const form of r.forms) {
      const index = perSheet.get(form.sheet) ?? 0;
      perSheet.set(form.sheet, index + 1);
      const own = r.findings.filter((f) => f.sheet === form.sheet && f.form === index);
      const kind = form.kind === 'project' ? '项目支出' : '部门整体';
      out.push(
        `  [${form.sheet}] 表单 ${index + 1}${form.title ? `「${form.title}」` : ''}（${kind}，${form.range}，${form.indicators} 个指标）：${counts(own)}`,
      );
      for (const f of own) out.push(...findingLines(f));
    }
    const loose = r.findings.filter((f) => f.form === undefined);
    if (loose.length > 0) {
      out.push('  表单之外：');
      for (const f of loose) out.push(...findingLines(f));
    }
    out.push(`  合计：${counts(r.findings)}`, '');
  }
  const all = reports.flatMap((r) => r.findings);
  const unread = reports.filter((r) => r.error !== undefined).length;
  out.push(`共 ${reports.length} 个文件${unread > 0 ? `（${unread} 个无法读取）` : ''}：${counts(all)}`);
  return out.join('\n');
}
