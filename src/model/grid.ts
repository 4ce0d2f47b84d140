import { z } from 'zod';

/** A merged area, 0-based inclusive, in sheet coordinates. */
export const MergeSchema = z.object({
  r0: z.number().int().nonnegative(),
  c0: z.number().int().nonnegative(),
  r1: z.number().int().nonnegative(),
  c1: z.number().int().nonnegative(),
});
export type Merge = z.infer<typeof MergeSchema>;

export const CellValueSchema = z.union([z.string(), z.number(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

/**
 * What a host reads off one sheet: the values of its used range, row-major. `origin` is the sheet
 * position (0-based) of values[0][0], so a table that starts at C5 keeps its real addresses.
 * Merges are hints only: real files lose them.
 */
export const GridSchema = z.object({
  sheet: z.string(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
  values: z.array(z.array(CellValueSchema)),
  merges: z.array(MergeSchema).default([]),
  origin: z
    .object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() })
    .default({ row: 0, col: 0 }),
  hiddenRows: z.array(z.number().int().nonnegative()).optional(),
  hiddenCols: z.array(z.number().int().nonnegative()).optional(),
});
export type Grid = z.infer<typeof GridSchema>;
