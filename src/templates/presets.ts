import type { Form } from '../model/form';
import { zodInCurrentLanguage } from '../messages/zod-locale';
import { describeIssues, readJsonFile } from './schema';
import { PresetFileSchema, PresetSchema, type Preset } from './preset-schema';
import department2015 from './presets/department-2015.json';
import project2015 from './presets/project-2015.json';
import project2021 from './presets/project-2021.json';
import projectJiangsu from './presets/project-jiangsu.json';

function builtIn(data: unknown, file: string): Preset {
  zodInCurrentLanguage();
  const parsed = PresetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`src/templates/presets/${file}: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** Shipped presets; the first of each kind is the default for `new --kind`. */
export const BUILT_IN_PRESETS: readonly Preset[] = [
  builtIn(project2015, 'project-2015.json'),
  builtIn(department2015, 'department-2015.json'),
  builtIn(project2021, 'project-2021.json'),
  builtIn(projectJiangsu, 'project-jiangsu.json'),
];

/** File names of a user's own presets, beside the workbook or in the user's settings folder. */
export const USER_PRESET_FILE = 'target-sheet.presets.json';
export const isUserPresetFile = (name: string): boolean => name === USER_PRESET_FILE || name.endsWith('.preset.json');

export type ParsedPresets = { ok: true; presets: Preset[] } | { ok: false; errors: string[] };

/** One preset or a list; never throws (invalid JSON or shape gives readable errors naming the field). */
export function parsePresetFile(text: string): ParsedPresets {
  const json = readJsonFile(text);
  if (!json.ok) return json;
  const data = json.data;
  const parsed = PresetFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, presets: Array.isArray(parsed.data) ? parsed.data : [parsed.data] };
  const again = (Array.isArray(data) ? PresetSchema.array() : PresetSchema).safeParse(data);
  return { ok: false, errors: describeIssues(again.success ? parsed.error : again.error) };
}

/** Presets kept in per-user storage (a JSON array): each one that still validates; never throws. */
export function parseStoredPresets(text: string): Preset[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((d) => {
    const parsed = PresetSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Built-in presets followed by the user's; a user preset with a built-in id replaces it. */
export function mergePresets(builtIn: readonly Preset[], user: readonly Preset[]): Preset[] {
  return [...builtIn.filter((p) => !user.some((u) => u.id === p.id)), ...user];
}

/** The column roles a preset can describe. */
const ROLES = new Set<string>(['level1', 'level2', 'level3', 'value', 'operator', 'unit']);

/**
 * The preset a recognized form was most likely made from (复制为新年度 clears what it says): of the form's
 * kind, the one whose table columns differ least from the form's (roles counted: two value columns are not
 * one), a matching period, then the preset's own title breaking ties; further ties go to the earlier preset
 * (built-in defaults first).
 * Null when no preset is of the form's kind.
 */
export function presetForForm(presets: readonly Preset[], form: Form): Preset | null {
  const table = form.tables[0];
  const formRoles = (table?.columns ?? []).map((c) => c.role);
  const periods = new Set((table?.columns ?? []).map((c) => c.period));
  let best: Preset | null = null;
  let bestScore = -Infinity;
  for (const p of presets) {
    if (p.kind !== form.kind) continue;
    const rest = [...formRoles];
    let missing = 0;
    for (const c of p.columns) {
      const i = rest.indexOf(c.role);
      if (i >= 0) rest.splice(i, 1);
      else missing++;
    }
    // columns a preset never has (权重, 指标解释) do not count against any preset
    const extra = rest.filter((r) => ROLES.has(r)).length;
    const samePeriod = p.columns.filter((c) => c.period && periods.has(c.period)).length;
    // the same columns (a user's variant of a built-in layout): the preset whose title the form has wins
    const title = p.title.replace('{year}', String(form.year ?? '')).replace(/\s+/g, '');
    const sameTitle = form.title !== null && form.title.replace(/\s+/g, '').includes(title) ? 1 : 0;
    const score = -(missing + extra) + samePeriod / 10 + sameTitle / 100;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}
