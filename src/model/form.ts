import { z } from 'zod';
import { CellSchema, LabelSchema } from './cell';
import { FundsKeySchema, HeaderKeySchema } from './keys';

export const FormKindSchema = z.enum(['project', 'department']);
export type FormKind = z.infer<typeof FormKindSchema>;

/** A header field such as 项目名称 / 主管部门 / 单位主要职能: canonical key, the label cell and the value cell. */
export const HeaderFieldSchema = z.object({
  key: HeaderKeySchema,
  label: CellSchema,
  value: CellSchema.nullable(),
});
export type HeaderField = z.infer<typeof HeaderFieldSchema>;

/**
 * One labelled amount of the funds block (万元), per period. `key` is canonical (total, fiscalSubtotal,
 * general, govFund, specialAccount, stateCapital, socialInsurance, carryOver, other, basic, project,
 * projectLine, budget, fiscal, …); `parent` names the key it adds up into; `section` is 收入 or 支出.
 */
export const FundsItemSchema = z.object({
  key: FundsKeySchema,
  label: CellSchema,
  section: z.enum(['income', 'expense']),
  parent: FundsKeySchema.nullable(),
  amounts: z.record(z.string(), CellSchema),
});
export type FundsItem = z.infer<typeof FundsItemSchema>;

/** 资金支出计划(%): one point of the schedule (3月底 → 30%). */
export const PlanPointSchema = z.object({
  label: CellSchema,
  value: CellSchema.nullable(),
});
export type PlanPoint = z.infer<typeof PlanPointSchema>;

/** 中长期目标 / 中期目标 / 年度目标 / 总体目标 text. */
export const GoalSchema = z.object({
  key: z.enum(['longTerm', 'annual', 'overall']),
  label: CellSchema,
  value: CellSchema.nullable(),
});
export type Goal = z.infer<typeof GoalSchema>;

/** Role of a column in an indicator table. */
export const ColumnRoleSchema = z.enum([
  'level1',
  'level2',
  'level3',
  'value',
  'description',
  'basis',
  'direction',
  'unit',
  'valueType',
  'weight',
  'duty',
  'work',
  'project',
  'note',
  'operator',
  // last year's actual or a historical value, beside the target (批复表 上年实际值, 2021 历史值)
  'history',
  // a field of each project in a table holding several projects (项目名称 | 实施单位 | 资金总额 | 年度绩效目标
  // merged down left of the levels): which field, its heading says
  'projectField',
  // a column a user's mapping says not to read (序号, a pasted remark): its cells belong to no indicator
  'ignore',
]);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

/**
 * One row of the indicator tree. level1/level2 are forward-filled labels (the cell each was read from);
 * level3 is the indicator's own cell. `values` maps a period (半年, 全年, 中期, 年度, 指标值 …) to the value cell.
 */
export const IndicatorNodeSchema = z.object({
  row: z.number().int().positive(),
  block: z.string().nullable(),
  level1: LabelSchema.nullable(),
  level2: LabelSchema.nullable(),
  level3: CellSchema.nullable(),
  values: z.record(z.string(), CellSchema),
  description: CellSchema.optional(),
  basis: CellSchema.optional(),
  direction: CellSchema.optional(),
  operator: CellSchema.optional(),
  unit: CellSchema.optional(),
  valueType: CellSchema.optional(),
  weight: CellSchema.optional(),
  duty: CellSchema.optional(),
  work: CellSchema.optional(),
  project: CellSchema.optional(),
  note: CellSchema.optional(),
  history: CellSchema.optional(),
  /**
   * The value cells' texts were joined from separate operator and unit columns: text = prefix + the
   * cell's own text + suffix. A fix to such a cell may only change the part the cell holds.
   */
  joined: z.object({ prefix: z.string(), suffix: z.string() }).optional(),
});
export type IndicatorNode = z.infer<typeof IndicatorNodeSchema>;

/** Where an indicator table sits and what each column holds (used by rules and the template planner). */
export const IndicatorTableSchema = z.object({
  range: z.string(),
  headerRow: z.number().int().positive(),
  /** Heading rows at the top of `range` (0: printed without a heading row); absent in older output: 1. */
  headerRows: z.number().int().nonnegative().optional(),
  block: z.string().nullable(),
  columns: z.array(
    z.object({ col: z.string(), role: ColumnRoleSchema, period: z.string().nullable(), header: z.string() }),
  ),
  /**
   * The levels this table's layout has, when not all three: a flat list (指标 | 权重 | 指标值) has only
   * level3, so rules about missing 一级/二级 stay quiet. Absent: the usual three levels.
   */
  levels: z.array(z.enum(['level1', 'level2', 'level3'])).optional(),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

/** A part of a form the recognizer found but could not read, at its first cell. */
export const UnrecognizedPartSchema = z.object({
  /**
   * `sheetTitle` / `sheetHeading`: a sheet on which no form was read at all, though a title (绩效目标…表)
   * or a heading row (一级指标 | 二级指标, 指标名称 | 指标值) says it is one.
   */
  part: z.enum(['table', 'title', 'funds', 'sheetTitle', 'sheetHeading']),
  /** The part's first cell: the heading's first cell, the title, the funds label. */
  cell: CellSchema,
  /** What was there instead (the text under the heading, the word that looked like an indicator, the amount). */
  found: z.string().nullable(),
});
export type UnrecognizedPart = z.infer<typeof UnrecognizedPartSchema>;

export const FormSchema = z.object({
  sheet: z.string(),
  kind: FormKindSchema,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  range: z.string(),
  name: z.string().nullable(),
  header: z.array(HeaderFieldSchema),
  funds: z.array(FundsItemSchema),
  fundsPeriods: z.array(z.string()),
  plan: z.array(PlanPointSchema),
  /**
   * The amounts of a table of tasks (年度主要任务 / 重点任务 / 年度履职目标 with 预算金额): one item per task
   * (`projectLine`) and the table's 合计 (`total`), keyed by the table's own column headings (总额 / 财政拨款
   * / 其他资金). They are the tasks' amounts, not funds: only the sums inside the table are checked.
   */
  tasks: z.array(FundsItemSchema).optional(),
  /**
   * The cell of the task table that says it lists only some tasks (a heading 主要内容（部分）, a note row
   * 注：以上为部分重点任务): the tasks may then add up to less than the funds.
   */
  tasksPartial: CellSchema.optional(),
  goals: z.array(GoalSchema),
  periods: z.array(z.string()),
  tables: z.array(IndicatorTableSchema),
  indicators: z.array(IndicatorNodeSchema),
  /** Non-empty cells inside the form that the recognizer could not place (become structure.unplaced). */
  unplaced: z.array(CellSchema),
  /**
   * Parts that look like a form's but could not be read (become structure.unrecognized): an indicator
   * heading whose rows gave nothing, a title on this sheet with no table under it, a funds label whose
   * amount is not a number. Absent when every part was read.
   */
  unrecognized: z.array(UnrecognizedPartSchema).optional(),
});
export type Form = z.infer<typeof FormSchema>;
