import type { CellValue } from '../../src/model/grid';
import type { SheetSpec } from './sheet';

/**
 * The variants real files show, as pure functions of a canonical sheet. Each keeps every value of the
 * canonical sheet (the tests check it); only layout and label spelling change.
 */

function clone(s: SheetSpec): SheetSpec {
  return {
    ...s,
    origin: { ...s.origin },
    rows: s.rows.map((r) => r.slice()),
    merges: s.merges.map((m) => ({ ...m })),
    widths: s.widths.slice(),
    titleRows: s.titleRows.slice(),
    bodies: s.bodies.map((b) => ({ ...b })),
    blocks: s.blocks.slice(),
    numFmts: { ...s.numFmts },
    ...(s.hiddenCols ? { hiddenCols: s.hiddenCols.slice() } : {}),
  };
}

/** Same values, no merged cells: labels written once, the cells below left empty. */
export function noMerge(s: SheetSpec): SheetSpec {
  const out = clone(s);
  out.merges = [];
  return out;
}

/** No merged cells, 一级/二级 (and 职能/重点工作/对应项目) repeated on every row of their group, like some exports. */
export function filled(s: SheetSpec): SheetSpec {
  const out = clone(s);
  for (const m of s.merges) {
    if (!m.fill) continue;
    const v = s.rows[m.r0][m.c0];
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) out.rows[r][c] = v;
  }
  out.merges = [];
  return out;
}

/** How labels are mistyped in real files: inner spaces, line breaks, full-width spaces, trailing spaces. */
export const SPACED_LABELS: Record<string, string> = {
  一级指标: '一级 指标',
  二级指标: '二级\n指标',
  三级指标: '三级指标 ',
  绩效指标: '绩效\n指标',
  产出指标: '产出\n指标',
  效益指标: '效益　指标',
  效果指标: '效果\n指标',
  满意度指标: '满意度 指标',
  数量指标: '数量 指标',
  质量指标: '质量\n指标',
  时效指标: ' 时效指标',
  成本指标: '成本　指标',
  经济效益指标: '经济效益 指标',
  社会效益指标: '社会效益\n指标',
  生态效益指标: '生态效益　指标',
  可持续影响指标: '可持续影响 指标',
  服务对象满意度指标: '服务对象\n满意度指标',
  决策: '决 策',
  过程: '过　程',
  履职: '履\n职',
  效益: '效 益',
  满意度: '满意度 ',
  计划制定: '计划 制定',
  预算执行: '预算\n执行',
  经济效益: '经济\n效益',
  社会效益: '社会 效益',
  服务对象满意度: '服务对象 满意度',
  项目名称: '项目 名称',
  主管部门: '主管\n部门',
  单位名称: '单位　名称',
  资金总额: '资金　总额',
  基本支出: '基本 支出',
  项目支出: '项目\n支出',
  中长期目标: '中长期 目标',
  年度目标: '年度\n目标',
  半年指标值: '半年\n指标值',
  全年指标值: '全年 指标值',
  指标值: '指标 值',
};

/** Labels with inner spaces/newlines/全角 spaces (values and merges unchanged). */
export function spaced(s: SheetSpec): SheetSpec {
  const out = clone(s);
  out.rows = out.rows.map((row) =>
    row.map((v) => (typeof v === 'string' && SPACED_LABELS[v] !== undefined ? SPACED_LABELS[v] : v)),
  );
  return out;
}

