import { msg } from '../messages';
import type { PaneState } from './store';
import { countBySeverity } from './findings-view';
import { scopeSummary } from './scope';

/** A summary line for a ribbon command's notice: counts by severity, or what went wrong. */
export function summaryText(s: PaneState): string {
  if (s.error) return s.error;
  if (!s.result) return msg('command.notChecked');
  if (s.emptySheet) return msg('command.emptySheet');
  const c = countBySeverity(s.result.findings);
  const forms = s.result.forms.length;
  if (forms === 0 && s.result.findings.length === 0) return msg('command.noForm');
  const scope = scopeSummary(s);
  const line = msg('command.summary', { forms, errors: c.error, warnings: c.warning, infos: c.info });
  return scope ? `${scope}${line}` : line;
}
