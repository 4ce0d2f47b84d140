/**
 * What a form built from a preset must be once a host has written it (Excel and WPS add-sheet tests): read
 * back and checked, one form of the preset's kind and year, no error, no missing standard row, and the funds
 * total its only formula, a SUM.
 */
import { checkGrids } from '../../src/check';
import type { Grid } from '../../src/model/grid';
import type { Preset } from '../../src/templates/preset-schema';

export function expectBuiltFormReads(grid: Grid, preset: Preset, formulas: readonly string[]): void {
  const { forms, findings } = checkGrids([grid]);
  expect(forms).toHaveLength(1);
  expect(forms[0].kind).toBe(preset.kind);
  expect(forms[0].year).toBe(2027);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(findings.filter((f) => f.rule === 'structure.missing-standard')).toEqual([]);
  expect(formulas).toHaveLength(1);
  expect(formulas[0]).toMatch(/^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
}
