import { z } from 'zod';
import { msg } from '../messages';
import { zodInCurrentLanguage } from '../messages/zod-locale';
import { FormKindSchema } from '../model/form';
import { LEVEL1_KEYS, LEVEL2_KEYS } from '../model/keys';

/** One 三级 indicator of a set with its typical half-year (半年) and full-year (全年) values. */
export const TemplateItemSchema = z.object({
  name: z.string().min(1),
  half: z.string(),
  full: z.string(),
});
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

/**
 * A 二级 group. `items` empty with `skeleton: true` gives one row with an empty 三级 for the user to fill
 * (产出/效益/满意度); `value` is then that row's typical value (满意度 ≥90%).
 */
export const TemplateLevel2Schema = z.object({
  key: z.enum(LEVEL2_KEYS),
  label: z.string().min(1),
  items: z.array(TemplateItemSchema),
  value: z.string().optional(),
});
export type TemplateLevel2 = z.infer<typeof TemplateLevel2Schema>;

export const TemplateLevel1Schema = z.object({
  key: z.enum(LEVEL1_KEYS),
  label: z.string().min(1),
  /** Skeleton groups are offered for new tables only; standard groups are inserted where missing. */
  skeleton: z.boolean().default(false),
  groups: z.array(TemplateLevel2Schema).min(1),
});
export type TemplateLevel1 = z.infer<typeof TemplateLevel1Schema>;

/** A template set as stored in src/templates/sets/*.json or a user's target-sheet.templates.json. */
export const TemplateSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lower-case letters, digits and -'),
  name: z.string().min(1),
  kind: FormKindSchema,
  source: z.string().optional(),
  sections: z.array(TemplateLevel1Schema).min(1),
});
export type TemplateSet = z.infer<typeof TemplateSetSchema>;

/** A user file holds one set or a list of sets. */
export const TemplateFileSchema = z.union([
  TemplateSetSchema,
  z.array(TemplateSetSchema).min(1),
  z.object({ sets: z.array(TemplateSetSchema).min(1) }),
]);

// zod-free helpers over sets live in set-items.ts (the pane's first download imports them without zod)
export { itemCount, standardItems, type FlatItem } from './set-items';

/**
 * A user's JSON file (template sets, presets) before its schema: the data, or the error a user reads when it
 * is not JSON. Readers then validate with zod, whose messages are set to the current language here.
 */
export function readJsonFile(text: string): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  try {
    const data: unknown = JSON.parse(text);
    zodInCurrentLanguage();
    return { ok: true, data };
  } catch (err) {
    return { ok: false, errors: [msg('template.notJson', { reason: (err as Error).message })] };
  }
}

/** zod issues as short lines: `sections.0.groups.1.key: Invalid option …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) =>
    msg('config.issue', { path: i.path.join('.') || msg('config.root'), message: i.message }),
  );
}
