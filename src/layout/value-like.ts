/**
 * Does a cell look like an indicator value (≥95%, =100%, 430元/人, 合规, 2023年12月) rather than a name?
 * Strict on purpose: used only to realign rows whose cells slid left, where a wrong "yes" would turn a
 * name into a value.
 */

const OPERATOR_START = /^(?:[≥≤=＝><＞＜≧≦±]|\$\\[gl]eq|不(?:低于|高于|少于|超过|大于|小于)|大于|小于|达到)/;
const NUMBER_WITH_UNIT = /^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fa5A-Za-z/*·²³]{0,7})(?:左右|以上|以下|以内)?$/;
const DATE_LIKE =
  /^(?:(?:19|20)\d{2}\s*(?:年|\.|-|\/)\s*\d{0,2}\s*(?:月)?(?:底|末)?(?:前|以前|之前)?(?:\d{1,2}日)?(?:前)?|\d{1,2}\s*月(?:底|末)?(?:前)?(?:完成|到位)?|全年|长期|按月(?:发送)?|按季|按时|实时)$/;
const QUALITATIVE =
  /^(?:(?:进一步|明显|显著|持续|逐步|有效|大幅|稳步|不断|全面)?(?:充分|规范|合理|明确|科学|合规|健全|有效|完善|公开|及时|达标|提升|提高|显著|明显|较高|较强|扩大|加强|改善|降低|减少|增加|增强|优化|优秀|良好|合格|好|较好|一般|高|中|低|是|否|有|无|稳定|安全|正常|满意|基本满意|符合|达到|完成|保障|改善|有利|提高)(?:了)?)$/;

/**
 * The four as one pattern (alternatives of anchored patterns, no flags: matches where one of them does):
 * tested on a cell of every row of a big table, one regex call is cheaper than four.
 */
const VALUE_LIKE = new RegExp(
  [OPERATOR_START, NUMBER_WITH_UNIT, DATE_LIKE, QUALITATIVE].map((pattern) => `(?:${pattern.source})`).join('|'),
);

export function isValueLike(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 24) return false;
  return VALUE_LIKE.test(t);
}