/** The table starts at C4, with a blank row before every block (header, funds, goals, each table). */
export function shifted(s: SheetSpec): SheetSpec {
  const out = clone(s);
  const insertBefore = new Set(s.blocks.filter((r) => r > 0));
  const map: number[] = [];
  const rows: CellValue[][] = [];
  const width = s.rows[0]?.length ?? 0;
  s.rows.forEach((row, r) => {
    if (insertBefore.has(r)) rows.push(new Array<CellValue>(width).fill(null));
    map[r] = rows.length;
    rows.push(row.slice());
  });
  const at = (r: number) => map[r];
  out.rows = rows;
  out.origin = { row: 3, col: 2 };
  out.merges = s.merges.map((m) => ({ ...m, r0: at(m.r0), r1: at(m.r1) }));
  out.titleRows = s.titleRows.map(at);
  out.bodies = s.bodies.map((b) => ({ ...b, r0: at(b.r0), r1: at(b.r1) }));
  out.blocks = s.blocks.map(at);
  out.numFmts = Object.fromEntries(
    Object.entries(s.numFmts).map(([k, f]) => {
      const [r, c] = k.split(',').map(Number);
      return [`${at(r)},${c}`, f];
    }),
  );
  return out;
}

/** What `noise` adds around the form. */
export const NOISE = {
  above: ['附件3', '注：本表由单位财务科填报，金额单位为万元，请于规定时间前报送。'],
  below: [
    ['填表人：（略）', null, '审核人：（略）', null, '填报日期：2022年1月10日'],
    ['备注：1. 本表一式两份，报财政局一份。2. 指标值请填写可衡量的目标值。'],
  ] as CellValue[][],
  side: [
    ['附：联系人信息', null, null],
    ['序号', '科室', '联系电话'],
    [1, '财务科', '（略）'],
    [2, '办公室', '（略）'],
    [3, '业务科', '（略）'],
  ] as CellValue[][],
};

/**
 * An unrelated small table to the right of the form, notes above and below it, and a hidden column A
 * holding internal row codes (the form moves one column right).
 */
export function noisy(s: SheetSpec): SheetSpec {
  const width = s.rows[0]?.length ?? 0;
  const sideCol = 1 + width + 1; // one blank column between the form and the side table
  const total = sideCol + NOISE.side[0].length;
  const blank = (): CellValue[] => new Array<CellValue>(total).fill(null);
  const top = NOISE.above.length + 1;
  const rows: CellValue[][] = [];
  for (const note of NOISE.above) {
    const r = blank();
    r[1] = note;
    rows.push(r);
  }
  rows.push(blank());
  s.rows.forEach((row, i) => {
    const r = blank();
    if (row.some((v) => v !== null)) r[0] = `K${String(i + 1).padStart(4, '0')}`;
    row.forEach((v, c) => (r[c + 1] = v));
    rows.push(r);
  });
  NOISE.side.forEach((cells, i) => cells.forEach((v, c) => (rows[top + 2 + i][sideCol + c] = v)));
  rows.push(blank());
  for (const cells of NOISE.below) {
    const r = blank();
    cells.forEach((v, c) => (r[1 + c] = v));
    rows.push(r);
  }
  const shiftR = (r: number) => r + top;
  const out = clone(s);
  out.rows = rows;
  out.merges = s.merges.map((m) => ({ ...m, r0: shiftR(m.r0), r1: shiftR(m.r1), c0: m.c0 + 1, c1: m.c1 + 1 }));
  out.widths = [8, ...s.widths, ...new Array<number>(Math.max(0, width - s.widths.length)).fill(12), 4, 8, 12, 14];
  out.titleRows = s.titleRows.map(shiftR);
  out.bodies = [
    ...s.bodies.map((b) => ({ r0: shiftR(b.r0), r1: shiftR(b.r1), c0: b.c0 + 1, c1: b.c1 + 1 })),
    { r0: top + 3, r1: top + 2 + NOISE.side.length - 1, c0: sideCol, c1: sideCol + 2 },
  ];
  out.blocks = s.blocks.map(shiftR);
  out.numFmts = Object.fromEntries(
    Object.entries(s.numFmts).map(([k, f]) => {
      const [r, c] = k.split(',').map(Number);
      return [`${shiftR(r)},${c + 1}`, f];
    }),
  );
  out.hiddenCols = [0];
  return out;
}
