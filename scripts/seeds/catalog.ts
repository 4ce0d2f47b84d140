import type { CellValue } from '../../src/model/grid';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import type { Part } from './part';
import { seed000 } from './seed000';
import { seed001 } from './seed001';
import { seed002 } from './seed002';
import { seed003 } from './seed003';
import { seed004 } from './seed004';
import { stack, type SheetSpec } from './sheet';
import { filled, noisy, noMerge, shifted, spaced } from './variants';

/** Every generated fixture: file name (relative to test/fixtures) → its sheets. */
export interface Fixture {
  file: string;
  sheets: SheetSpec[];
  /** For variants: the canonical file they derive from. */
  canonical?: string;
  variant?: 'nomerge' | 'filled' | 'spaces' | 'shifted' | 'noise';
}

export interface Seed {
  id: '000' | '001' | '002' | '003' | '004';
  sheet: string;
  widths: number[];
  parts: () => Part[];
}

export const SEEDS: Seed[] = [
  { id: '000', sheet: '项目绩效目标表', widths: [16, 22, 40, 18, 18], parts: seed000 },
  { id: '001', sheet: '表十四', widths: [8, 12, 14, 34, 14, 14, 34, 14], parts: seed001 },
  { id: '002', sheet: '绩效文本', widths: [16, 16, 26, 34, 16, 16, 10], parts: seed002 },
  { id: '003', sheet: '部门整体绩效目标表', widths: [14, 28, 36, 24, 30, 14, 14], parts: seed003 },
  { id: '004', sheet: '部门整体绩效目标表', widths: [14, 28, 36, 24, 30, 14, 14], parts: seed004 },
];

export function canonicalSheet(seed: Seed): SheetSpec {
  return stack(seed.sheet, seed.parts(), seed.widths);
}

const VARIANTS = [
  ['nomerge', noMerge],
  ['filled', filled],
  ['spaces', spaced],
  ['shifted', shifted],
  ['noise', noisy],
] as const;

/** Sheet names: at most 31 characters, none of \ / ? * [ ] : */
export function sheetName(text: string): string {
  return text.replace(/[\\/?*[\]:]/g, '-').slice(0, 31);
}

function seedFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const seed of SEEDS) {
    const base = canonicalSheet(seed);
    const canonical = `seed${seed.id}.xlsx`;
    out.push({ file: canonical, sheets: [base] });
    for (const [name, fn] of VARIANTS)
      out.push({ file: `seed${seed.id}-${name}.xlsx`, sheets: [fn(base)], canonical, variant: name });
  }
  return out;
}

function combinedFixtures(): Fixture[] {
  const [s000, s001, s002, s003] = SEEDS;
  const widths = s001.widths.map((w, i) => Math.max(w, s000.widths[i] ?? 0));
  const two = stack('两张表', [s000.parts()[0], s001.parts()[0]], widths, 3);
  const forms002 = s002.parts().filter((p) => p.kind !== 'text');
  const perSheet = forms002.map((p, i) =>
    stack(sheetName(`${i + 1} ${p.label.replace(/^002 项目 /, '')}`), [p], s002.widths),
  );
  return [
    { file: 'two-forms-one-sheet.xlsx', sheets: [two] },
    { file: 'one-form-per-sheet.xlsx', sheets: perSheet },
    { file: 'not-a-form.xlsx', sheets: notAForm() },
    // a reviewer's day: four seed forms' sheets in one workbook, 70+ findings to work through in the pane
    {
      file: 'review-backlog.xlsx',
      sheets: [s002, s000, s001, s003].map((seed) => filled(canonicalSheet(seed))),
    },
  ];
}

function plain(name: string, rows: CellValue[][], widths: number[]): SheetSpec {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name,
    origin: { row: 0, col: 0 },
    rows: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
    widths,
    titleRows: [],
    bodies: [{ r0: 0, r1: rows.length - 1, c0: 0, c1: width - 1 }],
    blocks: [0],
    numFmts: {},
  };
}

/** Ordinary tables that are not target forms (one mentions 项目名称 and 部门, as real lists do), and an empty sheet. */
export function notAForm(): SheetSpec[] {
  const staff = plain(
    '人员经费',
    [
      ['姓名', '部门', '岗位', '金额（元）', '发放月份', '备注'],
      ['张三', '财务科', '会计', 5200, '2024年1月', null],
      ['李四', '办公室', '文员', 4800, '2024年1月', null],
      ['王五', '业务科', '科员', 5100.5, '2024年1月', '含补发'],
      ['赵六', '信息科', '工程师', 6300, '2024年1月', null],
      ['合计', null, null, 21400.5, null, null],
    ],
    [10, 10, 10, 12, 12, 10],
  );
  const empty = plain('空白', [[]], []);
  empty.rows = [];
  empty.bodies = [];
  const projects = plain(
    '项目清单',
    [
      ['序号', '项目名称', '主管部门', '预算金额（万元）', '负责人'],
      [1, '办公楼维修改造', '机关事务局', 120.5, '（略）'],
      [2, '信息系统运维', '大数据中心', 86, '（略）'],
      [3, '档案数字化', '档案馆', 45.2, '（略）'],
    ],
    [6, 18, 14, 16, 10],
  );
  return [staff, empty, projects];
}

/** A plain decimal number as typed into a cell (no sign tricks, no leading zeros, no separators). */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A sample transcription (test/fixtures/samples format) as a sheet; plain-number cells become numbers. */
export function sampleSheet(name: string, tsv: string): SheetSpec {
  const grid = gridFromTsv(sheetName(name), tsv);
  const numFmts: Record<string, string> = {};
  const rows = grid.values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== 'string' || !PLAIN_NUMBER.test(v)) return v;
      const n = Number(v);
      const decimals = v.includes('.') ? v.length - v.indexOf('.') - 1 : 0;
      if (String(n) !== v && decimals > 0) numFmts[`${r},${c}`] = `0.${'0'.repeat(decimals)}`;
      return n;
    }),
  );
  const widths = Array.from({ length: grid.cols }, (_, c) => {
    const longest = Math.max(
      0,
      ...rows.map((row) =>
        typeof row[c] === 'string'
          ? Math.min(
              ...String(row[c])
                .split('\n')
                .map((l) => l.length),
            )
          : 4,
      ),
    );
    return Math.min(40, Math.max(8, Math.ceil(longest * 1.6)));
  });
  return {
    name: grid.sheet,
    origin: { row: 0, col: 0 },
    rows,
    merges: [],
    widths,
    titleRows: [],
    bodies: [],
    blocks: [0],
    numFmts,
  };
}

export function sampleFixtures(samples: { file: string; text: string }[]): Fixture[] {
  return samples.map(({ file, text }) => {
    const base = file.replace(/\.tsv$/, '');
    return { file: `samples/${base}.xlsx`, sheets: [sampleSheet(base, text)] };
  });
}

export function allFixtures(samples: { file: string; text: string }[]): Fixture[] {
  return [...seedFixtures(), ...combinedFixtures(), ...sampleFixtures(samples)];
}
