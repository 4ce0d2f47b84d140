import type { Form } from '../../src/model/form';
import { isIndicatorRow } from '../../src/layout/indicator-rows';

/**
 * A form without cell addresses: what must be the same whatever the layout variant (merged or not,
 * shifted, spaced labels, noise around). Labels are compared without whitespace.
 */
export interface FormSummary {
  kind: string;
  title: string | null;
  year: number | null;
  name: string | null;
  periods: string[];
  funds: string[];
  plan: string[];
  goals: string[];
  counts: Record<string, number>;
  indicators: string[];
}

const sq = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, '');

export function summarize(f: Form): FormSummary {
  const counts: Record<string, number> = {};
  for (const n of f.indicators) {
    if (!isIndicatorRow(n)) continue;
    const k = n.level1?.key ?? `?${sq(n.level1?.text)}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return {
    kind: f.kind,
    title: f.title === null ? null : sq(f.title),
    year: f.year,
    name: f.name === null ? null : sq(f.name),
    periods: f.periods,
    funds: f.funds.map((x) =>
      `${x.section}:${x.key}<${x.parent ?? ''} ${sq(x.label.text)} ${Object.entries(x.amounts)
        .map(([p, c]) => `${p}=${c.text}`)
        .join(' ')}`.trim(),
    ),
    plan: f.plan.map((p) => `${sq(p.label.text)}=${p.value?.text ?? ''}`),
    goals: f.goals.map((g) => `${g.key}:${sq(g.label.text)}=${sq(g.value?.text).slice(0, 24)}`),
    counts,
    indicators: f.indicators.map((n) =>
      [
        n.block ?? '',
        `${n.level1?.key ?? '?'}:${sq(n.level1?.text)}`,
        `${n.level2?.key ?? '?'}:${sq(n.level2?.text)}`,
        sq(n.level3?.text),
        Object.entries(n.values)
          .map(([p, c]) => `${p}=${c.text}`)
          .join(' '),
      ].join(' | '),
    ),
  };
}
