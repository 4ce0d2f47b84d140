import { msg } from '../messages';

/** Plain zh-CN messages of the pane (from the catalogue in src/messages). */
export const MSG = {
  get emptySheet() {
    return msg('pane.emptySheet');
  },
  get noForm() {
    return msg('pane.noForm');
  },
  get noFindings() {
    return msg('pane.noFindings');
  },
  get idle() {
    return msg('pane.idle');
  },
};

/** An error as one sentence a finance clerk can act on. */
export function errorMessage(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const text = e instanceof Error ? e.message : String(e);
  if (/ItemNotFound/.test(code + text)) return msg('error.notFound');
  if (/RequestPayloadSizeLimitExceeded/.test(code + text)) return msg('error.tooLarge');
  if (/InvalidOperation|EditMode|Busy/i.test(code + text)) return msg('error.editMode');
  return msg('error.failed', { reason: text });
}

/** Why a dropped workbook could not be opened, naming the file (errors that carry their own zh-CN text keep it). */
export function openErrorMessage(fileName: string, e: unknown): string {
  const own =
    typeof e === 'object' && e !== null && 'messageZh' in e && typeof e.messageZh === 'string' ? e.messageZh : null;
  const reason = own ?? msg('error.cannotOpen', { reason: e instanceof Error ? e.message : String(e) });
  return msg('error.openFile', { file: fileName, reason });
}
