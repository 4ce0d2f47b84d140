import type { StandardItem, StandardSet } from '../rules/standard-sets';
import { describeIssues, standardItems, TemplateSetSchema, type TemplateSet } from './schema';
import departmentCommon from './sets/department-common.json';
import projectCommon from './sets/project-common.json';

/** Parses one built-in set file; a broken file is a programming error, so it throws with the zod issues. */
function builtIn(data: unknown, file: string): TemplateSet {
  const parsed = TemplateSetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`src/templates/sets/${file}: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** The sets shipped with the add-in, in the order the pane and `template list` show them. */
export const BUILT_IN_SETS: readonly TemplateSet[] = [
  builtIn(projectCommon, 'project-common.json'),
  builtIn(departmentCommon, 'department-common.json'),
];

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
