import type { Form } from '../model/form';
import { indicatorRowCount } from '../layout/indicator-rows';
import { traceSheet, type FormTrace } from '../layout/trace';
import { msg, type MessageId } from '../messages';
import { loadGrids, parseArgs } from './inputs';
import { mappingProblems, type MappingProblem } from '../check';
import { mappingFromForms } from '../layout/mapping/derive';
import type { Mapping } from '../model/mapping';
import { missingMappingSheet, readMappingFile } from './mapping-file';

interface FileModel {
  file: string;
  forms: Form[];
  /** With --trace: one entry per form, in the same order. */
  trace?: FormTrace[];
  error?: string;
  /** The form ranges and column roles used, as a mapping to save and give back (docs/mapping.md). */
  mapping?: Mapping;
  /** With --mapping: the parts of it that did not fit. */
  mappingProblems?: MappingProblem[];
}

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['sheet', 'mapping']);
  if (flags.has('help') || positionals.length === 0) {
    console.log(msg('model.usage'));
    return positionals.length === 0 && !flags.has('help') ? 2 : 0;
  }
  const given = readMappingFile(values.mapping);
  if (!given.ok) {
    console.error(given.message);
    return 2;
  }
  const withTrace = flags.has('trace');
  let code = 0;
  const files: FileModel[] = [];
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
    const sheets = loaded.grids.map((g) => traceSheet(g, { mapping: mapping?.sheets[g.sheet] }));
    const forms = sheets.flatMap((s) => s.forms);
    files.push({
      file,
      forms,
      // the roles used, as a mapping a user can save, edit and give back with --mapping
      mapping: mappingFromForms(forms),
      ...(mapping ? { mappingProblems: mappingProblems(loaded.grids, mapping) } : {}),
      ...(withTrace ? { trace: sheets.flatMap((s) => s.traces) } : {}),
    });
  }
  if (flags.has('json')) console.log(JSON.stringify({ files }, null, 2));
  else for (const f of files) if (!f.error) console.log(describeFile(f));
  return code;
}

const compact = (t: string) => t.replace(/\s+/g, '');

function describeFile({ file, forms, trace, mappingProblems: problems = [] }: FileModel): string {
  const lines = [msg('model.file', { file, count: forms.length })];
  if (problems.length > 0) lines.push(msg('mapping.problems'), ...problems.map((p) => `    [${p.sheet}] ${p.message}`));
  if (forms.length === 0) lines.push(msg('model.noForm'));
  forms.forEach((f, i) => {
    lines.push(
      msg('model.form', {
        index: i + 1,
        kind: msg(f.kind === 'project' ? 'kind.project' : 'kind.department'),
        title: f.title ?? msg('model.untitled'),
        year: f.year ?? msg('model.yearUnknown'),
        sheet: f.sheet,
        range: f.range,
      }),
    );
    if (f.name) lines.push(msg('model.name', { name: f.name }));
    if (f.funds.length) {
      const items = f.funds.map(
        (x) =>
          `${compact(x.label.text)} ${Object.entries(x.amounts)
            .map(([p, c]) => `${p}=${c.text}`)
            .join(' ')}`,
      );
      lines.push(msg('model.funds', { items: items.join('; ') }));
    }
    // the 年度主要任务 / 履职 tables read as tasks: their amounts, not funds (issue 13 §5)
    if (f.tasks?.length) {
      lines.push(msg('model.tasks', { count: f.tasks.filter((x) => x.key !== 'total').length }));
      for (const x of f.tasks) {
        const amounts = Object.entries(x.amounts)
          .map(([p, c]) => `${p}=${c.text}`)
          .join(' ');
        lines.push(
          msg('model.task', {
            cell: x.label.address,
            name: compact(x.label.text),
            amounts: amounts || msg('model.empty'),
          }),
        );
      }
    }
    if (f.plan.length) {
      const items = f.plan.map((p) => `${p.label.text}=${p.value?.text ?? msg('model.empty')}`);
      lines.push(msg('model.plan', { items: items.join(' ') }));
    }
    const goals = f.goals.map((g) => `${compact(g.label.text)}${g.value ? '' : msg('model.goalEmpty')}`);
    lines.push(msg('model.goals', { items: goals.join(', ') || msg('model.none') }));
    lines.push(
      msg('model.indicators', { periods: f.periods.join('/'), count: indicatorRowCount(f), rows: f.indicators.length }),
    );
    for (const n of f.indicators) {
      const vals = Object.entries(n.values)
        .map(([p, c]) => `${p}: ${c.text || msg('model.empty')}`)
        .join(' ');
      const where = n.level3?.address ?? n.level2?.cell.address ?? '';
      const path = `${n.level1 ? compact(n.level1.text) : '-'} / ${n.level2 ? compact(n.level2.text) : '-'} / ${n.level3?.text ?? '-'}`;
      lines.push(`        ${where}\t${path}\t${vals}`);
    }
    if (f.unplaced.length)
      lines.push(
        msg('model.unplaced', { cells: f.unplaced.map((c) => `${c.address}「${c.text.slice(0, 20)}」`).join(' ') }),
      );
    const t = trace?.[i];
    if (t) lines.push(...describeTrace(t));
  });
  return lines.join('\n');
}

const PART: Record<FormTrace['parts'][number]['part'], MessageId> = {
  header: 'model.part.header',
  funds: 'model.part.funds',
  goals: 'model.part.goals',
  plan: 'model.part.plan',
  review: 'model.part.review',
};

const UNREAD: Record<FormTrace['unrecognized'][number]['part'], MessageId> = {
  table: 'model.unread.table',
  title: 'model.unread.title',
  funds: 'model.unread.funds',
  sheetTitle: 'model.unread.sheetTitle',
  sheetHeading: 'model.unread.sheetHeading',
};

/** Which reader read each table, and the cells each block of the form took. */
function describeTrace(t: FormTrace): string[] {
  const lines = [msg('model.trace', { range: t.range })];
  for (const x of t.tables) {
    const id = x.heading === null ? 'model.traceTableImplicit' : 'model.traceTable';
    lines.push(msg(id, { range: x.range, heading: x.heading ?? '', reader: x.name, id: x.reader, rows: x.rows }));
  }
  for (const p of t.parts)
    lines.push(msg('model.tracePart', { part: msg(PART[p.part]), range: p.range, cells: p.cells }));
  for (const u of t.unrecognized)
    lines.push(
      msg('model.traceUnrecognized', { part: msg(UNREAD[u.part]), cell: u.cell.address, found: u.found ?? '' }),
    );
  if (t.unplaced > 0) lines.push(msg('model.traceUnplaced', { count: t.unplaced }));
  return lines;
}
