import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One cell a fix writes and its new text. */
export const CellEditSchema = z.object({ cell: z.string(), text: z.string() });
export type CellEdit = z.infer<typeof CellEditSchema>;

/**
 * A certain fix: the cell to write and its new text. A fix that moves a whole row back (a row shifted one
 * column) writes further cells (`more`); all of them are applied and undone together, as one step, and
 * `summary` says in words what the fix does (the button cannot show one text for several cells).
 */
export const FixSchema = z.object({
  cell: z.string(),
  text: z.string(),
  more: z.array(CellEditSchema).optional(),
  summary: z.string().optional(),
});
export type Fix = z.infer<typeof FixSchema>;

/** One problem found, pointing at one cell, in plain Chinese. */
export const FindingSchema = z.object({
  rule: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  message: z.string().min(1),
  suggestion: z.string().optional(),
  fix: FixSchema.optional(),
  /** What the finding is about when one rule reports several on one cell (the missing indicator's name). */
  subject: z.string().optional(),
  /** Other cells with the very same problem (a value typed alike in 半年 and 全年): one finding for all. */
  also: z.array(z.string()).optional(),
  /** Index of the form on its sheet (0-based), when the finding belongs to a form. */
  form: z.number().int().nonnegative().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
