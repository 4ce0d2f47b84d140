/** Number reading: Arabic digits (with thousands separators), Chinese numerals, 万/亿 magnitudes. */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

export function isChineseNumeralChar(ch: string): boolean {
  return ch.length === 1 && NUMERAL_CHARS.includes(ch);
}

/**
 * Value of a Chinese numeral below 万 (二 → 2, 十二 → 12, 二十 → 20, 一百零五 → 105), or null when the
 * characters do not form a number (二二十).
 */
export function chineseNumeralValue(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGITS[ch] ?? 0;
    } else {
      const unit = CHINESE_SMALL_UNITS[ch];
      if (unit === undefined || unit >= lastUnit) return null;
      // 十二: a leading 十 means 一十.
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    }
  }
  return total + (digit ?? 0);
}

export const MAGNITUDES: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * Shift a plain decimal string by `places` powers of ten without float error (28.8, 4 → 288000).
 * Input: optional '-', digits, optional '.' digits.
 */
export function shiftDecimal(text: string, places: number): number {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [intPart = '', fracPart = ''] = body.split('.');
  const padded = fracPart.padEnd(places, '0');
  const digits = intPart + padded.slice(0, places);
  const rest = padded.slice(places);
  const value = Number(rest.length > 0 ? `${digits}.${rest}` : digits);
  return negative ? -value : value;
}

/** Format a number without exponent or float noise (0.1+0.2 never appears: we only print parsed values). */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}
