/**
 * The mapping the 识别结果 view edits: the workbook's stored mapping for the sheets it names, and for the
 * other sheets checked, the mapping of what the readers recognized (so a correction starts from what is
 * shown). Pure: the pane renders it and hands the edited copy to `setMapping`.
 */
import { mappingFromForms } from '../layout/mapping/derive';
import type { Mapping } from '../model/mapping';
import type { PaneState } from './store';

export function currentMapping(state: Pick<PaneState, 'mapping' | 'result'>): Mapping {
  const read = mappingFromForms(state.result?.forms ?? []);
  return { version: 1, sheets: { ...read.sheets, ...(state.mapping?.sheets ?? {}) } };
}
