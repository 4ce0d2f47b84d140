import { msg } from '../messages';
import type { PaneState } from './store';

/** What the last check covered, in words: the sheet or the workbook, forms found, forms left on other sheets. */
export function scopeSummary(s: PaneState): string | null {
  if (!s.result || !s.scopeAvailable || !s.checkedScope) return null;
  const forms = s.result.forms.length;
  if (s.checkedScope === 'workbook') return msg('scope.checkedWorkbook', { sheets: s.sheets.length, forms });
  const head = msg('scope.checkedSheet', { sheet: s.sheets[0] ?? '', forms });
  if (s.otherSheetForms === null) return head;
  return `${head}${s.otherSheetForms > 0 ? msg('scope.otherForms', { count: s.otherSheetForms }) : msg('scope.noOtherForms')}`;
}
