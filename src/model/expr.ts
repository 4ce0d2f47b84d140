import { z } from 'zod';

export const ExprKindSchema = z.enum(['quantitative', 'qualitative', 'date', 'range', 'empty', 'invalid']);
export type ExprKind = z.infer<typeof ExprKindSchema>;

/** Normalised comparison operator. */
export const OperatorSchema = z.enum(['>=', '<=', '=', '>', '<']);
export type Operator = z.infer<typeof OperatorSchema>;

/** A diagnostic of the value grammar: stable id (expr.*) and a zh-CN message telling what to write instead. */
export const ExprDiagnosticSchema = z.object({
  id: z.string().regex(/^expr\.[a-z0-9-]+$/),
  message: z.string(),
  /** Suggested replacement text when it is certain (e.g. ＝100% → =100%). */
  replacement: z.string().optional(),
});
export type ExprDiagnostic = z.infer<typeof ExprDiagnosticSchema>;

/** The parsed meaning of one indicator value cell. */
export const ExprSchema = z.object({
  raw: z.string(),
  kind: ExprKindSchema,
  op: OperatorSchema.nullable(),
  /** The number in base units of the written unit (万 and 亿 magnitudes folded in: 9万人 → 90000, unit 人). */
  number: z.number().nullable(),
  unit: z.string().nullable(),
  /** Range bounds (80%-90% → 80, 90) when kind is range. */
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  /** Year/month for dates and periods (2023年12月底前 → 2023, 12). */
  year: z.number().int().nullable().optional(),
  month: z.number().int().nullable().optional(),
  /**
   * A change against a baseline (提高5个百分点, 较上年增长10%, 同比下降≥3%): its direction. The number is
   * the size of the change, not a level; with no operator written, at least that much (≥) is meant.
   */
  change: z.enum(['up', 'down']).optional(),
  /** The qualitative word (充分, 规范, 提高 …) when kind is qualitative. */
  word: z.string().nullable().optional(),
  /** Canonical text: ASCII operator, no spaces (≥ 95 % → ≥95%). */
  normalized: z.string(),
  diagnostics: z.array(ExprDiagnosticSchema),
});
export type Expr = z.infer<typeof ExprSchema>;
