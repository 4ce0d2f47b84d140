/**
 * `target-sheet check <files…> [--json] [--rules id,…] [--sheet S] [--config path] [--mapping MAP.json]`
 *
 * Exit 0: no error findings; 1: errors found; 2: a file (or a config) could not be read — the other files
 * are still checked and reported. Config: the user's settings file, then target-sheet.config.json beside
 * each workbook, then --config; --rules replaces the configs' `only`.
 */
import { existsSync, readFileSync } from 'fs';
import { homedir } from 'os';
import { dirname, join } from 'path';
import { msg } from '../messages';

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
import { missingMappingSheet, readMappingFile } from './mapping-file';
import type { Mapping } from '../model/mapping';

const help = (): string => msg('check.usage', { config: CONFIG_FILE });

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
    return { ok: false, message: msg('config.notJson', { file: path, reason: (err as Error).message }) };
  }
  const result = parseConfig(json);
  return result.ok
    ? { ok: true, config: result.config }
    : { ok: false, message: msg('config.invalid', { file: path, errors: result.errors.join('；') }) };
}

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['rules', 'sheet', 'config', 'mapping']);
  if (flags.has('help')) {
    console.log(help());
    return 0;
  }
  if (positionals.length === 0) {
    console.error(help());
    return 2;
  }
  const rules = values.rules?.split(/[,，\s]+/).filter((r) => r !== '');
  const badRules = unknownNames(RULES, rules ?? []);
  if (badRules.length > 0) {
    console.error(msg('cli.unknownRules', { names: badRules.join(', ') }));
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
    console.error(msg('config.missing', { file: values.config }));
    return 2;
  }

  const mapping = readMappingFile(values.mapping);
  if (!mapping.ok) {
    console.error(mapping.message);
    return 2;
  }

  const reports: FileReport[] = [];
  for (const file of positionals)
    reports.push(await checkFile(file, values.sheet, rules, [userConfig, explicit], mapping.mapping));

  if (flags.has('json')) console.log(JSON.stringify({ files: reports }, null, 2));
  else console.log(formatText(reports, { showInfo: flags.has('info') || flags.has('all') }));

  if (reports.some((r) => r.error !== undefined)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function checkFile(
  file: string,
  sheet: string | undefined,
  rules: string[] | undefined,
  configs: Loaded[],
  mapping: Mapping | undefined,
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
  const missing = mapping ? missingMappingSheet(mapping, loaded.grids, file, sheet) : null;
  if (missing !== null) return { file, error: missing, forms: [], findings: [] };
  const { forms, findings } = checkGrids(loaded.grids, {
    ...toCheckOptions(config, rules),
    userSets: own.sets,
    mapping,
  });
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

function counts(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return msg('check.counts', { errors: n('error'), warnings: n('warning'), infos: n('info') });
}

function findingLines(f: Finding): string[] {
  const lines = [`    ${f.cell.padEnd(6)} ${msg(`severity.${f.severity}`)}  ${f.message}  [${f.rule}]`];
  if (f.suggestion) lines.push(`           → ${f.suggestion}`);
  if (f.fix) lines.push(`           ✎ ${msg('check.fixable', { text: f.fix.text })}`);
  return lines;
}

export interface TextOptions {
  /** List info findings one by one; by default a form shows only how many there are (the noise budget). */
  showInfo?: boolean;
}

/** Findings to list, and a count line for the info findings left out. */
function listed(findings: Finding[], options: TextOptions): string[] {
  const shown = options.showInfo ? findings : findings.filter((f) => f.severity !== 'info');
  const lines = shown.flatMap(findingLines);
  const hidden = findings.length - shown.length;
  if (hidden > 0) lines.push(msg('check.infoHidden', { count: hidden }));
  return lines;
}

/**
 * Readable report: per file, per form (sheet, index, title, range) with counts by severity. Info findings
 * are counted but listed only with `showInfo`.
 */
export function formatText(reports: FileReport[], options: TextOptions = {}): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.file);
    if (r.error !== undefined) {
      out.push(msg('check.unreadable', { reason: r.error }), '');
      continue;
    }
    if (r.forms.length === 0) out.push(msg('check.noForm'));
    const perSheet = new Map<string, number>();
    for (const form of r.forms) {
      const index = perSheet.get(form.sheet) ?? 0;
      perSheet.set(form.sheet, index + 1);
      const own = r.findings.filter((f) => f.sheet === form.sheet && f.form === index);
      out.push(
        msg('check.form', {
          sheet: form.sheet,
          index: index + 1,
          title: form.title ? `「${form.title}」` : '',
          kind: msg(`kind.${form.kind}`),
          range: form.range,
          indicators: form.indicators,
          counts: counts(own),
        }),
      );
      out.push(...listed(own, options));
    }
    const loose = r.findings.filter((f) => f.form === undefined);
    if (loose.length > 0) {
      out.push(msg('check.outside'));
      out.push(...listed(loose, options));
    }
    out.push(msg('check.total', { counts: counts(r.findings) }), '');
  }
  const all = reports.flatMap((r) => r.findings);
  const unread = reports.filter((r) => r.error !== undefined).length;
  out.push(
    msg('check.files', {
      files: reports.length,
      unread: unread > 0 ? msg('check.filesUnread', { count: unread }) : '',
      counts: counts(all),
    }),
  );
  return out.join('\n');
}
