/**
 * Helpers over template sets that need no zod: the pane's first download uses them (the 模板 tab, the session's
 * sets) while the schemas (schema.ts, zod) load only with the chunks that parse a file or a preset.
 */
import type { TemplateItem, TemplateLevel1, TemplateLevel2, TemplateSet } from './schema';

/** One standard (non-skeleton) item, flattened in template order. */
export interface FlatItem {
  level1: TemplateLevel1;
  level2: TemplateLevel2;
  item: TemplateItem;
}

export function standardItems(set: TemplateSet): FlatItem[] {
  const out: FlatItem[] = [];
  for (const level1 of set.sections) {
    if (level1.skeleton) continue;
    for (const level2 of level1.groups) for (const item of level2.items) out.push({ level1, level2, item });
  }
  return out;
}

export function itemCount(set: TemplateSet): number {
  return standardItems(set).length;
}

/** Built-in sets followed by the user's; a user set with a built-in id replaces it (regional variant). */
export function mergeSets(builtIn: readonly TemplateSet[], user: readonly TemplateSet[]): TemplateSet[] {
  const out = builtIn.filter((s) => !user.some((u) => u.id === s.id));
  return [...out, ...user];
}
