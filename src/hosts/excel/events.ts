import type { EditEvent } from '../host';
import type { ExcelEnv, XlChangedArgs, XlEventResult } from './api';

/** Who caused a change: told by the event (ExcelApi 1.14 triggerSource) or unknown (older Excel). */
export type ChangeOrigin = 'ours' | 'user' | 'unknown';
import type { ExcelFeatures } from './features';

/**
 * Subscribes to value changes: the workbook-wide worksheets.onChanged where ExcelApi 1.9 exists, else the
 * onChanged of every worksheet (ExcelApi 1.7). Events carry a worksheet id; names are looked up (and
 * re-read when a sheet was added or renamed). Remote changes (co-authors) are dropped here. Returns an
 * unsubscribe function.
 */
export async function subscribeChanges(
  env: ExcelEnv,
  features: ExcelFeatures,
  emit: (e: EditEvent, origin: ChangeOrigin) => void,
): Promise<() => void> {
  const names = new Map<string, string>();
  const refreshNames = (): Promise<void> =>
    env.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/id');
      await ctx.sync();
      names.clear();
      for (const ws of sheets.items) names.set(ws.id, ws.name);
    });
  const onChange = async (args: XlChangedArgs): Promise<void> => {
    // a co-author's edit (Excel on the web / Microsoft 365 co-authoring) is theirs to check, not ours
    if (args.source === 'Remote') return;
    if (!names.has(args.worksheetId)) await refreshNames();
    const sheet = names.get(args.worksheetId);
    const origin = args.triggerSource === 'ThisLocalAddin' ? 'ours' : args.triggerSource ? 'user' : 'unknown';
    if (sheet !== undefined) emit({ sheet, address: args.address }, origin);
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
