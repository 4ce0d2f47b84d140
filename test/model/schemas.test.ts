/** The zod schemas are the model's single source: what the core produces parses, survives JSON, and bad data is refused. */
import { parseExpr } from '../../src/expr';
import { recognize } from '../../src/layout/recognize';
import { ExprSchema, FindingSchema, FormSchema, GridSchema } from '../../src/model';
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';

const grid = makeGrid(
  '项目表',
  [
    ['某市项目预算绩效目标表'],
    ['2024年度'],
    ['项目名称', '培训经费'],
    ['项目资金(万元)', '资金总额', 12.5],
    ['年度目标', '完成2024年培训任务。'],
    ['一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值'],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '≥1000人次'],
    [null, '成本指标', '人均培训费', '≥400元/人', '≤400元/人'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '≥90%'],
  ],
  { merges: [{ r0: 0, c0: 0, r1: 0, c1: 4 }] },
);

const roundTrip = <T>(schema: { parse(v: unknown): T }, value: T) =>
  expect(schema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);

describe('model schemas', () => {
  test('a grid, the forms recognized in it, the findings and parsed values survive a JSON round trip', () => {
    roundTrip(GridSchema, grid);
    const { forms, findings } = checkGrids([grid]);
    expect(forms).toHaveLength(1);
    for (const f of forms) roundTrip(FormSchema, f);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) roundTrip(FindingSchema, f);
    for (const text of ['≥95%', '=篇', '430 元/人', '90%左右', '2023年12月底前', '', '合规'])
      roundTrip(ExprSchema, parseExpr(text));
  });

  test('a grid gets default merges and origin', () => {
    const g = GridSchema.parse({ sheet: 'S', rows: 1, cols: 1, values: [['x']] });
    expect(g.merges).toEqual([]);
    expect(g.origin).toEqual({ row: 0, col: 0 });
  });

  test('bad data is refused', () => {
    const [form] = recognize(grid);
    expect(() => FormSchema.parse({ ...form, kind: 'other' })).toThrow();
    expect(() =>
      FormSchema.parse({ ...form, indicators: [{ ...form.indicators[0], level3: { text: 'x', address: 'a1' } }] }),
    ).toThrow();
    const finding = {
      rule: 'expr.cost-direction',
      severity: 'error',
      sheet: 'S',
      cell: 'D8',
      message: '成本指标不应使用≥',
    };
    expect(FindingSchema.parse(finding)).toEqual(finding);
    expect(() => FindingSchema.parse({ ...finding, rule: 'Cost Direction' })).toThrow();
    expect(() => FindingSchema.parse({ ...finding, severity: 'fatal' })).toThrow();
    expect(() => FindingSchema.parse({ ...finding, message: '' })).toThrow();
    expect(() => ExprSchema.parse({ ...parseExpr('≥95%'), kind: 'number' })).toThrow();
    expect(() => GridSchema.parse({ sheet: 'S', rows: -1, cols: 1, values: [] })).toThrow();
  });
});
