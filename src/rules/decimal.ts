/**
 * Exact decimal amounts for the funds arithmetic: a BigInt of units at a given scale (12.34 → 1234n at
 * scale 2). Floats would turn 0.1 + 0.2 into 0.30000000000000004 and raise false "sums differ" errors.
 */
import { amountText } from '../core/amount';

export interface Decimal {
  units: bigint;
  scale: number;
}

const NUMBER_TEXT = /^[+-]?(\d+)(?:\.(\d+))?$/;

/**
 * Reads the amount a cell shows exactly: text as src/core/amount reads it ('1，003.82', '(12.5)', '25万元'),
 * 1003.82 (a float from xlsx). Null when not an amount.
 */
export function parseDecimal(input: string | number | null | undefined): Decimal | null {
  if (input === null || input === undefined) return null;
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    // 15 significant digits undo the float's binary noise (3410.2200000000003 → 3410.22).
    text = String(Number(input.toPrecision(15)));
    if (/e/i.test(text)) text = input.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  } else {
    const t = amountText(input);
    if (t === null) return null;
    text = t;
  }
  const m = NUMBER_TEXT.exec(text);
  if (!m) return null;
  const frac = m[2] ?? '';
  const sign = text.startsWith('-') ? -1n : 1n;
  return { units: sign * BigInt(m[1] + frac), scale: frac.length };
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

export function sum(items: Decimal[]): Decimal {
  return items.reduce(add, { units: 0n, scale: 0 });
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function abs(d: Decimal): Decimal {
  return d.units < 0n ? { units: -d.units, scale: d.scale } : d;
}

/** Plain text without trailing zeros: 139.010 → '139.01'. */
export function format(d: Decimal): string {
  const neg = d.units < 0n;
  let digits = (neg ? -d.units : d.units).toString();
  if (d.scale > 0) {
    digits = digits.padStart(d.scale + 1, '0');
    const intPart = digits.slice(0, digits.length - d.scale);
    const fracPart = digits.slice(digits.length - d.scale).replace(/0+$/, '');
    digits = fracPart ? `${intPart}.${fracPart}` : intPart;
  }
  return (neg ? '-' : '') + digits;
}

/**
 * True when a and b differ by more than the form's own rounding: one unit of the finest decimal place
 * written (at least 0.01, the 万元 convention), so 1003.82 vs 1003.815 passes and 139.01 vs 150 does not.
 */
export function differs(a: Decimal, b: Decimal, scales: number[]): boolean {
  const finest = Math.max(2, ...scales);
  const tolerance: Decimal = { units: 1n, scale: finest };
  return compare(abs(sub(a, b)), tolerance) > 0;
}
