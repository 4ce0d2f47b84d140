/** Exports: the report (CSV, xlsx) and, in file mode, a marked copy of the workbook. */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import { reportCsv, reportRows, reportXlsx } from '../report';
import type { ActionContext } from './context';

export type ExportActions = Pick<PaneActions, 'exportCsv' | 'exportXlsx' | 'downloadMarkedCopy'>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export function exportActions(ctx: ActionContext): ExportActions {
  const { store, host, deps } = ctx;
  const save = deps.save ?? noSave;
  const base = deps.file ? deps.file.name.replace(/\.xlsx$/i, '') : null;
  const reportName = (ext: string) => `校验报告-${base ? `${base}-` : ''}${stamp()}.${ext}`;
  return {
    exportCsv() {
      const s = store.get();
      if (!s.result) return;
      save(
        reportName('csv'),
        reportCsv(reportRows(s.result.findings, s.ignored, s.reviewed)),
        'text/csv;charset=utf-8',
      );
    },
    exportXlsx: () =>
      ctx.guard('export', async () => {
        const s = store.get();
        if (!s.result) return;
        const bytes = await reportXlsx(reportRows(s.result.findings, s.ignored, s.reviewed));
        save(reportName('xlsx'), bytes, XLSX_TYPE);
      }),
    downloadMarkedCopy: () =>
      ctx.guard('download', async () => {
        const s = store.get();
        if (!deps.file || !s.result) return;
        await host.mark(ctx.unignored(s.result.findings));
        store.set({ marked: true });
        save(`${base}-已标记.xlsx`, await deps.file.bytes(), XLSX_TYPE);
        store.set({ notice: msg('pane.markedCopy', { file: `${base}-已标记.xlsx` }) });
      }),
  };
}

/** Without a save function (no browser), exports fail with a message rather than silently. */
function noSave(): never {
  throw new Error(msg('pane.cannotSave'));
}
