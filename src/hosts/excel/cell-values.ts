import type { CellValue } from '../../model/grid';
import type { XlCellValue } from './api';
import { percentDecimals, percentText } from '../../core/number-format';

/** Excel value → grid value: '' is empty, booleans as TRUE/FALSE, date-formatted serials as YYYY-MM-DD (as the file host). */
export function toGridValue(v: XlCellValue | undefined, numberFormat?: string): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (numberFormat && isDateFormat(numberFormat)) return serialToIso(v);
    // a percent-formatted number reads as the clerk sees it (0.95 → "95%"), as in the file host
    const decimals = percentDecimals(numberFormat);
    return decimals === null ? v : percentText(v, decimals);
  }
  return v;
}

/** A number format that shows a date or time (y, m, d, h, s outside quotes and [colour] brackets). */
export function isDateFormat(format: string): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/.test(bare);
}

/** Excel serial (1900 system) → 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS', computed in UTC. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const date = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 19);
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/**
 * Text to write into a cell so Excel keeps it as typed: a leading = + - @ would start a formula, and
 * number-, percent- or date-looking text would be converted ("95%" → 0.95). A leading ' keeps it text.
 */
export function asCellText(text: string): string {
  const coerced =
    /^[=+\-@]/.test(text) || /^\s*[\d.,]+\s*%?\s*$/.test(text) || /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(text);
  return coerced ? `'${text}` : text;
}
