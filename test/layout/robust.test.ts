/** Sheets that are not forms, degenerate grids and random input: no form, no crash. */
import fc from 'fast-check';
import { makeGrid } from '../../src/core/grid';
import { recognize } from '../../src/layout/recognize';
import { FormSchema } from '../../src/model/form';
import type { CellValue } from '../../src/model/grid';
import { syntheticForm } from '../../bench/synthetic';

describe('recognizer robustness', () => {
  test('an empty sheet and a 0×0 grid give no form', () => {
    expect(recognize(makeGrid('空', []))).toEqual([]);
    expect(
      recognize(
        makeGrid('空', [
          [null, null],
          [null, ''],
        ]),
      ),
    ).toEqual([]);
  });

  test('an ordinary table (staff list, budget lines) gives no form', () => {
    const rows: CellValue[][] = [
      ['姓名', '部门', '职务', '金额（万元）'],
      ['张三', '财务科', '科员', 1.5],
      ['李四', '办公室', '主任', 2],
      ['合计', null, null, 3.5],
    ];
    expect(recognize(makeGrid('名单', rows))).toEqual([]);
    const budget: CellValue[][] = [
      ['项目', '一季度', '二季度', '三季度', '四季度'],
      ['办公费', 10, 12, 9, 11],
      ['差旅费', 3, 4, 2, 5],
    ];
    expect(recognize(makeGrid('预算', budget))).toEqual([]);
  });

  test('a table of contents that names forms but holds no indicator table gives no form', () => {
    const rows: CellValue[][] = [['目 录'], ['1、', '宣传费项目绩效目标表'], ['2、', '网络租赁服务费项目绩效目标表']];
    expect(recognize(makeGrid('目录', rows))).toEqual([]);
  });

  test('a form whose table starts at C5 keeps the real addresses', () => {
    const g = makeGrid(
      '偏移',
      [
        ['项目名称', '测试项目'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人次', '≥100人次'],
      ],
      { origin: { row: 4, col: 2 } },
    );
    const [f] = recognize(g);
    expect(f.indicators[0].level3?.address).toBe('E7');
    expect(f.indicators[0].values['全年'].address).toBe('F7');
    expect(f.range).toBe('C5:F7');
  });

  test('a 5,000-row table is read whole, with labels forward-filled', () => {
    const [f] = recognize(syntheticForm(5000));
    expect(f.indicators).toHaveLength(5000);
    expect(f.indicators[4999].level1?.key).toBe('satisfaction');
    expect(f.indicators[1].level2?.key).toBe('quantity');
    expect(f.funds.find((x) => x.key === 'total')?.amounts['全年'].value).toBe(1000);
  });

  test('random grids never throw and always give schema-valid forms', () => {
    const words = [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '数量指标',
      '项目名称',
      '资金总额',
      '≥90%',
      '合规',
      '',
      '年度目标',
      '绩效目标表',
      '支出',
      '小计',
      '3月底',
      '10%',
    ];
    const cell = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 6 }),
      fc.double({ noNaN: false }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (rows) => {
        const forms = recognize(makeGrid('随机', rows));
        for (const f of forms) FormSchema.parse(f);
      }),
      { numRuns: 300 },
    );
  });
});
