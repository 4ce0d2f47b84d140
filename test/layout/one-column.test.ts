/**
 * One-column indicator tables, typed here from the layouts' structure: a flat list (序号 | 指标 | 权重 |
 * 计量单位 | 指标性质 | 指标值) with no levels, and budget-system exports whose one 指标名称 column holds the
 * levels as rows (by level word, by numbering 一、/（一）or 1/1.1/1.1.1, by indentation).
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { CellValue } from '../../src/model/grid';

const HEAD: CellValue[] = ['指标名称', '指标性质', '指标值', '计量单位', '权重'];
const band: CellValue[][] = [['2024年度项目绩效目标申报表'], ['项目名称', '某县乡村道路养护']];
const tree = (names: string[]) =>
  makeGrid('s', [
    ...band,
    HEAD,
    ...names.map((n, i): CellValue[] =>
      i === 2 || i === 4 || i === 7 ? [n, '≥', 10 * i, '公里', 10] : i === 6 ? [n, '≥', 90, '%', 20] : [n],
    ),
  ]);
// rows: 一级 | 二级 | 三级 | 二级 | 三级 | 一级 | … the 满意度 三级 at index 6 is a percentage
const LEVELS = (l1: (s: string) => string, l2: (s: string) => string, l3: (s: string) => string) => [
  l1('产出指标'),
  l2('数量指标'),
  l3('养护道路里程'),
  l2('质量指标'),
  l3('路面完好里程'),
  l1('满意度指标'),
  l3('沿线群众满意度'),
  l3('群众满意度复核'),
];

const shape = (g: ReturnType<typeof tree>) =>
  recognize(g)[0]
    .indicators.filter((n) => n.level3)
    .map((n) => [n.level1?.key ?? null, n.level2?.key ?? null, n.level3?.text.trim(), n.values['全年']?.text]);

describe('one-column tables', () => {
  test('a flat list: every row is a 三级 with no 一级/二级, and no finding about missing levels', () => {
    const grid = makeGrid('s', [
      ...band,
      ['序号', '指标', '权重', '计量单位', '指标性质', '指标值'],
      [1, '养护道路里程', 30, '公里', '≥', 120],
      [2, '路面完好率', 30, '%', '≥', 95],
      [3, '沿线群众满意度', 40, '%', '≥', 90],
    ]);
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => [n.level1, n.level2, n.level3?.text, n.values['全年']?.text])).toEqual([
      [null, null, '养护道路里程', '≥120公里'],
      [null, null, '路面完好率', '≥95%'],
      [null, null, '沿线群众满意度', '≥90%'],
    ]);
    expect(f.tables[0].levels).toEqual(['level3']);
    expect(f.indicators[0].values['全年'].address).toBe('F4');
    expect(f.unplaced).toEqual([]);
    expect(checkGrids([grid]).findings.filter((x) => x.rule.startsWith('structure.'))).toEqual([]);
  });

  test.each(['绩效指标', '考核指标', '具体指标', '指标项'])(
    'a flat list whose name column is headed %s (no vocabulary entry) is found by the names under it',
    (heading) => {
      const rows = (lead: boolean): CellValue[][] => [
        ...band,
        [...(lead ? ['序号'] : []), heading, '权重', '计量单位', '指标性质', '指标值'],
        [...(lead ? [1] : []), '养护道路里程', 30, '公里', '≥', 120],
        [...(lead ? [2] : []), '路面完好率', 30, '%', '≥', 95],
        [...(lead ? [3] : []), '沿线群众满意度', 40, '%', '≥', 90],
      ];
      for (const lead of [true, false]) {
        const [f] = recognize(makeGrid('s', rows(lead)));
        expect(f.indicators.map((n) => [n.level3?.text, n.values['全年']?.text])).toEqual([
          ['养护道路里程', '≥120公里'],
          ['路面完好率', '≥95%'],
          ['沿线群众满意度', '≥90%'],
        ]);
        expect(f.unplaced).toEqual([]);
      }
    },
  );

  test('an unknown heading over numbers or codes is not taken for the name column', () => {
    const grid = makeGrid('s', [
      ...band,
      ['序号', '编码', '权重', '计量单位', '指标性质', '指标值'],
      [1, 'A0101', 30, '公里', '≥', 120],
      [2, 'A0102', 30, '%', '≥', 95],
      [3, 'A0103', 40, '%', '≥', 90],
    ]);
    expect(recognize(grid).flatMap((f) => f.indicators)).toEqual([]);
  });

  const expected = [
    ['output', 'quantity', '养护道路里程', '≥20公里'],
    ['output', 'quality', '路面完好里程', '≥40公里'],
    ['satisfaction', null, '沿线群众满意度', '≥90%'],
    ['satisfaction', null, '群众满意度复核', '≥70公里'],
  ];

  test('levels by level words (一级指标：产出指标)', () => {
    const g = tree(
      LEVELS(
        (s) => `一级指标：${s}`,
        (s) => `二级指标：${s}`,
        (s) => s,
      ),
    );
    expect(shape(g)).toEqual(expected);
  });

  test('levels by decimal numbering (1 / 1.1 / 1.1.1)', () => {
    let a = 0;
    let b = 0;
    let c = 0;
    const g = tree(
      LEVELS(
        (s) => `${++a} ${s}`,
        (s) => `${a}.${++b} ${s}`,
        (s) => `${a}.${b}.${++c} ${s}`,
      ),
    );
    expect(shape(g).map((x) => x.slice(0, 2))).toEqual(expected.map((x) => x.slice(0, 2)));
  });

  test('levels by Chinese numbering (一、 / （一）)', () => {
    const g = tree(
      LEVELS(
        (s) => `一、${s}`,
        (s) => `（一）${s}`,
        (s) => s,
      ),
    );
    expect(shape(g).map((x) => x.slice(0, 2))).toEqual(expected.map((x) => x.slice(0, 2)));
  });

  test('levels by indentation, half- or full-width spaces', () => {
    for (const sp of [' ', '\u3000']) {
      const g = tree(
        LEVELS(
          (s) => s,
          (s) => `${sp.repeat(2)}${s}`,
          (s) => `${sp.repeat(4)}${s}`,
        ),
      );
      expect(shape(g)).toEqual(expected);
    }
  });

  test('a fix for a joined value writes only the value column’s part, or is left out', () => {
    const grid = makeGrid('s', [
      ...band,
      ['序号', '指标', '指标性质', '指标值', '计量单位'],
      [1, '培训人次', '≥', '１００', '人次'],
    ]);
    for (const f of checkGrids([grid]).findings)
      if (f.fix && f.fix.cell === 'D4') expect(f.fix.text).not.toMatch(/[≥人]/);
  });
});

test('an indicator named like a header field (完成时间, 项目负责人…) does not end the table; a field pair below it does', () => {
  const rows = (last: CellValue[]): CellValue[][] => [
    ...band,
    ['指标名称', '计算符号', '指标值', '计量单位', '权重'],
    ['一级指标：产出指标'],
    ['二级指标：时效指标'],
    ['完成时间', '≤', '2025.12', '', 10],
    ['二级指标：数量指标'],
    ['养护道路里程', '≥', 120, '公里', 20],
    ['一级指标：满意度指标'],
    ['二级指标：服务对象满意度指标'],
    ['沿线群众满意度', '≥', 90, '%', 30],
    last,
  ];
  const names = (g: CellValue[][]) =>
    recognize(makeGrid('s', g))[0]
      .indicators.filter((n) => n.level3)
      .map((n) => n.level3?.text);
  // before: the table ended at 完成时间 (项目完成时间 is a header field), so 2 of 3 indicators were lost
  expect(names(rows([]))).toEqual(['完成时间', '养护道路里程', '沿线群众满意度']);
  const form = recognize(makeGrid('s', rows(['完成时间', '2025年12月'])))[0];
  expect(form.header.map((h) => [h.key, h.value?.text])).toContainEqual(['endTime', '2025年12月']);
});

test('a 指标方向 column (正向 / 反向) is the value’s operator: no operator-missing warning on a budget-system export', () => {
  const rows: CellValue[][] = [
    ...band,
    ['指标名称', '指标方向', '指标值', '计量单位'],
    ['一级指标：产出指标'],
    ['二级指标：数量指标'],
    ['养护道路里程', '正向', 120, '公里'],
    ['二级指标：成本指标'],
    ['每公里养护成本', '反向', 0.8, '万元'],
    ['一级指标：满意度指标'],
    ['二级指标：服务对象满意度指标'],
    ['沿线群众满意度', '正向', '90%', ''],
  ];
  const grid = makeGrid('s', rows);
  const values = recognize(grid)[0]
    .indicators.filter((n) => n.level3)
    .map((n) => n.values['全年']?.text);
  expect(values).toEqual(['≥120公里', '≤0.8万元', '≥90%']);
  // before: three expr.operator-missing warnings
  expect(checkGrids([grid]).findings.filter((f) => f.rule === 'expr.operator-missing')).toEqual([]);
});
