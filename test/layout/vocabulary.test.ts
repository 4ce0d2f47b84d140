/**
 * Every vocabulary entry anchors what it says: a small grid typed with that label (a heading row, a
 * header field, a funds line, a level word in its column…) is recognized as that kind and key. Adding a
 * label is one line in vocabulary.ts; this test then proves the prefilters do not hide it.
 */
import { makeGrid } from '../../src/core/grid';
import type { CellValue } from '../../src/model/grid';
import { recognize } from '../../src/layout/recognize';
import { detectHeader } from '../../src/layout/table-header';
import { SheetView } from '../../src/layout/view';
import { VOCABULARY, type VocabularyKind } from '../../src/layout/vocabulary';

const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
const ROWS: CellValue[][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];
const grid = (rows: CellValue[][]) => makeGrid('s', rows);
const form = (rows: CellValue[][]) => {
  const forms = recognize(grid(rows));
  expect(forms).toHaveLength(1);
  return forms[0];
};
const entries = (kind: VocabularyKind) => VOCABULARY.filter((e) => e.kind === kind).map((e) => [e.label, e.key]);

describe('vocabulary', () => {
  test.each(entries('column'))('column %s → %s', (label, key) => {
    const levels = ['level1', 'level2', 'level3'];
    const head = [...HEAD];
    let col = head.length;
    if (levels.includes(key) || key === 'value') {
      col = key === 'value' ? 3 : levels.indexOf(key);
      head[col] = label;
    } else head.push(label);
    const h = detectHeader(new SheetView(grid([head])), 0);
    expect(h).not.toBeNull();
    const column = h?.blocks.flatMap((b) => b.columns).find((c) => c.col === col);
    expect(column?.role).toBe(key);
  });

  test.each(entries('columnPart'))('column part %s → %s', (part, key) => {
    const label = key === 'value' ? `全年${part}` : part;
    const h = detectHeader(new SheetView(grid([[...HEAD, label]])), 0);
    expect(h?.blocks.flatMap((b) => b.columns).find((c) => c.col === 4)?.role).toBe(key);
  });

  test.each(entries('tableOuter'))('table outer label %s', (label) => {
    const f = form([[label, ...HEAD], ...ROWS.map((r) => ['', ...r])]);
    expect(f.tables).toHaveLength(1);
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('level1'))('一级 %s → %s', (label, key) => {
    const f = form([HEAD, [label, '某类指标', '培训人次', '≥100人次']]);
    expect(f.indicators[0].level1?.key).toBe(key);
  });

  test.each(entries('level2'))('二级 %s → %s', (label, key) => {
    const f = form([HEAD, ['产出指标', label, '培训人次', '≥100人次'], ...ROWS]);
    expect(f.indicators[0].level2?.key).toBe(key);
  });

  test.each(entries('header'))('header field %s → %s', (label, key) => {
    const value = key === 'amountUnit' ? '万元' : '某某内容';
    const f = form([[label, value], HEAD, ...ROWS]);
    expect(f.header.map((h) => [h.key, h.value?.text])).toContainEqual([key, value]);
  });

  test.each(entries('goal'))('goal %s → %s', (label, key) => {
    const f = form([['项目名称', '某某项目'], [label, '完成年度培训任务'], HEAD, ...ROWS]);
    expect(f.goals.map((g) => [g.key, g.value?.text])).toContainEqual([key, '完成年度培训任务']);
  });

  test.each(entries('funds'))('funds line %s → %s', (label, key) => {
    const f = form([['项目资金'], [label, 120.5], HEAD, ...ROWS]);
    // a label naming its own period (中期资金总额) files the amount under that period
    expect(f.funds.map((x) => [x.key, Object.values(x.amounts)[0]?.value])).toContainEqual([key, 120.5]);
  });

  test.each(entries('fundsBlock'))('funds block %s', (label) => {
    const f = form([[label], ['资金总额', 120.5], HEAD, ...ROWS]);
    expect(f.funds.map((x) => x.key)).toEqual(['total']);
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('fundsSource'))('a line ending in %s under a total is its part', (ending) => {
    const f = form([['项目资金'], ['资金总额', 120.5], [`乡镇${ending}`, 120.5], HEAD, ...ROWS]);
    expect(f.funds.map((x) => [x.label.text, x.key, x.parent])).toContainEqual([`乡镇${ending}`, 'unknown', 'total']);
  });

  test.each(entries('costHeading'))('cost table heading %s: its lines are the budget’s parts', (label) => {
    const f = form([
      ['项目资金'],
      ['资金总额', 100],
      [label, '金额', '测算依据'],
      ['人员经费', 60, '按标准'],
      ['设备购置', 40, '按报价'],
      HEAD,
      ...ROWS,
    ]);
    expect(f.funds.map((x) => [x.label.text, x.parent])).toEqual([
      ['资金总额', null],
      ['人员经费', 'total'],
      ['设备购置', 'total'],
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('costNote'))('cost table note column %s is understood', (label) => {
    const f = form([
      ['项目资金'],
      ['资金总额', 100],
      ['成本构成', '金额', label],
      ['人员经费', 100, '按标准'],
      HEAD,
      ...ROWS,
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('taskHeading'))('task table heading %s: its amounts are the tasks’, not funds', (label) => {
    const f = form([[label, '预算金额'], ['任务一', 60], ['任务二', 40], ['合计', 100], HEAD, ...ROWS]);
    expect(f.funds).toEqual([]);
    expect(f.tasks?.map((x) => [x.key, x.label.text, Object.values(x.amounts)[0]?.value])).toEqual([
      ['projectLine', '任务一', 60],
      ['projectLine', '任务二', 40],
      ['total', '合计', 100],
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('section'))('funds section word %s → %s', (label, key) => {
    const f = form([['项目资金'], ['资金总额', 120.5], [label], ['其他资金', 20], HEAD, ...ROWS]);
    expect(f.funds.find((x) => x.key === 'other')?.section).toBe(key);
  });

  test.each(entries('review'))('review line %s', (label) => {
    const f = form([HEAD, ...ROWS, [label, '']]);
    expect(f.header.map((h) => h.key)).toContain('review');
    expect(f.unplaced).toEqual([]);
  });

  test.each(entries('period'))('period word %s → %s', (word, key) => {
    // beside a second value column (a single value column is the year's, whatever it is called)
    const other = key === '半年' ? '全年指标值' : '半年指标值';
    const f = form([[...HEAD.slice(0, 3), `${word}指标值`, other], ...ROWS]);
    expect(Object.keys(f.indicators[0].values)).toContain(key);
  });

  test.each(entries('title'))('title word %s', (word, key) => {
    const title = key === 'titleEnding' ? `某某局${word}` : `2024年某某${word}表`;
    const f = form([[title], HEAD, ...ROWS]);
    expect(f.title).toBe(title);
  });

  test.each(entries('departmentTitle'))('department title word %s', (word) => {
    const title = `2024年${word}绩效目标表`;
    const f = form([[title], HEAD, ...ROWS]);
    expect(f.kind).toBe('department');
  });

  // a sheet with no readable table: an unknown heading (栏目一 …) under a title holding the word
  const UNKNOWN = [
    ['栏目一', '栏目二', '栏目三'],
    ['甲', '乙', '丙'],
    ['丁', '戊', '己'],
  ];
  test.each(entries('formLike'))('form-like title word %s: the sheet says it was not read', (word) => {
    const f = form([[`2025年某某${word}一览`], ...UNKNOWN]);
    expect(f.unrecognized?.map((u) => [u.part, u.cell.address])).toEqual([['sheetTitle', 'A1']]);
  });

  test.each(entries('notAForm'))('not-a-form title word %s: a notes page says nothing', (word) => {
    expect(recognize(grid([[`2025年项目支出绩效目标表${word}`], ...UNKNOWN]))).toEqual([]);
  });
});
