import { readFileSync } from 'fs';
import { join } from 'path';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import type { Form } from '../../src/model/form';
import { isIndicatorRow } from '../../src/layout/indicator-rows';

/** The published samples of other regions, as transcribed (.tsv), kept in the repo (test/fixtures/samples). */
export const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');

export function sampleGrid(name: string) {
  return gridFromTsv(name, readFileSync(join(SAMPLES, name), 'utf8'));
}

/** Indicator rows (a 三级 name or a value) per 一级 key. */
export function countsByLevel1(form: Form): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of form.indicators) {
    if (!isIndicatorRow(n)) continue;
    const k = n.level1?.key ?? `?${n.level1?.text ?? ''}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Funds amounts as `key@period → text`, for comparing with the form by eye. */
export function fundsMap(form: Form, items: Form['funds'] = form.funds): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of items)
    for (const [p, c] of Object.entries(f.amounts)) out[`${f.key}:${f.label.text.trim()}@${p}`] = c.text;
  return out;
}
