/**
 * The one reading of an amount as written in a funds cell, shared by the recognizer (src/layout/funds) and
 * the rules' exact arithmetic (src/rules/decimal):
 *   1003.82 · 1,003.82 · 1，003.82   a comma (ASCII or full-width) only as thousands separator (groups of 3)
 *   (12.5) · （12.5）                 accounting format: negative
 *   -12.5 · +3                       signs
 *   25万元 · 25 万元 · 25万            the block's amounts are in 万元: the number is the amount
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
    .replace(/\s*万元?$/, '')
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

/** One part of a breakdown written in the total's cell: 中央500万 → { label: 中央, amount: "500" }. */
export interface AmountPart {
  label: string;
  amount: string;
}

/**
 * A total written with its breakdown in one cell (issue 13 §5): `854万（其中中央500万、省200万、市100万、县54万）`,
 * `854万元，其中：中央500万元，省级354万元`, `300万元 其中：财政拨款：250万元 其他资金：50万元`. The total is the leading amount; each part is a label and an
 * amount. `partial`: the list says it is not complete (…, 等). Null when the text is not a total followed
 * by 其中 and at least one readable part.
 */
export function amountBreakdown(raw: string): { total: string; parts: AmountPart[]; partial: boolean } | null {
  // the parts follow a bracket, a comma or (a band typed in one cell: 300万元 其中：财政拨款：250万元 …) a space
  const m = /^\s*([^（(；;：:]+?)(?:\s*[（(，,；;]|\s)\s*其中\s*[:：]?\s*([\s\S]*?)\s*[)）]?\s*[。.]?\s*$/.exec(raw);
  if (!m) return null;
  const total = amountText(m[1]);
  if (total === null) return null;
  const parts: AmountPart[] = [];
  let partial = /…|\.\.\.|等$/.test(m[2]);
  // a comma between digit groups is a thousands separator (1，000万), not a list separator
  // (spaces before a label separate parts too: 财政拨款：250万元 其他资金：50万元)
  for (const piece of m[2].split(/[、；;]|[，,](?!\d{3}(?!\d))|\s+(?=[\u4e00-\u9fa5])/)) {
    const t = piece.replace(/…+|\.{3,}|等$/g, '').trim();
    if (t === '') continue;
    const p = /^([\u4e00-\u9fa5A-Za-z]{1,12}?)\s*[:：为]?\s*([+-]?[\d０-９][\d０-９,，.．]*\s*万?元?)$/.exec(t);
    const amount = p ? amountText(p[2]) : null;
    if (!p || amount === null) {
      partial = true;
      continue;
    }
    parts.push({ label: p[1], amount });
  }
  return parts.length > 0 ? { total, parts, partial } : null;
}

/** A cell's amount, also when it is a total written with its breakdown (854万（其中中央500万…）). */
export function amountOrTotalOf(raw: string | number | null | undefined): number | null {
  const n = amountOf(raw);
  if (n !== null || typeof raw !== 'string') return n;
  const b = amountBreakdown(raw);
  return b === null ? null : Number(b.total);
}
