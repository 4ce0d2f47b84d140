import type { Form } from '../model/form';
import { indicatorRowCount } from '../layout/indicator-rows';
import { traceSheet, type FormTrace } from '../layout/trace';
import { msg, type MessageId } from '../messages';
import { loadGrids, parseArgs } from './inputs';

interface FileModel {
  file: string;
  forms: Form[];
  /** With --trace: one entry per form, in the same order. */
  trace?: FormTrace[];
  error?: string;
}

export async function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['sheet']);
  if (flags.has('help') || positionals.length === 0) {
    console.log(msg('model.usage'));
    return positionals.length === 0 && !flags.has('help') ? 2 : 0;
  }
  const withTrace = flags.has('trace');
  let code = 0;
  const files: FileModel[] = [];
  for (const file of positionals) {
    const loaded = await loadGrids(file, values.sheet);
    if (!loaded.ok) {
      code = 2;
      console.error(loaded.message);
      files.push({ file, forms: [], error: loaded.message });
      continue;
    }
    const sheets = loaded.grids.map((g) => traceSheet(g));
    const forms = sheets.flatMap((s) => s.forms);
    files.push(withTrace ? { file, forms, trace: sheets.flatMap((s) => s.traces) } : { file, forms });
  }
  if (flags.has('json')) console.log(JSON.stringify({ files }, null, 2));
  else for (const f of files) if (!f.error) console.log(describeFile(f));
  return code;
}

const compact = (t: string) => t.replace(/\s+/g, '');

function describeFile({ file, forms, trace }: FileModel): string {
  const lines = [msg('model.file', { file, count: forms.length })];
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
