import { makeGrid } from '../../core/grid';
import type { CellValue, Grid } from '../../model/grid';

/**
 * Reads a tab-separated transcription (the test/fixtures/samples format: one sheet row per line, `\n` written
 * as the two characters backslash-n inside a cell) into a Grid. Every cell stays text, as transcribed.
 */
export function gridFromTsv(sheet: string, text: string): Grid {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const rows: CellValue[][] = lines.map((line) =>
    line.split('\t').map((cell) => {
      const v = cell.replace(/\\n/g, '\n');
      return v.trim() === '' ? null : v;
    }),
  );
  return makeGrid(sheet, rows);
}
