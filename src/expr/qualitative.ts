/**
 * Qualitative (定性) values: a core word (充分, 有效, 提高 …), optionally with a subject (效果, 质量),
 * adverbs (明显, 进一步) and a second core word (规范有效). Matched as a whole cell, never inside a sentence.
 */

/** Words that are a complete qualitative target on their own. */
export const QUALITATIVE_WORDS: readonly string[] = [
  // 决策/过程 standard values
  '充分',
  '规范',
  '合理',
  '明确',
  '科学',
  '合规',
  '健全',
  '有效',
  '完善',
  '公开',
  '及时',
  '达标',
  '完整',
  '准确',
  '合法',
  '合法合规',
  '公开透明',
  '透明',
  '严格',
  '清晰',
  '可行',
  '必要',
  '适当',
  '一致',
  '相符',
  '匹配',
  // direction words
  '提升',
  '提高',
  '增强',
  '加强',
  '扩大',
  '增加',
  '增长',
  '改善',
  '改进',
  '优化',
  '降低',
  '减少',
  '下降',
  '减轻',
  '缓解',
  '促进',
  '推进',
  '推动',
  '巩固',
  '保持',
  '稳定',
  '持续',
  '好转',
  '改观',
  '显现',
  '发挥',
  '实现',
  '保障',
  '落实',
  '带动',
  '控制',
  '节约',
  '美化',
  '净化',
  '绿化',
  // grades
  '显著',
  '明显',
  '较高',
  '较强',
  '高',
  '强',
  '好',
  '较好',
  '良好',
  '很好',
  '一般',
  '优',
  '优秀',
  '优良',
  '良',
  '合格',
  '满意',
  '较满意',
  '基本满意',
  '非常满意',
  '中',
  '较大',
  '大',
  '长效',
  '可持续',
  '持久',
  '长期有效',
  // yes/no and states
  '是',
  '否',
  '有',
  '无',
  '实时',
  '按时',
  '按期',
  '如期',
  '准时',
  '正常',
  '安全',
  '完成',
  '全覆盖',
  '覆盖',
  '到位',
  '符合',
  '达到',
  '通过',
  '合格率高',
  '畅通',
  '高效',
  '便捷',
  '便利',
  '整洁',
  '干净',
  '美观',
  '舒适',
  '稳步',
  '有利',
  '序时进度',
  '按序时进度',
  '不超预算',
  '不超过预算',
  '预算内',
  '运行',
  '正常运行',
  '使用',
  '开展',
  '发送',
  '发放',
  '支付',
  '到账',
  '办结',
  '维护',
  '管护',
  '养护',
  '零事故',
  '无事故',
  // an incident target (重大动物疫情发生 | 不发生)
  '不发生',
  '未发生',
  '零发生',
  '杜绝',
  '增效',
  '提质',
  '提质增效',
  '降本增效',
];

/** Adverbs and degree words that may precede (or join) core words. */
export const QUALITATIVE_MODIFIERS: readonly string[] = [
  '进一步',
  // a baseline before the direction: 较上年提高, 同比增长
  '较上年',
  '比上年',
  '较去年',
  '同比',
  '明显',
  '显著',
  '有所',
  '逐步',
  '稳步',
  '持续',
  '不断',
  '大幅度',
  '大幅',
  '较大',
  '全面',
  '有效',
  '基本',
  '得到',
  '逐年',
  '切实',
  '更加',
  '更',
  '较',
  '大力',
  '有力',
  '积极',
  '很',
  '非常',
  '十分',
  '均',
  '全部',
  '按时',
  '按期',
  '及时',
  '如期',
  '已',
  '能',
  '能够',
  '可以',
  '总体',
  '整体',
  '进一步得到',
  '取得',
  '长期',
  '保持',
  '按月',
  '按季度',
  '按季',
  '按年',
  '每月',
  '每季度',
  '定期',
  '正常',
  '稳定',
  '安全',
];

