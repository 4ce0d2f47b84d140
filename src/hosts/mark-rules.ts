/**
 * Marks as conditional-format rules the add-in owns (Excel ExcelApi 1.6+, WPS ET FormatConditions): a rule
 * over the marked cells whose formula is always true and carries our signature, with the mark's fill. The
 * cells' own fills are never written, and a rule moves, grows and shrinks with its cells when rows or
 * columns are inserted or deleted (by the user or by a template), so clearing — deleting the rules whose
 * formula has the signature — restores exactly what the user sees without remembering any address.
 * The formula is plain A1-free worksheet syntax both hosts evaluate: N(text) is 0, so it is TRUE.
 */
export const MARK_SIGNATURE = '预算绩效目标表校验';

export const MARK_RULE_FORMULA = `=N("${MARK_SIGNATURE}")=0`;

/** Is this conditional format's formula one of ours (hosts may add or drop the =, quote or space it)? */
export function isMarkRule(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(MARK_SIGNATURE);
}
