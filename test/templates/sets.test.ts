import { readdirSync, readFileSync } from 'fs';
import { checkForms } from '../../src/check';
import type { StandardItem } from '../../src/model/standard-set';
import { BUILT_IN_SETS, standardSets } from '../../src/templates/catalog';
import { planInsertion } from '../../src/templates/planner';
import { rows000 } from '../rules/seed-forms';
import { itemCount, TemplateSetSchema } from '../../src/templates/schema';
import { mergeSets, parseTemplateFile } from '../../src/templates/user-sets';

/** A project form whose 决策/过程 rows are exactly these items, then one row of each other section. */
function formOf(items: readonly StandardItem[]) {
  const zh: Record<string, string> = { decision: '决策', process: '过程' };
  let l1 = '';
  let l2 = '';
  const rows = items.map((i) => {
    const r = [zh[i.level1] === l1 ? '' : zh[i.level1], i.level2 === l2 ? '' : i.level2, i.level3, i.value, i.value];
    l1 = zh[i.level1];
    l2 = i.level2;
    return r;
  });
  rows.push(
    ['产出指标', '数量指标', '培训人数', '≥20人', '≥40人'],
    ['效益指标', '社会效益指标', '干部职工业务能力', '明显提升', '明显提升'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '≥90%'],
  );
  return rows000(20, rows, 'project');
}

describe('template sets', () => {
  it('every file in src/templates/sets is a valid set with a unique id', () => {
    const files = readdirSync('src/templates/sets').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const ids = files.map(
      (f) => TemplateSetSchema.parse(JSON.parse(readFileSync(`src/templates/sets/${f}`, 'utf8'))).id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.json`).sort()).toEqual([...files].sort());
  });

  it('the built-in sets the pane uses unparsed are exactly what the schema makes of their files', () => {
    const files = readdirSync('src/templates/sets').filter((f) => f.endsWith('.json'));
    const parsed = files.map((f) =>
      TemplateSetSchema.parse(JSON.parse(readFileSync(`src/templates/sets/${f}`, 'utf8'))),
    );
    expect(BUILT_IN_SETS).toHaveLength(files.length);
    for (const set of BUILT_IN_SETS) expect(set).toStrictEqual(parsed.find((p) => p.id === set.id));
  });

  it('one source: the checker compares with the catalog, so a user set changes what missing-standard expects', () => {
    const builtIn = standardSets().find((s) => s.id === 'project-common');
    expect(builtIn?.items.length).toBeGreaterThan(5);
    const form = formOf(builtIn!.items);
    const only = { rules: ['structure.missing-standard'] };
    expect(checkForms([form], only)).toEqual([]);

    const mine = structuredClone(BUILT_IN_SETS.find((s) => s.id === 'project-common')!);
    mine.sections[1].groups[0].items.push({ name: '档案管理规范性', half: '规范', full: '规范' });
    const found = checkForms([form], { ...only, userSets: [mine] });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('档案管理规范性')]);
    // template apply inserts exactly that row from the same set
    const planned = planInsertion(form, mine).flatMap((p) => p.rows.map((r) => Object.values(r).join('|')));
    expect(planned).toEqual([expect.stringContaining('档案管理规范性')]);
  });

  it('has half-year values (预算执行率 =50%) and skeletons with empty 三级 (满意度 ≥90%)', () => {
    const project = BUILT_IN_SETS[0];
    expect(itemCount(project)).toBe(11);
    const fund = project.sections[1].groups.find((g) => g.key === 'fundManagement');
    expect(fund?.items.find((i) => i.name === '预算执行率')).toEqual({
      name: '预算执行率',
      half: '=50%',
      full: '=100%',
    });
    const skeleton = project.sections.filter((s) => s.skeleton).map((s) => s.key);
    expect(skeleton).toEqual(['output', 'effect', 'satisfaction']);
    expect(project.sections.find((s) => s.key === 'satisfaction')?.groups[0]).toMatchObject({
      items: [],
      value: '≥90%',
    });
  });

  it('user files: one set, a list, or {sets}; invalid ones give errors naming the field', () => {
    const one = {
      id: 'x',
      name: 'X',
      kind: 'project',
      sections: [{ key: 'decision', label: '决策', groups: [{ key: 'projectSetup', label: '项目立项', items: [] }] }],
    };
    expect(parseTemplateFile(JSON.stringify(one))).toMatchObject({ ok: true, sets: [{ id: 'x' }] });
    expect(parseTemplateFile(JSON.stringify([one]))).toMatchObject({ ok: true });
    expect(parseTemplateFile(JSON.stringify({ sets: [one] }))).toMatchObject({ ok: true });
    const bad = parseTemplateFile(JSON.stringify({ ...one, sections: [{ ...one.sections[0], key: '决策' }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/sections\.0\.key/);
    expect(parseTemplateFile('{oops')).toMatchObject({ ok: false, errors: [expect.stringMatching(/JSON/)] });
  });

  it('a user set with a built-in id replaces it', () => {
    const mine = { ...BUILT_IN_SETS[0], name: '本地' };
    expect(
      mergeSets(BUILT_IN_SETS, [mine])
        .filter((s) => s.id === mine.id)
        .map((s) => s.name),
    ).toEqual(['本地']);
  });
});
