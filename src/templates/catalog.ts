import type { StandardItem, StandardSet } from '../model/standard-set';
import { mergeSets, standardItems } from './set-items';
import type { TemplateSet } from './schema';
import departmentCommon from './sets/department-common.json';
import projectCommon from './sets/project-common.json';

/**
 * One built-in set file as the schema would give it (its defaults filled in). Not parsed at run time: zod
 * would be in the pane's first download only for this; test/templates/sets.test.ts checks that every
 * built-in file parses and that the schema's result is exactly this.
 */
function builtIn(data: unknown): TemplateSet {
  const set = data as TemplateSet;
  return { ...set, sections: set.sections.map((l1) => ({ ...l1, skeleton: l1.skeleton ?? false })) };
}

/** The sets shipped with the add-in, in the order the pane and `template list` show them. */
export const BUILT_IN_SETS: readonly TemplateSet[] = [builtIn(projectCommon), builtIn(departmentCommon)];

export function findSet(sets: readonly TemplateSet[], id: string): TemplateSet | undefined {
  return sets.find((s) => s.id === id);
}

/** The set as the `structure.missing-standard` rule sees it (full-year values, 二级 by label). */
export function toStandardSet(set: TemplateSet): StandardSet {
  const items: StandardItem[] = [];
  for (const { level1, level2, item } of standardItems(set)) {
    if (level1.key !== 'decision' && level1.key !== 'process') continue;
    items.push({ level1: level1.key, level2: level2.label, level3: item.name, value: item.full });
  }
  return { id: set.id, name: set.name, kind: set.kind, items };
}

const BUILT_IN_STANDARD = BUILT_IN_SETS.map(toStandardSet);

/**
 * The standard sets the checker compares forms with: the built-in sets and the user's (a user set with a
 * built-in id replaces it), the same data `template apply` and the pane's 模板 tab insert.
 */
export function standardSets(userSets: readonly TemplateSet[] = []): StandardSet[] {
  return userSets.length === 0 ? BUILT_IN_STANDARD : mergeSets(BUILT_IN_SETS, userSets).map(toStandardSet);
}
