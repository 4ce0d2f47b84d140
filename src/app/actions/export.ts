/** Exports: the report (CSV, xlsx) and, in file mode, a marked copy of the workbook. */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import type { PaneState } from '../store';
import { reportCsv, reportRows, reportXlsx, type ReportSource } from '../report';
import type { ActionContext } from './context';

export type ExportActions = Pick<PaneActions, 'exportCsv' | 'exportXlsx' | 'downloadMarkedCopy'>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** A session's part of a report (file mode: named after its workbook). */
export function reportSource(s: PaneState): ReportSource | null {
  if (!s.result) return null;
  return {
    ...(s.fileName ? { file: s.fileName } : {}),
    findings: s.result.findings,
    forms: s.result.forms,
    ignored: s.ignored,
    reviewed: s.reviewed,
    ignoredRules: s.ignoredRules,
  };
}

export function exportActions(ctx: ActionContext): ExportActions {
  const { store, host, deps } = ctx;
  const save = deps.save ?? noSave;
  const base = deps.file ? deps.file.name.replace(/\.xlsx$/i, '') : null;
  const reportName = (ext: string) =>
    base
      ? msg('export.reportNameOf', { base, stamp: stamp(), ext })
      : msg('export.reportName', { stamp: stamp(), ext });
  return {
    exportCsv() {
      const src = reportSource(store.get());
      if (!src) return;
      save(reportName('csv'), reportCsv(reportRows([src])), 'text/csv;charset=utf-8');
    },
    exportXlsx: () =>
      ctx.guard('export', async () => {
        const src = reportSource(store.get());
        if (!src) return;
        const bytes = await reportXlsx(reportRows([src]));
        save(reportName('xlsx'), bytes, XLSX_TYPE);
      }),
    downloadMarkedCopy: () =>
      ctx.guard('download', async () => {
        const s = store.get();
        if (!deps.file || !s.result) return;
        await host.mark(ctx.unignored(s.result.findings));
        store.set({ marked: true });
        const file = msg('export.markedName', { base: base ?? '' });
        save(file, await deps.file.bytes(), XLSX_TYPE);
        store.set({ notice: msg('pane.markedCopy', { file }) });
      }),
  };
}

/** Without a save function (no browser), exports fail with a message rather than silently. */
function noSave(): never {
  throw new Error(msg('pane.cannotSave'));
}
