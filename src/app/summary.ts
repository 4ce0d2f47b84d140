import type { PaneState } from './store';
import { countBySeverity } from './findings-view';

/** A summary line for a ribbon command's notice: counts by severity, or what went wrong. */
export function summaryText(s: PaneState): string {
  if (s.error) return s.error;
  if (!s.result) return '没有完成校验。';
  if (s.emptySheet) return '当前工作表是空的。';
  const c = countBySeverity(s.result.findings);
  const forms = s.result.forms.length;
  if (forms === 0 && s.result.findings.length === 0) return '没有在当前工作表中识别到绩效目标表。';
  return `校验完成：识别到 ${forms} 张表，错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个。已在单元格上标记。`;
}
