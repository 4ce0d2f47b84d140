/**
 * What a number cell shows when its format is a percentage: 0.95 formatted `0%` reads 95% to the clerk and
 * must read 95% to the checker too (a rate written as a bare 0.95 is a defect; a formatted one is not).
 */

/** Decimals of a percent format (`0%` → 0, `0.00%` → 2); null when the format is not a percentage. */
export function percentDecimals(format: string | undefined | null): number | null {
  if (!format) return null;
  const bare = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  if (!bare.includes('%')) return null;
  const m = /0\.(0+)%/.exec(bare);
  return m ? m[1].length : 0;
}

/** The text a percent-formatted number shows (0.955 with `0.0%` → "95.5%"). */
export function percentText(value: number, decimals: number): string {
  return `${(value * 100).toFixed(decimals)}%`;
}
