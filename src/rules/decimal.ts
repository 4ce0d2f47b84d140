/**
 * Exact decimal amounts for the funds arithmetic: an integer count of units at a given scale (12.34 → units
 * '1234' at scale 2). Floats would turn 0.1 + 0.2 into 0.30000000000000004 and raise false "sums differ"
 * errors. The integer is a signed digit string, not a BigInt: BigInt is ES2020 and absent from the engines
 * the add-in supports (Edge Legacy 18, WPS's older Chromium); see README “Supported engines”.
 */
import { amountText } from '../core/amount';

export interface Decimal {
  /** Canonical signed integer: no leading zeros, '0' never negative ('-1234', '0', '56'). */
  units: string;
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
  return { units: signed(text.startsWith('-'), m[1] + frac), scale: frac.length };
}

/** A canonical signed integer from a sign and digits (leading zeros dropped, no '-0'). */
function signed(negative: boolean, digits: string): string {
  const mag = digits.replace(/^0+/, '') || '0';
  return negative && mag !== '0' ? `-${mag}` : mag;
}

const isNeg = (units: string) => units.startsWith('-');
const magnitude = (units: string) => (isNeg(units) ? units.slice(1) : units);

/** Compares two digit strings without leading zeros. */
function cmpMag(x: string, y: string): number {
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** x + y on digit strings. */
function addMag(x: string, y: string): string {
  let out = '';
  let carry = 0;
  for (let i = x.length - 1, j = y.length - 1; i >= 0 || j >= 0 || carry; i--, j--) {
    const d = (i >= 0 ? x.charCodeAt(i) - 48 : 0) + (j >= 0 ? y.charCodeAt(j) - 48 : 0) + carry;
    out = String(d % 10) + out;
    carry = d >= 10 ? 1 : 0;
  }
  return out;
}

/** x − y on digit strings, x ≥ y. */
function subMag(x: string, y: string): string {
  let out = '';
  let borrow = 0;
  for (let i = x.length - 1, j = y.length - 1; i >= 0; i--, j--) {
    let d = x.charCodeAt(i) - 48 - (j >= 0 ? y.charCodeAt(j) - 48 : 0) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 10;
    out = String(d) + out;
  }
  return out;
}

function addInt(a: string, b: string): string {
  const [x, y] = [magnitude(a), magnitude(b)];
  if (isNeg(a) === isNeg(b)) return signed(isNeg(a), addMag(x, y));
  const c = cmpMag(x, y);
  if (c === 0) return '0';
  return c > 0 ? signed(isNeg(a), subMag(x, y)) : signed(isNeg(b), subMag(y, x));
}

function cmpInt(a: string, b: string): number {
  if (isNeg(a) !== isNeg(b)) return isNeg(a) ? -1 : 1;
  const c = cmpMag(magnitude(a), magnitude(b));
  return c === 0 ? 0 : isNeg(a) ? -c : c;
}

function rescale(d: Decimal, scale: number): string {
  return d.units === '0' ? '0' : d.units + '0'.repeat(scale - d.scale);
}

const negate = (units: string) => (isNeg(units) ? units.slice(1) : units === '0' ? '0' : `-${units}`);

/** True when the amount is below zero. */
export const isNegative = (d: Decimal): boolean => isNeg(d.units);

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: addInt(rescale(a, scale), rescale(b, scale)), scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: negate(b.units), scale: b.scale });
}

export function sum(items: Decimal[]): Decimal {
  return items.reduce(add, { units: '0', scale: 0 });
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  return cmpInt(rescale(a, scale), rescale(b, scale));
}

export function abs(d: Decimal): Decimal {
  return isNeg(d.units) ? { units: magnitude(d.units), scale: d.scale } : d;
}

/** Plain text without trailing zeros: 139.010 → '139.01'. */
export function format(d: Decimal): string {
  const neg = isNeg(d.units);
  let digits = magnitude(d.units);
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
  const tolerance: Decimal = { units: '1', scale: finest };
  return compare(abs(sub(a, b)), tolerance) > 0;
}
