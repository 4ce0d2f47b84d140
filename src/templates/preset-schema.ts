import { z } from 'zod';
import { msg } from '../messages';
import { FormKindSchema } from '../model/form';
import { TemplateItemSchema } from './schema';

/**
 * A 新建绩效目标表 preset: the layout of one official form as data. The standard 决策/过程 rows come from
 * the template set named by `standardSet` (one source with the checker); `sections` are the other 一级
 * with their standard 二级, each given one placeholder row (empty 三级 and value) for the user to fill.
 */
export const PresetColumnSchema = z.object({
  /** level3 … are the indicator table's roles; `value` columns carry a period when there are several. */
  role: z.enum(['level1', 'level2', 'level3', 'value', 'operator', 'unit']),
  header: z.string().min(1),
  period: z.enum(['半年', '全年']).optional(),
  /** Column width in characters. */
  width: z.number().positive().max(100),
});
export type PresetColumn = z.infer<typeof PresetColumnSchema>;

export const PresetSectionSchema = z.object({
  label: z.string().min(1),
  /** `items`: rows every form of the preset starts with (服务对象满意度 ≥90%); else one placeholder row. */
  groups: z.array(z.object({ label: z.string().min(1), items: z.array(TemplateItemSchema).optional() })).min(1),
});
export type PresetSection = z.infer<typeof PresetSectionSchema>;

/**
 * 复制为新年度: one part of a form that next year's copy starts empty — last year's 实际完成值 / 上年实际值,
 * 自评 columns, dates. `columns`: indicator-table columns whose heading contains one of the words (their
 * cells below the heading are emptied); `fields`: labels (填报日期) whose value is emptied, beside the label
 * or after its colon (填报日期：2025年3月).
 */
export const RollClearSchema = z
  .object({
    /** What the change list calls the part (上年实际值, 自评, 日期). */
    what: z.string().min(1),
    columns: z.array(z.string().min(1)).optional(),
    fields: z.array(z.string().min(1)).optional(),
  })
  .refine((c) => (c.columns?.length ?? 0) + (c.fields?.length ?? 0) > 0, {
    error: () => msg('preset.rollClearEmpty'),
  });
export type RollClear = z.infer<typeof RollClearSchema>;

export const PresetSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lower-case letters, digits and -'),
  name: z.string().min(1),
  kind: FormKindSchema,
  source: z.string().optional(),
  /** {year} is replaced by the form's year. */
  title: z.string().includes('{year}'),
  /** Header field labels, two per row (label, value, label, value). */
  header: z.array(z.string().min(1)).min(1),
  funds: z.object({
    label: z.string().min(1),
    /** First item is the total (SUM of the others). */
    total: z.string().min(1),
    parts: z.array(z.string().min(1)).min(1),
  }),
  goals: z.array(z.string().min(1)).min(1),
  /** What the goal cells hold at first: the official forms' numbered slots (目标1：… 目标2：…). */
  goalText: z.string().default('目标1：\n目标2：\n目标3：'),
  standardSet: z.string().min(1),
  columns: z.array(PresetColumnSchema).min(4),
  sections: z.array(PresetSectionSchema).min(1),
  /** Values offered in the operator column's validation list. */
  operators: z.array(z.string().min(1)).optional(),
  /** What 复制为新年度 empties on a form of this preset. */
  rollClear: z.array(RollClearSchema).default([]),
});
export type Preset = z.infer<typeof PresetSchema>;

/** A user file holds one preset or a list of presets (like template sets). */
export const PresetFileSchema = z.union([PresetSchema, z.array(PresetSchema).min(1)]);
