import { readdirSync, readFileSync } from 'fs';
import { normName } from '../../src/rules/names';
import { STANDARD_SETS } from '../../src/rules/standard-sets';
import { BUILT_IN_SETS, toStandardSet } from '../../src/templates/catalog';
import { itemCount, TemplateSetSchema } from '../../src/templates/schema';
import { mergeSets, parseTemplateFile } from '../../src/templates/user-sets';

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

  it('agrees with the standard sets of the missing-standard rule (same items, same full-year values)', () => {
    for (const std of STANDARD_SETS) {
      const mine = BUILT_IN_SETS.find((s) => s.id === std.id);
      expect(mine).toBeDefined();
      const a = toStandardSet(mine!).items.map((i) => `${i.level1}|${i.level2}|${normName(i.level3)}|${i.value}`);
      const b = std.items.map((i) => `${i.level1}|${i.level2}|${normName(i.level3)}|${i.value}`);
      expect(a).toEqual(b);
    }
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
