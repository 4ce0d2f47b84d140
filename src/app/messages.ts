/** Plain zh-CN messages of the pane. */
export const MSG = {
  emptySheet: '当前工作表是空的。请切换到填有绩效目标表的工作表，再点“校验”。',
  noForm:
    '没有在当前工作表中识别到绩效目标表。请确认表中有“绩效目标表”标题或“一级指标 / 二级指标 / 三级指标 / 指标值”表头。',
  noFindings: '没有发现问题。',
  idle: '点击“校验”检查当前工作表。',
};

/** An error as one sentence a finance clerk can act on. */
export function errorMessage(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const text = e instanceof Error ? e.message : String(e);
  if (/ItemNotFound/.test(code + text)) return '找不到该工作表或单元格，可能已被删除或改名。请重新校验。';
  if (/RequestPayloadSizeLimitExceeded/.test(code + text))
    return '工作表太大，一次读取不完。请删除多余的空行空列后重试。';
  if (/InvalidOperation|EditMode|Busy/i.test(code + text))
    return 'Excel 正在编辑单元格，无法操作。请先按 Enter 或 Esc 结束编辑，再重试。';
  return `操作失败：${text}`;
}

/** Why a dropped workbook could not be opened, naming the file (errors that carry their own zh-CN text keep it). */
export function openErrorMessage(fileName: string, e: unknown): string {
  const own =
    typeof e === 'object' && e !== null && 'messageZh' in e && typeof e.messageZh === 'string' ? e.messageZh : null;
  const why = own ?? `无法打开：${e instanceof Error ? e.message : String(e)}`;
  return `“${fileName}”无法读取：${why}`;
}
