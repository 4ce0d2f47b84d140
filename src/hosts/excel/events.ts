import type { EditEvent } from '../host';
import type { ExcelEnv, XlEventResult } from './api';
import type { ExcelFeatures } from './features';

/**
 * Subscribes to value changes: the workbook-wide worksheets.onChanged where ExcelApi 1.9 exists, else the
 * onChanged of every worksheet (ExcelApi 1.7). Events carry a worksheet id; names are looked up (and
 * re-read when a sheet was added or renamed). Returns an unsubscribe function.
 */
export async function subscribeChanges(
  env: ExcelEnv,
  features: ExcelFeatures,
  emit: (e: EditEvent) => void,
): Promise<() => void> {
  const names = new Map<string, string>();
  const refreshNames = (): Promise<void> =>
    env.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/id');
      await ctx.sync();
      names.clear();
      for (const ws of sheets.items) names.set(ws.id, ws.name);
    });
  const onChange = async (args: { worksheetId: string; address: string }): Promise<void> => {
    if (!names.has(args.worksheetId)) await refreshNames();
    const sheet = names.get(args.worksheetId);
    if (sheet !== undefined) emit({ sheet, address: args.address });
  };
  const results: XlEventResult[] = await env.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name,items/id');
    await ctx.sync();
    for (const ws of sheets.items) names.set(ws.id, ws.name);
    const added = features.multiArea
      ? [sheets.onChanged.add(onChange)]
      : sheets.items.map((ws) => ws.onChanged.add(onChange));
    await ctx.sync();
    return added;
  });
  return () => {
    for (const r of results) {
      r.remove();
      void r.context.sync().catch(() => undefined);
    }
  };
}
