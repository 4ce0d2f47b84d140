/**
 * The fuzz corpus: every seed workbook's grids (test/fixtures, samples included) and seeded mutations of
 * them — deleted rows, shuffled columns, random text in amount cells, huge numbers, error values, rich
 * text as the reader flattens it, dates, hidden rows/columns, empty and non-form sheets. Deterministic:
 * the same seed gives the same corpus, so a failure names a reproducible case.
 */
import fs from 'fs';
import path from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { CellValue, Grid } from '../../src/model/grid';
import { FindingSchema, FormSchema } from '../../src/model';
import type { CheckResult } from '../../src/check';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Every .xlsx fixture (relative name), seeds first. */
export function fixtureFiles(): string[] {
  const top = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  const samplesDir = path.join(FIXTURES, 'samples');
  const samples = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => `samples/${f}`);
  return [...top, ...samples];
}

export async function fixtureGrids(): Promise<{ file: string; grids: Grid[] }[]> {
  const out: { file: string; grids: Grid[] }[] = [];
  for (const file of fixtureFiles()) out.push({ file, grids: await readWorkbookFile(path.join(FIXTURES, file)) });
  return out;
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[int(rand, xs.length)];

export const ERROR_VALUES = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
export const HUGE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  -1e21,
  2 ** 53 + 2,
  1e-320,
  -0,
  123456789012345680000,
  0.1 + 0.2,
];
/** What rich text, line breaks and odd characters look like after the reader concatenated the runs. */
export const ODD_TEXTS = [
  '产出\n指标',
  '项目\r\n名称：',
  '\u3000\u3000年度目标',
  '≥\u200b95%',
  '＞＝１００％',
  '😀满意度😀',
  '\ud800',
  'מספר',
  '  ',
  '\t',
  'x'.repeat(10_000),
  '≥'.repeat(500),
  '1,000,000.00万元',
  '(一)产出指标',
  '【必填】三级指标',
  '=SUM(A1:A9)',
  "'001",
  '—',
  '/',
  '%',
  '≥',
  '<=-5',
  '1e999',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '项目名称',
  '资金总额',
  '年度目标',
  '绩效目标表',
  '合计',
  '小计',
  // names of Object.prototype members: dictionary look-ups must not find them
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];
export const DATE_TEXTS = [
  '2021-12-31',
  '2024-06-30 12:00:00',
  '1900-01-01',
  '9999-12-31',
  '2023年12月底前',
  '2023/6/30',
];

function cloneGrid(g: Grid): Grid {
  return {
    ...g,
    values: g.values.map((row) => row.slice()),
    merges: g.merges.map((m) => ({ ...m })),
    origin: { ...g.origin },
    ...(g.hiddenRows ? { hiddenRows: g.hiddenRows.slice() } : {}),
    ...(g.hiddenCols ? { hiddenCols: g.hiddenCols.slice() } : {}),
  };
}

function withValues(g: Grid, values: CellValue[][]): Grid {
  const cols = values.reduce((m, r) => Math.max(m, r.length), 0);
  const rect = values.map((r) => (r.length === cols ? r : [...r, ...new Array<CellValue>(cols - r.length).fill(null)]));
  return { ...g, values: rect, rows: rect.length, cols: rect.length === 0 ? 0 : cols };
}

function eachCell(g: Grid, rate: number, rand: Rand, f: (v: CellValue) => CellValue | undefined): void {
  for (const row of g.values) {
    for (let c = 0; c < row.length; c++) {
      if (rand() >= rate) continue;
      const next = f(row[c]);
      if (next !== undefined) row[c] = next;
    }
  }
}

const isAmountLike = (v: CellValue) =>
  typeof v === 'number' || (typeof v === 'string' && /^\s*[\d.,]+\s*(万?元)?\s*$/.test(v));

export type Mutation = { name: string; apply: (g: Grid, rand: Rand) => Grid };

