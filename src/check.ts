import type { Grid } from './model/grid';
import type { Form } from './model/form';
import type { Finding } from './model/finding';
import { recognize } from './layout/recognize';

export interface CheckOptions {
  /** Rule ids or families to run (all when absent). */
  rules?: string[];
  /** Per-rule overrides: 'off' or a severity. */
  overrides?: Record<string, 'off' | 'error' | 'warning' | 'info'>;
}

export interface CheckResult {
  forms: Form[];
  findings: Finding[];
}

/** The whole check of some sheets: Grid → Form[] → Finding[]. Pure; hosts call this. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): CheckResult {
  void options;
  const forms: Form[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) forms.push(...recognize(grid));
  return { forms, findings };
}
