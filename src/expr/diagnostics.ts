/**
 * Diagnostic ids of the value grammar and their zh-CN messages.
 * Ids are stable (rules and reviewers key on them); messages tell a finance clerk what to write instead.
 */
import type { ExprDiagnostic } from '../model/expr';

export const EXPR_DIAGNOSTIC_IDS = [
  'expr.operator-missing',
  'expr.number-missing',
  'expr.unit-missing',
  'expr.fullwidth',
  'expr.ascii-operator',
  'expr.operator-variant',
  'expr.operator-conflict',
  'expr.approximate',
  'expr.text-around',
  'expr.chinese-numeral',
  'expr.excel-serial',
  'expr.placeholder',
  'expr.latex',
  'expr.range-reversed',
  'expr.range-units',
  'expr.range-operator',
  'expr.unknown-word',
  'expr.unparsed',
] as const;
export type ExprDiagnosticId = (typeof EXPR_DIAGNOSTIC_IDS)[number];

function diag(id: ExprDiagnosticId, message: string, replacement?: string): ExprDiagnostic {
  return replacement === undefined ? { id, message } : { id, message, replacement };
}

/** `430元/人` → both directions as examples, since only the indicator knows which one applies. */
export function operatorMissing(value: string): ExprDiagnostic {
  return diag(
    'expr.operator-missing',
    `指标值“${value}”缺少比较符号，请按指标方向写成“≥${value}”“≤${value}”或“=${value}”。`,
  );
}

/** Words that name a reference, not a counting unit (≤预算数, ≥上年实际数): the number is what is missing. */
const REFERENCE_UNIT = /预算|计划|标准|批复|上年|目标/;

export function numberMissing(op: string, unit: string | null): ExprDiagnostic {
  const u = unit ?? '';
  if (REFERENCE_UNIT.test(u)) {
    // “≤10预算数” would be no example: say the figure and its unit instead
    const example = `${op || '='}${/预算|批复/.test(u) ? '120万元' : '10个'}`;
    return diag(
      'expr.number-missing',
      `指标值缺少具体数值：“${u}”不是计量单位，请写出${u}的数值和单位，如“${example}”。`,
    );
  }
  const example = `${op || '='}10${u}`;
  return diag('expr.number-missing', `指标值缺少具体数值，请填写目标数，如“${example}”。`);
}

export function unitMissing(value: string): ExprDiagnostic {
  // ≥0.7万 already carries a magnitude: only a counting unit can follow (not % or 万元)
  const examples = /[万亿]$/.test(value)
    ? [`${value}人`, `${value}户`, `${value}元`]
    : [`${value}%`, `${value}个`, `${value}万元`];
  return diag(
    'expr.unit-missing',
    `指标值“${value}”没有计量单位，请补上单位，如${examples.map((e) => `“${e}”`).join('')}。`,
  );
}

export function fullwidth(replacement: string): ExprDiagnostic {
  return diag('expr.fullwidth', `指标值使用了全角符号或数字，请改用半角，写成“${replacement}”。`, replacement);
}

export function asciiOperator(written: string, replacement: string): ExprDiagnostic {
  return diag('expr.ascii-operator', `比较符号“${written}”请改用标准符号（≥、≤），写成“${replacement}”。`, replacement);
}

export function operatorVariant(written: string, replacement: string): ExprDiagnostic {
  return diag(
    'expr.operator-variant',
    `比较符号“${written}”不是标准写法，请改用≥或≤，写成“${replacement}”。`,
    replacement,
  );
}

export function operatorConflict(op: string, word: string): ExprDiagnostic {
  return diag('expr.operator-conflict', `比较符号“${op}”与文字“${word}”方向相反，请只保留一个比较符号并确认目标方向。`);
}

/**
 * A word written for an operator. `decided`: the value in symbols when the word fixes the operator
 * (不低于90% → ≥90%); `written`: the value with the operator already written beside an uncertain word
 * (≥90%左右); `replacement` only when the whole cell can be replaced.
 */
export function approximate(
  word: string,
  value: string,
  how: { decided?: string; written?: string; replacement?: string },
): ExprDiagnostic {
  if (how.decided !== undefined) {
    return diag('expr.approximate', `“${word}”是文字表述，请用比较符号写成“${how.decided}”。`, how.replacement);
  }
  if (how.written !== undefined) {
    return diag('expr.approximate', `“${word}”是约数，已写了比较符号，请删去“${word}”，写成“${how.written}”。`);
  }
  return diag(
    'expr.approximate',
    `“${word}”是约数，无法考核，请写成明确的目标，如“≥${value}”“≤${value}”或“=${value}”。`,
  );
}

export function textAround(text: string, replacement?: string): ExprDiagnostic {
  const hint = replacement !== undefined ? `，写成“${replacement}”` : '';
  return diag(
    'expr.text-around',
    `指标值中夹有文字“${text}”，指标值单元格只填比较符号、数值和单位${hint}；说明文字请写在指标名称或指标解释中。`,
    replacement,
  );
}

export function chineseNumeral(written: string, replacement?: string): ExprDiagnostic {
  const hint = replacement !== undefined ? `，写成“${replacement}”` : '';
  return diag('expr.chinese-numeral', `数值“${written}”请改用阿拉伯数字${hint}。`, replacement);
}

export function excelSerial(serial: number, date: string): ExprDiagnostic {
  return diag(
    'expr.excel-serial',
    `“${serial}”是Excel日期序列号（对应${date}），日期单元格被当成了数字。请把单元格设为文本，写成如“${date}前”。`,
  );
}

export function placeholder(written: string): ExprDiagnostic {
  return diag('expr.placeholder', `指标值“${written}”是模板占位符，请把“*”或“X”换成实际目标数，如“≥95%”。`);
}

export function latex(replacement: string): ExprDiagnostic {
  return diag('expr.latex', `指标值含有公式排版残留（如“$”“\\geq”），请写成“${replacement}”。`, replacement);
}

export function rangeReversed(min: string, max: string): ExprDiagnostic {
  return diag('expr.range-reversed', `区间“${min}”大于“${max}”，请把小的数写在前面，如“${max}-${min}”。`);
}

export function rangeUnits(a: string, b: string): ExprDiagnostic {
  return diag('expr.range-units', `区间两端的单位“${a}”和“${b}”不一致，请统一单位。`);
}

export function rangeOperator(op: string, range: string): ExprDiagnostic {
  return diag(
    'expr.range-operator',
    `区间“${range}”前不需要比较符号“${op}”，请写成区间“${range}”，或写成单一目标如“${op}${range.split('-')[0] ?? ''}”。`,
  );
}

export function unknownWord(word: string): ExprDiagnostic {
  return diag(
    'expr.unknown-word',
    `“${word}”不是常用的定性指标值，请确认；定性指标常写“充分”“规范”“有效”“明显提高”等，定量指标请写成“≥95%”这样的形式。`,
  );
}

export function unparsed(text: string): ExprDiagnostic {
  const short = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return diag(
    'expr.unparsed',
    `指标值“${short}”无法识别为目标值。请写成“比较符号+数值+单位”（如“≥95%”“≤300元/人”）或简短的定性词（如“有效”“明显提高”），说明文字请写在指标解释中。`,
  );
}
