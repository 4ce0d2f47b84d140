import type { XlConditionalFormat, XlContext, XlCustomPropertyCollection, XlWorksheet } from './api';
import { chunkAddresses, compactCells, groupByColor, type MarkTarget } from './marks';
import { isMarkRule, MARK_RULE_FORMULA } from '../mark-rules';
import { joinParts, MARKS_PROPERTY, recordParts } from './mark-record';

/**
 * Finds the conditional formats of ours on a sheet in two stages that ride along two syncs the caller makes:
 * ids and types first, then the formula of each custom one (`custom` is only valid on a custom format).
 */
export function queueRuleProbe(ws: XlWorksheet): { formulas(): void; ours(): string[] } {
  const coll = ws.getRange().conditionalFormats.load('items/id,items/type');
  let custom: { cf: XlConditionalFormat; rule: { formula: string } }[] | null = null;
  return {
    formulas: () => {
      custom ??= coll.items
        .filter((cf) => cf.type === 'Custom')
        .map((cf) => ({ cf, rule: cf.custom.rule.load('formula') }));
    },
    ours: () => (custom ?? []).filter((c) => isMarkRule(c.rule.formula)).map((c) => c.cf.id),
  };
}

/** Queues deleting conditional formats of ours by id (found by queueRuleProbe in an earlier batch). */
export function deleteRules(ctx: XlContext, sheet: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const coll = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  for (const id of ids) coll.getItem(id).delete();
}

/**
 * Queues the marks as rules: per sheet and colour, one rule per address list (RangeAreas, ExcelApi 1.9) or
 * per area (ExcelApi 1.6–1.8). Returns the sheets that got rules.
 */
export function addRuleMarks(ctx: XlContext, targets: readonly MarkTarget[], multiArea: boolean): string[] {
  const bySheet = new Map<string, MarkTarget[]>();
  for (const t of targets) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  for (const [sheet, list] of bySheet) {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const [color, cells] of groupByColor(list)) {
      const areas = compactCells(cells);
      const lists = multiArea
        ? chunkAddresses(areas).map((a) => ws.getRanges(a).conditionalFormats)
        : areas.map((a) => ws.getRange(a).conditionalFormats);
      for (const coll of lists) {
        const cf = coll.add('Custom');
        cf.custom.rule.formula = MARK_RULE_FORMULA;
        cf.custom.format.fill.color = color;
      }
    }
  }
  return [...bySheet.keys()];
}

/** Queues loading the custom document properties; after the sync, `text()` is the stored record (or null). */
export function queueRecordLoad(ctx: XlContext): { text(): string | null; props(): XlCustomPropertyCollection } {
  const props = ctx.workbook.properties.custom.load('items/key,items/value');
  return {
    props: () => props,
    text: () => {
      const byKey = new Map<string, string>();
      for (const p of props.items) byKey.set(p.key.toLowerCase(), String(p.value));
      return joinParts((name) => byKey.get(name.toLowerCase()) ?? null);
    },
  };
}

/**
 * Queues writing the record (null: removing it) as numbered parts; parts left over from a longer record
 * are deleted (`oldParts`: how many the document had).
 */
export function queueRecordWrite(ctx: XlContext, text: string | null, oldParts: number): void {
  const custom = ctx.workbook.properties.custom;
  const parts = text === null ? new Map<string, string>() : recordParts(text);
  for (const [key, value] of parts) custom.add(key, value);
  const kept = text === null ? 0 : parts.size - 1;
  for (let i = kept; i < oldParts; i++) custom.getItemOrNullObject(`${MARKS_PROPERTY}.${i}`).delete();
  if (text === null && oldParts >= 0) custom.getItemOrNullObject(MARKS_PROPERTY).delete();
}

/** How many parts a stored record text has (0 when none). */
export function partCount(text: string | null): number {
  return text === null ? 0 : recordParts(text).size - 1;
}