/** Subjects that may open a phrase: 效果显著, 服务质量明显提高. */
export const QUALITATIVE_SUBJECTS: readonly string[] = [
  '效果',
  '成效',
  '效益',
  '效率',
  '质量',
  '水平',
  '能力',
  '服务',
  '服务质量',
  '服务水平',
  '管理',
  '管理水平',
  '环境',
  '满意度',
  '群众满意度',
  '群众',
  '职工',
  '服务对象',
  '影响',
  '作用',
  '意识',
  '积极性',
  '工作',
  '运行',
  '条件',
  '制度',
  '程度',
];

/** Suffix particles that add nothing: 提高了. */
const PARTICLES: readonly string[] = ['了', '的', '地'];

const CORE = new Set(QUALITATIVE_WORDS);
const MODIFIERS = new Set(QUALITATIVE_MODIFIERS);
const SUBJECTS = new Set(QUALITATIVE_SUBJECTS);
const MAX_WORD = 6;
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/**
 * True when `text` (spaces removed) is subject? (modifier* core)+ particle? — 明显提高, 进一步改善,
 * 规范有效, 效果显著. A small DP over positions: `ends[i]` holds whether text[0..i) ends right after a core word.
 */
export function isQualitativePhrase(text: string): boolean {
  let body = text;
  for (const p of PARTICLES) if (body.length > 1 && body.endsWith(p)) body = body.slice(0, -p.length);
  if (body.length === 0 || body.length > 16 || !CJK_ONLY.test(body)) return false;
  // state per position: 0 unreachable, 1 reachable at a phrase start (needs a core), 2 after a core word
  const state = new Uint8Array(body.length + 1);
  state[0] = 1;
  for (let n = 1; n <= MAX_WORD && n <= body.length; n++) if (SUBJECTS.has(body.slice(0, n))) state[n] = 1;
  for (let i = 0; i < body.length; i++) {
    const s = state[i];
    if (s === 0) continue;
    for (let n = 1; n <= MAX_WORD && i + n <= body.length; n++) {
      const w = body.slice(i, i + n);
      if (CORE.has(w)) state[i + n] = 2;
      else if (MODIFIERS.has(w) && (state[i + n] ?? 0) === 0) state[i + n] = 1;
    }
  }
  return state[body.length] === 2;
}

/** Separators between qualitative words of one value: 规范、有效; 科学，合理; 公开和透明. */
const LIST_SEPARATORS = /[、，,；;]|和|及|且|并/;

/** 规范、有效: two or three qualitative phrases listed in one cell (a grading scale 优/良/中 is not). */
export function isQualitativeList(text: string): boolean {
  const parts = text.split(LIST_SEPARATORS);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => isQualitativePhrase(p));
}

/**
 * A class or grade by Roman numeral or by A's, as water quality, scenic spots and credit are rated (Ⅲ类,
 * 达到Ⅱ类标准, Ⅲ类及以上, 4A级, AAAA级, A级及以上): a qualitative target a rating checks.
 */
const CLASS_GRADE =
  /^(达到|优于|不低于|不劣于|保持|稳定在|稳定达到|创建)?(国家|地表水)?([ⅠⅡⅢⅣⅤⅥ]|III|II|IV|VI|I|V|[1-5]?A{1,5}|[1-5]?Ａ{1,5})(类|级)(水质|水体|标准|景区)*(及以上|以上|及以下|以下|及以内)?$/;

export function isClassGrade(text: string): boolean {
  return CLASS_GRADE.test(text);
}

/**
 * No incident of a kind: 不发生重大安全事故, 无重大质量事故, 杜绝安全生产事故 — the absence is the target,
 * however long the incident's name.
 */
const NO_INCIDENT =
  /^(不发生|未发生|无|杜绝|零|没有|避免)[\u3400-\u9fff]{0,10}(事故|事件|疫情|案件|投诉|上访|信访|违规|违纪|违法|纠纷|隐患|污染)(发生)?$/;

export function isNoIncident(text: string): boolean {
  return NO_INCIDENT.test(text);
}
