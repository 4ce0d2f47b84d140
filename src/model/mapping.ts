import { z } from 'zod';
import { FormKindSchema } from './form';

/**
 * A user's correction of how a sheet is read (docs/mapping.md): the forms and indicator tables of each sheet,
 * with the role of every column by letter. Stored in the workbook and given to the CLI with --mapping; when a
 * sheet has a mapping, its forms and tables are read as it says instead of as the readers guess.
 */

/** A1 range such as "A3:E9" (no sheet name: the sheet is the key of `sheets`). */
const RangeSchema = z.string().regex(/^\$?[A-Z]{1,3}\$?[1-9]\d*:\$?[A-Z]{1,3}\$?[1-9]\d*$/, {
  message: 'range must be an A1 range such as A3:E9',
});

/** Column letter such as "C". */
const ColumnLetterSchema = z.string().regex(/^[A-Z]{1,3}$/, { message: 'column must be a letter such as C' });

/**
 * The role of one column: a level, the value (of one period with `value:<period>`, e.g. value:全年), the
 * operator/unit columns joined into the value, text columns, or `ignore`.
 */
/** The fixed roles, in the order the 识别结果 view offers them (period values `value:<period>` come after `value`). */
export const MAPPING_FIXED_ROLES = [
  'level1',
  'level2',
  'level3',
  'value',
  'operator',
  'unit',
  'description',
  'basis',
  'weight',
  'history',
  'direction',
  'valueType',
  'note',
  // a department form's 职责 / 工作任务 / 项目 columns
  'duty',
  'work',
  'project',
  // several projects in one table: a project's own field (项目名称, 实施单位, 资金总额, 年度绩效目标), named by
  // the column's heading; one form per project
  'projectField',
  'ignore',
] as const;

export const MappingColumnRoleSchema = z.union([
  z.enum(MAPPING_FIXED_ROLES),
  z.string().regex(/^value:\S.*$/, { message: 'a period value is written value:<period>, e.g. value:全年' }),
]);
export type MappingColumnRole = z.infer<typeof MappingColumnRoleSchema>;

export const MappingFormSchema = z.object({
  range: RangeSchema,
  kind: FormKindSchema,
});
export type MappingForm = z.infer<typeof MappingFormSchema>;

export const MappingTableSchema = z.object({
  range: RangeSchema,
  /** Rows at the top of `range` that are headings, not indicators (0 when the range starts at the first row). */
  headerRows: z.number().int().nonnegative().max(5),
  columns: z.record(ColumnLetterSchema, MappingColumnRoleSchema),
});
export type MappingTable = z.infer<typeof MappingTableSchema>;

export const SheetMappingSchema = z.object({
  forms: z.array(MappingFormSchema).default([]),
  tables: z.array(MappingTableSchema).default([]),
  /** Ranges the checker must not read (notes, a pasted table that is not part of the form). */
  exclude: z.array(RangeSchema).optional(),
});
export type SheetMapping = z.infer<typeof SheetMappingSchema>;

export const MappingSchema = z.object({
  version: z.literal(1),
  sheets: z.record(z.string().min(1), SheetMappingSchema),
});
export type Mapping = z.infer<typeof MappingSchema>;
