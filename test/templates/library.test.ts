import { checkGrids } from '../../src/check';
import { makeGrid } from '../../src/core/grid';
import { parseExpr } from '../../src/expr';
import type { CellValue } from '../../src/model/grid';
import type { FormKind } from '../../src/model/form';
import { LIBRARY, LibraryFileSchema, searchLibrary, type LibraryEntry } from '../../src/templates/library';
import data from '../../src/templates/library/indicators.json';

/** A minimal form of one kind holding the given entries as rows (一级, 二级, 三级, example value). */
function formWith(kind: FormKind, entries: readonly LibraryEntry[]) {
  const rows: CellValue[][] = [
    [kind === 'project' ? '2027年度项目支出绩效目标表' : '2027年度部门整体支出绩效目标表'],
    [kind === 'project' ? '项目名称' : '部门名称', '示例', '主管部门', '示例'],
    ['年度目标', '目标1：完成年度任务。'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...entries.map((e) => [e.level1, e.level2, e.name, e.example]),
  ];
  return checkGrids([makeGrid('库', rows)], { rules: ['expr'] });
}

describe('indicator library data', () => {
  test('at least 300 entries, zod-valid', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(300);
    expect(LibraryFileSchema.safeParse(data).success).toBe(true);
    expect(LibraryFileSchema.safeParse({ version: 1, entries: [{ name: 'x' }] }).success).toBe(false);
  });

  test('no duplicate names within one 二级', () => {
    const seen = new Map<string, number>();
    for (const e of LIBRARY) seen.set(`${e.level2}/${e.name}`, (seen.get(`${e.level2}/${e.name}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  test('every example parses; operator and unit agree with it', () => {
    for (const e of LIBRARY) {
      const x = parseExpr(e.example);
      expect({ name: e.name, kind: x.kind, diagnostics: x.diagnostics }).toEqual({
        name: e.name,
        kind: x.kind,
        diagnostics: [],
      });
      expect(x.kind).not.toBe('unparsed');
      if (e.operator) expect(e.example.startsWith(e.operator)).toBe(true);
      if (e.unit) expect(e.example.endsWith(e.unit)).toBe(true);
    }
  });

  test.each(['project', 'department'] as const)(
    'every %s entry, as a row under its 一级/二级, is recognized there and passes the expr rules',
    (kind) => {
      const entries = LIBRARY.filter((e) => e.kinds.includes(kind));
      const { forms, findings } = formWith(kind, entries);
      expect(forms).toHaveLength(1);
      expect(forms[0].kind).toBe(kind);
      const byName = new Map(forms[0].indicators.map((n) => [`${n.level2?.text}/${n.level3?.text}`, n]));
      for (const e of entries) {
        const node = byName.get(`${e.level2}/${e.name}`);
        expect({ entry: e.name, level2Key: node?.level2?.key ?? null }).not.toEqual({ entry: e.name, level2Key: null });
      }
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
    },
  );

  test('the expr rules do find a bad example (the test can fail)', () => {
    const bad = { ...LIBRARY[0], level1: '满意度', level2: '服务对象满意度指标', name: '群众满意度', example: '90' };
    expect(formWith('project', [bad]).findings.filter((f) => f.severity !== 'info')).not.toEqual([]);
  });
});

describe('searchLibrary', () => {
  test('满意度 gives only entries about 满意度', () => {
    const hits = searchLibrary({ words: ['满意度'] });
    expect(hits.length).toBeGreaterThan(10);
    for (const e of hits) expect(`${e.level1}${e.level2}${e.name}`).toContain('满意度');
  });

  test('满意 offers 服务对象满意度 first, with ≥ and %', () => {
    const [first] = searchLibrary({ words: ['满意'] });
    expect(first).toMatchObject({ name: '服务对象满意度', operator: '≥', unit: '%' });
  });

  test('all words must match; names before group-only matches', () => {
    const hits = searchLibrary({ words: ['培训', '人次'] });
    expect(hits.map((e) => e.name)).toEqual(expect.arrayContaining(['培训人次', '教师培训人次']));
    for (const e of hits) expect(e.name).toMatch(/培训/);
    const time = searchLibrary({ words: ['时效'] });
    expect(time.length).toBeGreaterThan(5);
    for (const e of time) expect(e.level2).toBe('时效指标');
    expect(searchLibrary({ words: ['不存在的词语'] })).toEqual([]);
  });

  test('--level2 filter, with or without 指标; kind filter', () => {
    const q = searchLibrary({ level2: '质量' });
    expect(q.length).toBeGreaterThan(10);
    expect(new Set(q.map((e) => e.level2))).toEqual(new Set(['质量指标']));
    expect(searchLibrary({ level2: '质量指标' })).toEqual(q);
    const dept = searchLibrary({ kind: 'department', words: ['资金到位率'] });
    expect(dept).toEqual([]);
    expect(searchLibrary({ kind: 'project', words: ['资金到位率'] }).map((e) => e.name)).toEqual(['资金到位率']);
  });

  test('an empty query lists the whole library in order', () => {
    expect(searchLibrary({})).toEqual([...LIBRARY]);
  });
});
