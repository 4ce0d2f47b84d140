import type { Form, IndicatorTable } from '../../model/form';
import type { Rule } from '../types';
import { fromRangeA1 } from '../../core/address';

const ROLE_ZH: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  value: '指标值',
  description: '指标描述',
  basis: '指标值确定依据',
};

/** A table's rows and its 三级 columns, read once per form rather than once per indicator row. */
interface TableSpan {
  table: IndicatorTable;
  r0: number;
  r1: number;
  level3Cols: string[];
}

function tableSpans(form: Form): TableSpan[] {
  return form.tables.map((table) => {
    const r = fromRangeA1(table.range);
    return {
      table,
      r0: r.r0,
      r1: r.r1,
      level3Cols: table.columns.filter((c) => c.role === 'level3').map((c) => c.col),
    };
  });
}

function tableOf(spans: readonly TableSpan[], row: number): TableSpan | undefined {
  return spans.find((t) => row - 1 >= t.r0 && row - 1 <= t.r1);
}

function columnOf(address: string): string {
  return /^[A-Z]+/.exec(address)?.[0] ?? '';
}

/**
 * A 三级 name the recognizer found one column off (000: 维保维护费用 in the 二级 column, its values
 * shifted left with it). The row reads right to a person but breaks sorting, totals and templates.
 */
export const rule: Rule = {
  id: 'structure.name-in-wrong-column',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '三级指标名称写在了一级或二级指标列（整行错位）。',
    good: [{ indicator: '成本指标 | 法律顾问业务咨询费用（三级列）', text: '≤20.3万元' }],
    bad: [{ indicator: '维保维护费用（写在二级列，三级列为空）', text: '≤54.95万元' }],
  },
  check(form, ctx) {
    const out = [];
    const spans = tableSpans(form);
    for (const node of form.indicators) {
      if (!node.level3) continue;
      const span = tableOf(spans, node.row);
      if (!span) continue;
      const { table, level3Cols } = span;
      const col = columnOf(node.level3.address);
      if (level3Cols.length === 0 || level3Cols.includes(col)) continue;
      const role = table.columns.find((c) => c.col === col)?.role;
      out.push(
        ctx.report({
          cell: node.level3.address,
          message: `三级指标“${node.level3.text.trim()}”写在了${role && ROLE_ZH[role] ? ROLE_ZH[role] : '其他'}列，整行错位。`,
          suggestion: `把这一行的内容右移，使指标名称位于三级指标列（${level3Cols.join('、')}列），指标值位于指标值列。`,
        }),
      );
    }
    return out;
  },
};
