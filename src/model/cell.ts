import { z } from 'zod';
import { CellValueSchema } from './grid';

/** One cell of a form: what it says, its raw value (number when the sheet holds a number), where it is. */
export const CellSchema = z.object({
  text: z.string(),
  value: CellValueSchema.optional(),
  address: z.string().regex(/^[A-Z]{1,3}\d+$/),
});
export type Cell = z.infer<typeof CellSchema>;

/** A label as written on the sheet (after forward-fill: the cell it was read from) and its canonical key. */
export const LabelSchema = z.object({
  text: z.string(),
  key: z.string().nullable(),
  cell: CellSchema,
});
export type Label = z.infer<typeof LabelSchema>;
