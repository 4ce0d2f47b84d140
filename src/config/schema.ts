import { z } from 'zod';

/** A rule's setting in target-sheet.config.json: off, on (default severity) or a severity. */
export const RuleSettingSchema = z.enum(['off', 'on', 'error', 'warning', 'info']);

/**
 * target-sheet.config.json, beside the workbook or in the user's settings:
 * { "rules": { "expr.fullwidth": "off", "structure": "warning" }, "only": ["expr", "total"] }
 * Keys of `rules` are rule ids or families; an id beats its family.
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Run only these rule ids or families (the CLI's --rules replaces it). */
    only: z.array(z.string().min(1)).optional(),
    rules: z.record(z.string().min(1), RuleSettingSchema).optional(),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
