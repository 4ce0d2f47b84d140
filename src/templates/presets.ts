import { zodInCurrentLanguage } from '../messages/zod-locale';
import { describeIssues } from './schema';
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`not valid JSON: ${(err as Error).message} / 不是有效的 JSON`] };
  }
  zodInCurrentLanguage();
  const parsed = PresetFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, presets: Array.isArray(parsed.data) ? parsed.data : [parsed.data] };
  const again = (Array.isArray(data) ? PresetSchema.array() : PresetSchema).safeParse(data);
  return { ok: false, errors: describeIssues(again.success ? parsed.error : again.error) };
}

/** Built-in presets followed by the user's; a user preset with a built-in id replaces it. */
export function mergePresets(builtIn: readonly Preset[], user: readonly Preset[]): Preset[] {
  return [...builtIn.filter((p) => !user.some((u) => u.id === p.id)), ...user];
}
