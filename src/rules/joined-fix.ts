import type { Fix } from '../model/finding';
import type { Form } from '../model/form';

/**
 * A value read from operator, value and unit columns (≥ | 3000 | 个 reads ≥3000个): the cells each part
 * came from, so a fix is written to the one cell whose part changes.
 */
interface JoinedParts {
  prefix: string;
  suffix: string;
  /** The value cell's own text. */
  own: string;
  /** The operator column's cell, when the prefix is what it holds (also nothing; not a ≥ given by 正向). */
  operatorCell: string | null;
  unitCell: string | null;
}

export type JoinedCells = Map<string, JoinedParts>;

/** Value cells whose text was joined from operator/unit columns (address → its parts). */
export function joinedCells(form: Form): JoinedCells {
  const out: JoinedCells = new Map();
  for (const n of form.indicators) {
    if (!n.joined) continue;
    const { prefix, suffix } = n.joined;
    for (const v of Object.values(n.values)) {
      const t = v.text.trim();
      if (!t.startsWith(prefix) || !t.endsWith(suffix)) continue;
      out.set(v.address, {
        prefix,
        suffix,
        own: t.slice(prefix.length, t.length - suffix.length).trim(),
        operatorCell: n.operator?.text.trim() === prefix ? n.operator.address : null,
        unitCell: suffix !== '' && n.unit?.text.trim() === suffix ? n.unit.address : null,
      });
    }
  }
  return out;
}

/**
 * A fix for a joined value writes the one column whose part changes: the value column (≥ | 95 | % →
 * 95 → 98), the operator column (>= → ≥, a cost's ≥ → ≤) or the unit column. A fix changing two parts
 * keeps no fix (the clerk edits).
 */
export function fixFor(fix: Fix, joined: JoinedCells): Fix | null {
  // a row moved back carries operator and unit columns with it: no part-of-cell rewriting there
  if (fix.more) return [fix, ...fix.more].some((e) => joined.has(e.cell)) ? null : fix;
  const parts = joined.get(fix.cell);
  if (!parts) return fix;
  const t = fix.text.trim();
  const rest = parts.own + parts.suffix;
  if (parts.operatorCell && t.endsWith(rest)) {
    const operator = t.slice(0, t.length - rest.length).trim();
    if (operator !== '' && operator !== parts.prefix) return elsewhere(parts.operatorCell, operator);
  }
  const head = parts.prefix + parts.own;
  if (parts.unitCell && t.startsWith(head)) {
    const unit = t.slice(head.length).trim();
    if (unit !== '' && unit !== parts.suffix) return elsewhere(parts.unitCell, unit);
  }
  if (t.startsWith(parts.prefix) && t.endsWith(parts.suffix)) {
    const middle = t.slice(parts.prefix.length, t.length - parts.suffix.length).trim();
    if (middle !== '') return { cell: fix.cell, text: middle };
  }
  return null;
}

/** A fix written beside the finding's cell says which cell it writes. */
function elsewhere(cell: string, text: string): Fix {
  return { cell, text, summary: `把${cell}改为“${text}”` };
}