export const MUTATIONS: Mutation[] = [
  {
    name: 'delete rows',
    apply: (g, rand) =>
      withValues(
        g,
        g.values.filter(() => rand() > 0.15),
      ),
  },
  {
    name: 'delete a block of rows',
    apply: (g, rand) => {
      const at = int(rand, Math.max(1, g.rows));
      return withValues(g, [...g.values.slice(0, at), ...g.values.slice(at + 1 + int(rand, 12))]);
    },
  },
  {
    name: 'shuffle columns',
    apply: (g, rand) => {
      const perm = Array.from({ length: g.cols }, (_, i) => i);
      for (let i = perm.length - 1; i > 0; i--) {
        const j = int(rand, i + 1);
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      return withValues(
        g,
        g.values.map((row) => perm.map((c) => row[c] ?? null)),
      );
    },
  },
  {
    name: 'swap two columns',
    apply: (g, rand) => {
      const a = int(rand, Math.max(1, g.cols));
      const b = int(rand, Math.max(1, g.cols));
      return withValues(
        g,
        g.values.map((row) => row.map((v, c) => (c === a ? row[b] : c === b ? row[a] : v) ?? null)),
      );
    },
  },
  {
    name: 'random text in amount cells',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.7, rand, (v) =>
        isAmountLike(v)
          ? pick(rand, ['待定', '约100万', '见附件', '', 'N/A', '壹佰万元', '100万-200万', '—', '1.2.3']) || null
          : undefined,
      );
      return out;
    },
  },
  {
    name: 'huge numbers',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.3, rand, (v) => (typeof v === 'number' || rand() < 0.1 ? pick(rand, HUGE_NUMBERS) : undefined));
      return out;
    },
  },
  {
    name: 'formula error values',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.2, rand, () => pick(rand, ERROR_VALUES));
      return out;
    },
  },
  {
    name: 'rich text / odd characters',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.1, rand, (v) =>
        typeof v === 'string' && rand() < 0.5 ? `${v}\n${pick(rand, ODD_TEXTS)}` : pick(rand, ODD_TEXTS),
      );
      return out;
    },
  },
  {
    name: 'dates',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.15, rand, () => (rand() < 0.5 ? pick(rand, DATE_TEXTS) : 36526 + int(rand, 30000)));
      return out;
    },
  },
  {
    name: 'cells emptied',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      eachCell(out, 0.3, rand, () => null);
      return out;
    },
  },
  {
    name: 'hidden rows and columns, moved origin',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      out.origin = { row: int(rand, 50), col: int(rand, 5) };
      out.merges = out.merges.map((m) => ({
        r0: m.r0 + out.origin.row,
        c0: m.c0 + out.origin.col,
        r1: m.r1 + out.origin.row,
        c1: m.c1 + out.origin.col,
      }));
      out.hiddenRows = Array.from({ length: int(rand, 8) }, () => out.origin.row + int(rand, Math.max(1, g.rows)));
      out.hiddenCols = Array.from({ length: int(rand, 3) }, () => out.origin.col + int(rand, Math.max(1, g.cols)));
      return out;
    },
  },
  {
    name: 'bogus merges',
    apply: (g, rand) => {
      const out = cloneGrid(g);
      for (let k = 0; k < 10; k++) {
        const r0 = int(rand, Math.max(1, g.rows + 3));
        const c0 = int(rand, Math.max(1, g.cols + 3));
        out.merges.push({ r0, c0, r1: r0 + int(rand, 30), c1: c0 + int(rand, 6) });
      }
      return out;
    },
  },
  {
    name: 'rows duplicated',
    apply: (g, rand) =>
      withValues(
        g,
        g.values.flatMap((row) => (rand() < 0.2 ? [row, row.slice()] : [row])),
      ),
  },
  {
    name: 'transposed',
    apply: (g) =>
      withValues(
        g,
        Array.from({ length: g.cols }, (_, c) => g.values.map((row) => row[c] ?? null)),
      ),
  },
];

/** Sheets that are not forms at all. */
export function strangeSheets(rand: Rand): Grid[] {
  const table = Array.from({ length: 40 }, (_, r) => [
    `序号${r}`,
    `姓名${int(rand, 1000)}`,
    int(rand, 1e6),
    pick(rand, DATE_TEXTS),
    pick(rand, ERROR_VALUES),
  ]);
  return [
    { sheet: '空表', rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } },
    { sheet: '一格', rows: 1, cols: 1, values: [['预算绩效目标表']], merges: [], origin: { row: 0, col: 0 } },
    {
      sheet: '空行',
      rows: 3,
      cols: 2,
      values: [
        [null, null],
        [null, null],
        [null, null],
      ],
      merges: [{ r0: 0, c0: 0, r1: 2, c1: 1 }],
      origin: { row: 0, col: 0 },
    },
    withValues({ sheet: '名单', rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } }, [
      ['序号', '姓名', '金额', '日期', '备注'],
      ...table,
    ]),
    withValues({ sheet: '只有表头', rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } }, [
      ['一级指标', '二级指标', '三级指标', '指标值'],
    ]),
    withValues({ sheet: '只有标签', rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } }, [
      ['项目名称'],
      ['资金总额'],
      ['年度目标'],
      ['产出指标'],
      ['数量指标'],
    ]),
  ];
}

/** Freezes a grid all the way down, so any write by the checker throws (modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Every form and finding parses with the model schemas (zod); returns the first problem or null. */
export function schemaProblem(result: CheckResult): string | null {
  for (const f of result.forms) {
    const r = FormSchema.safeParse(f);
    if (!r.success) return `form ${f.sheet} ${f.range}: ${r.error.message.slice(0, 500)}`;
  }
  for (const f of result.findings) {
    const r = FindingSchema.safeParse(f);
    if (!r.success) return `finding ${JSON.stringify(f).slice(0, 300)}: ${r.error.message.slice(0, 500)}`;
  }
  return null;
}
