/**
 * Units of measure. Money units (元, 万元, 亿元 …) keep their magnitude in the unit, since budgets are
 * written in 万元 and the number must stay comparable with the funds block; any other 万/亿 is folded into
 * the number (9万人 → 90000 人).
 */

/** Units seen on real sheets; any other unit is kept verbatim. Used to split a unit from trailing text. */
export const KNOWN_UNITS: readonly string[] = [
  '%',
  '‰',
  '元',
  '千元',
  '万元',
  '百万元',
  '千万元',
  '亿元',
  '美元',
  '万美元',
  '人次',
  '人天',
  '人日',
  '人',
  '名',
  '位',
  '户',
  '家',
  '个',
  '次',
  '篇',
  '份',
  '项',
  '件',
  '本',
  '册',
  '部',
  '套',
  '台',
  '辆',
  '架',
  '艘',
  '条',
  '座',
  '处',
  '所',
  '间',
  '栋',
  '幢',
  '批',
  '场',
  '期',
  '场次',
  '课时',
  '学时',
  '笔',
  '张',
  '块',
  '棵',
  '株',
  '头',
  '只',
  '羽',
  '匹',
  '卷',
  '份次',
  '人年',
  '门',
  '类',
  '种',
  '组',
  '队',
  '平方米',
  '平米',
  '立方米',
  '方',
  '米',
  '千米',
  '公里',
  '延米',
  '亩',
  '公顷',
  '吨',
  '千克',
  '公斤',
  '斤',
  '升',
  '千瓦',
  '千瓦时',
  '度',
  '兆瓦',
  '小时',
  '分钟',
  '秒',
  '天',
  '日',
  '工作日',
  '个工作日',
  '周',
  '个月',
  '月',
  '年',
  '季度',
  '倍',
  '个百分点',
  '百分点',
  '分',
  '级',
  '星',
  '床',
  '床位',
  '村',
  '镇',
  '乡',
  '校',
  '所学校',
  '公里/小时',
  'M',
  'MB',
  'GB',
  'TB',
  'G',
  'km',
  'm',
  'm2',
  'm3',
  'm²',
  'm³',
  'kg',
  't',
  'h',
  'kW',
  'kWh',
  'Mbps',
];

/** Units that can directly follow a Chinese numeral (二天, 三个) — counters, kept short to avoid 一般. */
export const COUNTER_UNITS: readonly string[] = [
  '个工作日',
  '工作日',
  '个月',
  '人次',
  '小时',
  '分钟',
  '季度',
  '平方米',
  '公里',
  '天',
  '日',
  '周',
  '月',
  '年',
  '个',
  '次',
  '人',
  '名',
  '位',
  '户',
  '家',
  '项',
  '件',
  '篇',
  '份',
  '本',
  '套',
  '台',
  '辆',
  '条',
  '座',
  '处',
  '所',
  '间',
  '批',
  '场',
  '期',
  '笔',
  '张',
  '倍',
  '类',
  '种',
  '组',
  '亩',
  '吨',
  '万',
  '亿',
];

export function knownUnitAtStart(text: string): string | null {
  let best: string | null = null;
  for (const u of KNOWN_UNITS) if (text.startsWith(u) && (best === null || u.length > best.length)) best = u;
  return best;
}

export function counterAtStart(text: string): string | null {
  for (const u of COUNTER_UNITS) if (text.startsWith(u)) return u;
  return null;
}

/** The head of a compound unit: 万元/人 → 万元. */
function head(unit: string): string {
  const i = unit.search(/[/*·×]/);
  return i < 0 ? unit : unit.slice(0, i);
}

/** Percent or per-mille: the unit of rates (…率, …度). */
export function isRateUnit(unit: string | null): boolean {
  return unit === '%' || unit === '‰';
}

/** Money: 元, 万元, 亿元, 元/人, 万元/年, 元/人*天 … (the head ends in 元). */
export function isMoneyUnit(unit: string | null): boolean {
  if (unit === null) return false;
  return head(unit).endsWith('元');
}

/** True when 万/亿 right after a number belongs to the unit (万元) rather than folding into the number. */
export function keepsMagnitude(rest: string): boolean {
  return rest.startsWith('元') || rest.startsWith('美元');
}

const MONEY_SCALE: Readonly<Record<string, number>> = {
  元: 1,
  美元: 1,
  千元: 1e3,
  万元: 1e4,
  万美元: 1e4,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
};

/** Powers of ten from the unit's head to its base (万元 → 4, 亿元 → 8, ‰ stays per-mille). */
export function unitScale(unit: string | null): number {
  if (unit === null) return 1;
  return MONEY_SCALE[head(unit)] ?? 1;
}

/** The base unit: 万元/年 → 元/年. */
export function baseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const h = head(unit);
  if (MONEY_SCALE[h] === undefined) return unit;
  const base = h.endsWith('美元') ? '美元' : '元';
  return base + unit.slice(h.length);
}
