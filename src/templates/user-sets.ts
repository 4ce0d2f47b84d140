import { z } from 'zod';
import { describeIssues, readJsonFile, TemplateFileSchema, TemplateSetSchema, type TemplateSet } from './schema';

/** File names a user's own sets may have, in the workbook's folder. */
export const USER_SET_FILE = 'target-sheet.templates.json';
export const isUserSetFile = (name: string): boolean => name === USER_SET_FILE || name.endsWith('.template.json');

export type ParsedSets = { ok: true; sets: TemplateSet[] } | { ok: false; errors: string[] };

/**
 * Parses a user's template file (one set, a list of sets, or {sets: […]}) with the same schema as the
 * built-in sets. Never throws: invalid JSON or a wrong shape gives readable errors naming the field.
 */
export function parseTemplateFile(text: string): ParsedSets {
  const json = readJsonFile(text);
  if (!json.ok) return json;
  const data = json.data;
  const parsed = TemplateFileSchema.safeParse(data);
  if (!parsed.success) {
    // The union's own error says only "invalid input": re-parse with the shape the file evidently has.
    const shape = Array.isArray(data)
      ? z.array(TemplateSetSchema)
      : data && typeof data === 'object' && 'sets' in data
        ? z.object({ sets: z.array(TemplateSetSchema) })
        : TemplateSetSchema;
    const again = shape.safeParse(data);
    return { ok: false, errors: describeIssues(again.success ? parsed.error : again.error) };
  }
  const v = parsed.data;
  const sets = Array.isArray(v) ? v : 'sets' in v ? v.sets : [v];
  return { ok: true, sets };
}

export { mergeSets } from './set-items';
