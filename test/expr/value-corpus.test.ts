/**
 * The value corpus (test/fixtures/values/corpus.ts): every case is typed as one indicator row of a small
 * real form (a title, 项目名称, the indicator heading, the row, a 满意度 row), read by the recognizer and
 * checked with every rule, as a user's sheet is. The verdict is judged on the row's value cells only.
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import type { Finding } from '../../src/model/finding';
import type { CellValue } from '../../src/model/grid';
import { CORPUS, PLACES, type Split, type ValueCase, type Verdict } from '../fixtures/values/corpus';

const RANK = { error: 0, warning: 1, info: 2 } as const;

function isSplit(v: ValueCase['value']): v is Split {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The sheet and the addresses of the case's value cells (row 4). */
function sheetOf(k: ValueCase): { rows: CellValue[][]; cells: string[] } {
  const [l1, l2] = PLACES[k.at];
  const band: CellValue[][] = [['2025年度项目支出绩效目标表'], ['项目名称', '城乡公共服务提升项目']];
  const closing = ['满意度指标', '服务对象满意度指标', '受益对象满意度'];
  const last = k.at === '满意度' ? null : closing;
  if (isSplit(k.value)) {
    const rows: CellValue[][] = [
      ...band,
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      [l1, l2, k.name, k.value.op, k.value.value, k.value.unit],
      ...(last ? [[...last, '≥', 90, '%']] : []),
    ];
    return { rows, cells: ['E4'] };
  }
  if (Array.isArray(k.value)) {
    const rows: CellValue[][] = [
      ...band,
      ['一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值'],
      [l1, l2, k.name, k.value[0], k.value[1]],
      ...(last ? [[...last, '≥90%', '≥90%']] : []),
    ];
    return { rows, cells: ['D4', 'E4'] };
  }
  const rows: CellValue[][] = [
    ...band,
    ['一级指标', '二级指标', '三级指标', '指标值'],
    [l1, l2, k.name, k.value],
    ...(last ? [[...last, '≥90%']] : []),
  ];
  return { rows, cells: ['D4'] };
}

/** The findings on the case's value cells, and the verdict they give. */
export function judge(k: ValueCase): { verdict: Verdict; findings: Finding[]; read: string[] } {
  const { rows, cells } = sheetOf(k);
  const { forms, findings } = checkGrids([makeGrid('表', rows)]);
  const node = forms[0]?.indicators.find((n) => n.row === 4);
  const read = node ? Object.values(node.values).map((c) => c.text) : [];
  const mine = findings.filter((f) => cells.includes(f.cell) || (f.also ?? []).some((a) => cells.includes(a)));
  const top = [...mine].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
  if (!top || top.severity === 'info') {
    return { verdict: top ? `info:${top.rule}` : 'ok', findings: mine, read };
  }
  return { verdict: `${top.severity === 'error' ? 'error' : 'warn'}:${top.rule}`, findings: mine, read };
}

/** Whether the findings fit the expected verdict (several rules may share the top severity). */
function fits(expected: Verdict, findings: Finding[]): boolean {
  const strong = findings.filter((f) => f.severity !== 'info');
  if (expected === 'ok') return strong.length === 0;
  const [sev, rule] = expected.split(':') as [string, string];
  const severity = sev === 'warn' ? 'warning' : sev;
  const top = Math.min(...findings.map((f) => RANK[f.severity]));
  return findings.some((f) => f.rule === rule && f.severity === severity && RANK[f.severity] === top);
}

const label = (k: ValueCase) =>
  `${k.at} | ${k.name} | ${JSON.stringify(k.value)} → ${k.expect}${k.why ? ` (${k.why})` : ''}`;

test('the corpus holds at least 300 values, each case once', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(300);
  const keys = CORPUS.map((k) => `${k.at}|${k.name}|${JSON.stringify(k.value)}`);
  expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
});

test('every case is read as a row of its form', () => {
  const unread = CORPUS.filter((k) => judge(k).read.length === 0).map(label);
  expect(unread).toEqual([]);
});

describe('each value gets the reviewer verdict', () => {
  test.each(CORPUS.map((k) => [label(k), k] as const))('%s', (_label, k) => {
    const { findings } = judge(k);
    const seen = findings.map((f) => `${f.severity}:${f.rule}`);
    expect({ fits: fits(k.expect, findings), seen }).toEqual({ fits: true, seen });
  });
});
