/**
 * What an indicator's name (and its 二级) says its value is measured in: the unit and the operator a
 * suggestion should propose (服务周期 180 → “≤180天”, not “180%”“180个”“180万元”). One table for every
 * rule that suggests; the first matching row wins, so specific patterns come before general ones.
 */
import type { IndicatorNode } from '../model/form';
import { indicatorName } from './names';

export interface ValueHint {
  /** Units in order of likelihood (the first is used in examples). */
  units: readonly string[];
  /** Operators a reviewer accepts for this kind of indicator, the usual one first. */
  ops: readonly ('≥' | '≤' | '=')[];
  /** Dates and deadlines: the example is a date (≤2025年12月), not a number. */
  date?: boolean;
}

/**
 * Name pattern → hint. A Chinese name ends in what it counts (补助款完成结算项目数 is a number of projects,
 * not money), so the pattern matching nearest the end of the name wins; ties go to the earlier row.
 */
/** Per-unit amounts are money per something, whatever else the name says (受训人均成本 → 元/人). */
const PER_UNIT_ROW = /人均|单价|标准$|标准\(|每(人|户|次|笔|月|平方米|亩)/;

const PER_UNIT_HINT: ValueHint = { units: ['元/人', '万元'], ops: ['≤', '='] };

export const NAME_HINTS: readonly [RegExp, ValueHint][] = [
  [/满意(度|率)/, { units: ['%'], ops: ['≥'] }],
  [/(投诉|差错|事故|故障|逾期|失误|违规|偏差|误差|不良|流失|争议|发生|返工)率/, { units: ['%'], ops: ['≤'] }],
  [/率$|比例$|占比$|覆盖面$/, { units: ['%'], ops: ['≥', '='] }],
  [
    /(完成|办结|竣工|验收|交付|上线|启动|开工)(时间|日期|时点)|截止|时间节点/,
    { units: ['年月'], ops: ['≤'], date: true },
  ],
  [/周期|天数|时长|工期|时限|期限|用时|办理时间|响应时间|处理时间/, { units: ['天', '个月', '个工作日'], ops: ['≤'] }],
  [/面积/, { units: ['平方米', '亩'], ops: ['≥'] }],
  [/长度|里程|距离|公里/, { units: ['公里', '米'], ops: ['≥'] }],
  [PER_UNIT_ROW, PER_UNIT_HINT],
  [/成本|费用?$|费用|经费|租金|造价|支出|资金|金额|补助|补贴|投入|投资/, { units: ['万元', '元'], ops: ['≤', '='] }],
  [/人次/, { units: ['人次'], ops: ['≥'] }],
  [/户数|户$/, { units: ['户'], ops: ['≥'] }],
  [/人数|人员|职工|学生|对象|群众/, { units: ['人'], ops: ['≥'] }],
  [/次数|频次|频率|场次|会议|培训|活动|检查|巡查|督查/, { units: ['次', '场'], ops: ['≥'] }],
  [/篇|文章|信息|稿件|报道/, { units: ['篇', '条'], ops: ['≥'] }],
  [/设备|台套|车辆/, { units: ['台', '套'], ops: ['≥'] }],
  [/件数|案件|工单/, { units: ['件'], ops: ['≥'] }],
  [/项目|项数|事项|任务/, { units: ['个', '项'], ops: ['≥'] }],
  [/数量|个数|数$/, { units: ['个'], ops: ['≥'] }],
];

/** 二级 key → hint when the name says nothing (a 成本指标 row is money, a 时效指标 row time). */
const LEVEL2_HINTS: Readonly<Record<string, ValueHint>> = {
  cost: { units: ['万元', '元'], ops: ['≤', '='] },
  economicCost: { units: ['万元', '元'], ops: ['≤', '='] },
  timeliness: { units: ['天', '个月'], ops: ['≤'] },
  satisfaction: { units: ['%'], ops: ['≥'] },
};

/** A unit written in the name's last bracket: 实施营造林总面积(亩) → 亩; (≥**%) → %. */
function bracketOf(name: string): { unit: string | null; op: '≥' | '≤' | '=' | null } {
  const m = /[(（]([^()（）]{1,8})[)）]$/.exec(name);
  if (!m || /含|不含|包括|其中/.test(m[1])) return { unit: null, op: null };
  const op = /≥|>=/.test(m[1]) ? '≥' : /≤|<=/.test(m[1]) ? '≤' : null;
  const inner = m[1].replace(/[≥≤=<>*＊]+/g, '');
  return { unit: inner !== '' && inner.length <= 4 ? inner : null, op };
}

/** The hint for an indicator name under a 二级 key; null when neither says what it measures. */
export function hintFor(name: string, level2Key: string | null = null): ValueHint | null {
  const bracket = bracketOf(name);
  const core = name.replace(/\([^()]*\)|（[^（）]*）/g, '');
  let best: { hint: ValueHint; end: number } | null = null;
  for (const [pattern, hint] of NAME_HINTS) {
    const global = new RegExp(pattern.source, 'g');
    let end = -1;
    for (const m of core.matchAll(global)) end = Math.max(end, (m.index ?? 0) + m[0].length);
    if (end > (best?.end ?? -1)) best = { hint, end };
  }
  let hint = best?.hint ?? (level2Key ? LEVEL2_HINTS[level2Key] : undefined) ?? null;
  if (PER_UNIT_ROW.test(core) && hint?.units.includes('万元')) hint = PER_UNIT_HINT;
  if (!hint && !bracket.unit) return null;
  const units = bracket.unit ? [bracket.unit, ...(hint?.units ?? []).filter((u) => u !== bracket.unit)] : hint!.units;
  const ops = bracket.op ? [bracket.op] : (hint?.ops ?? ['≥']);
  return { ...hint, units, ops };
}

export function hintForNode(node: IndicatorNode): ValueHint | null {
  return hintFor(indicatorName(node), node.level2?.key ?? null);
}

/** Example values for a number under a hint: 180 → “≤180天”（或“≤180个月”）. */
export function exampleValues(hint: ValueHint, number: string, op?: string): string[] {
  if (hint.date) return ['≤2025年12月', '≤3个月'];
  const ops = op ? [op] : hint.ops.slice(0, 1);
  return [...new Set(ops.flatMap((o) => hint.units.slice(0, 2).map((u) => `${o}${number}${u}`)))];
}

/** “≥4个”“≥4项” as text for a message. */
export function quoted(values: readonly string[]): string {
  return values.map((v) => `“${v}”`).join('或');
}
