/**
 * The one reading of an amount as written in a funds cell, shared by the recognizer (src/layout/funds) and
 * the rules' exact arithmetic (src/rules/decimal):
 *   1003.82 · 1,003.82 · 1，003.82   a comma (ASCII or full-width) only as thousands separator (groups of 3)
 *   (12.5) · （12.5）                 accounting format: negative
 *   -12.5 · +3                       signs
 *   25万元 · 25 万元                  the block's amounts are in 万元: the number is the amount
 *   １２.５                           full-width digits
 * Anything else (12,34 · 约10 · 25元 · — · 1.2.3) is not an amount: null, so no total is computed from it.
 */

const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The amount as canonical decimal text ("-1003.82", digits kept as written), or null. */
export function amountText(raw: string): string | null {
  let t = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/\s*万元$/, '')
    .replace(/\s+/g, '');
  const bracket = /^[(（]([^()（）]*)[)）]$/.exec(t);
  if (bracket) {
    if (/^[+-]/.test(bracket[1])) return null;
    t = `-${bracket[1]}`;
  }
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return null;
  return t.replace(/^\+/, '');
}

/** A cell's amount as a number: xlsx numbers as they are, text through amountText; null otherwise. */
export function amountOf(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const t = amountText(raw);
  return t === null ? null : Number(t);
}
