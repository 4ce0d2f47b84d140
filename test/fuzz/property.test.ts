/**
 * fast-check: arbitrary sheets built from form vocabulary, values, error texts and odd characters —
 * recognize/checkGrids never throw, their output parses with FormSchema/FindingSchema, and the input
 * grid is never changed (deep-frozen and compared).
 */
import fc from 'fast-check';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { CellValue, Grid } from '../../src/model/grid';
import { DATE_TEXTS, deepFreeze, ERROR_VALUES, HUGE_NUMBERS, ODD_TEXTS, schemaProblem } from './corpus';

const WORDS = [
  '项目支出绩效目标表',
  '部门整体支出绩效目标表',
  '2024年度',
  '项目名称',
  '主管部门',
  '实施单位',
  '项目资金(万元)',
  '资金总额',
  '财政拨款',
  '其他资金',
  '年度目标',
  '长期目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '半年指标值',
  '全年指标值',
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '社会效益指标',
  '服务对象满意度指标',
  '培训人次',
  '≥500人次',
  '≥95%',
  '≤12月',
  '≤400元/人',
  '提升',
  '=100%',
  '≥90%',
  '合计',
  '小计',
  '决策',
  '过程',
  '绩效指标',
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e7 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...HUGE_NUMBERS,
      ...ERROR_VALUES,
      ...DATE_TEXTS,
      ...ODD_TEXTS.filter((t) => t.length < 100),
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.integer({ min: 0, max: 24 }),
    cols: fc.integer({ min: 1, max: 9 }),
    origin: fc.record({ row: fc.nat(20), col: fc.nat(5) }),
    seedCells: fc.array(cell, { minLength: 24 * 9, maxLength: 24 * 9 }),
    merges: fc.array(fc.record({ r0: fc.nat(30), c0: fc.nat(10), h: fc.nat(5), w: fc.nat(3) }), { maxLength: 6 }),
    hidden: fc.array(fc.nat(30), { maxLength: 3 }),
  })
  .map(({ rows, cols, origin, seedCells, merges, hidden }) => ({
    sheet: 'Sheet1',
    rows,
    cols: rows === 0 ? 0 : cols,
    values: Array.from({ length: rows }, (_, r) => seedCells.slice(r * 9, r * 9 + cols)),
    merges: merges.map((m) => ({ r0: m.r0, c0: m.c0, r1: m.r0 + m.h, c1: m.c0 + m.w })),
    origin,
    ...(hidden.length ? { hiddenRows: hidden } : {}),
  }));

test('recognize and checkGrids never throw, output is schema-valid, input untouched', () => {
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
      const named = grids.map((g, i) => ({ ...g, sheet: `S${i}` }));
      const before = JSON.stringify(named);
      deepFreeze(named);
      for (const g of named) recognize(g);
      const result = checkGrids(named);
      expect(schemaProblem(result)).toBeNull();
      expect(JSON.stringify(named)).toBe(before);
    }),
    { numRuns: 300, seed: 20240901 },
  );
});
