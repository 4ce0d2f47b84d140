import type { XlFill } from './api';

/**
 * A cell's fill as we remember it: a colour, or null for "no fill". Where fill.pattern exists (ExcelApi 1.9)
 * it tells no-fill apart; on older Excel a loaded colour of #FFFFFF is how Excel reports no fill, so a
 * deliberate white fill is restored as no fill there (visually the same except for gridlines).
 */
export function fillLoadProps(withPattern: boolean): string {
  return withPattern ? 'color,pattern' : 'color';
}

export function fillState(fill: XlFill, withPattern: boolean): string | null {
  if (withPattern) return fill.pattern === 'None' || !fill.color ? null : fill.color.toUpperCase();
  const color = (fill.color ?? '').toUpperCase();
  return color === '' || color === '#FFFFFF' ? null : color;
}

export function restoreFill(fill: XlFill, prev: string | null): void {
  if (prev === null) fill.clear();
  else fill.color = prev;
}
