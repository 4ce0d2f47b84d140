/**
 * Layouts of other regions written out by hand from the official templates (test/layout/layouts/*.tsv):
 * the 财预〔2015〕88号 department form with its 年度主要任务 table, a 湖南-style 年度预算申请 with
 * labels above their amounts, and a two-row indicator header with 长期/年度 value columns.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkGrids } from '../../src/check';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import { recognize } from '../../src/layout/recognize';
import { countsByLevel1, fundsMap } from './helpers';

const layout = (name: string, edit: (t: string) => string = (t) => t) =>
  gridFromTsv(name, edit(readFileSync(join(__dirname, 'layouts', name), 'utf8')));

describe('other official layouts', () => {
  test('2015 department form: the task table gives one task line per task and 金额合计 per column, not funds', () => {
    const [f] = recognize(layout('2015_department.tsv'));
    expect([f.kind, f.year, f.name]).toEqual(['department', 2023, '某县文化旅游广电体育局']);
    expect(countsByLevel1(f)).toEqual({ output: 5, effect: 2, satisfaction: 1 });
    // the task amounts are the tasks' own (issue 13 §5): the form states no funds
    expect(f.funds).toEqual([]);
    expect(fundsMap(f, f.tasks)).toMatchObject({
      'projectLine:文化惠民工程@总额': '120',
      'projectLine:文化惠民工程@财政拨款': '100',
      'projectLine:旅游宣传@其他资金': '10',
      'total:金额合计@总额': '250.5',
      'total:金额合计@财政拨款': '220.5',
    });
    expect(f.unplaced).toEqual([]);
    expect(checkGrids([layout('2015_department.tsv')]).findings).toEqual([]);
  });

  test('2015 department form: a task total that does not add up is reported at 金额合计', () => {
    const grid = layout('2015_department.tsv', (t) => t.replace('250.5\t220.5', '260.5\t220.5'));
    const sums = checkGrids([grid]).findings.filter((x) => x.rule === 'total.sum');
    expect(sums.map((x) => x.cell)).toEqual(['D9']);
  });

  test('年度预算申请 with labels above their amounts (按收入性质分 / 按支出性质分)', () => {
    const [f] = recognize(layout('horizontal_department.tsv'));
    expect(f.funds.map((x) => [x.key, x.parent, x.section, x.amounts['全年']?.text])).toEqual([
      ['total', null, 'income', '1500.6'],
      ['general', 'total', 'income', '1200.6'],
      ['govFund', 'total', 'income', '200'],
      ['specialAccount', 'total', 'income', '100'],
      ['basic', 'total', 'expense', '900.6'],
      ['project', 'total', 'expense', '600'],
    ]);
    expect(f.funds[0].amounts['全年'].address).toBe('B5');
    expect(f.unplaced).toEqual([]);
    expect(checkGrids([layout('horizontal_department.tsv')]).findings).toEqual([]);
    const bad = checkGrids([
      layout('horizontal_department.tsv', (t) => t.replace('900.6\t600', '900.6\t700')),
    ]).findings;
    expect(bad.filter((x) => x.severity === 'error').map((x) => `${x.rule}@${x.cell}`)).toEqual(['total.sum@B5']);
  });

  test('a two-row header splits 指标值 into 长期 and 年度 columns', () => {
    const [f] = recognize(layout('two_row_header.tsv'));
    expect(f.periods).toEqual(['中期', '年度']);
    expect(f.indicators.map((n) => [n.level3?.text, n.values['中期']?.text, n.values['年度']?.text])).toEqual([
      ['社区养老服务站数量', '≥20个', '≥3个'],
      ['服务站验收合格率', '=100%', '=100%'],
      ['服务老年人人次', '≥10万人次', '≥2万人次'],
      ['老年人满意度', '≥90%', '≥90%'],
    ]);
    expect(f.goals.map((g) => g.key)).toEqual(['longTerm', 'annual']);
    expect(f.unplaced).toEqual([]);
  });
});

describe('a form printed without the 一级指标/二级指标 heading row', () => {
  test('the columns are inferred from the first indicator row', () => {
    const [f] = recognize(layout('no_header_row.tsv'));
    expect(countsByLevel1(f)).toEqual({ output: 4, effect: 1, satisfaction: 1 });
    expect(f.indicators[0].level3?.address).toBe('C6');
    expect(f.indicators[3].values['全年'].text).toBe('≤1.6万元');
    expect(f.goals.map((g) => g.key)).toEqual(['annual']);
    expect(f.unplaced).toEqual([]);
  });

  test('ordinary tables that merely mention 产出 are still not forms', () => {
    const grid = gridFromTsv('x', '说明\n产出指标是什么\t见文件\n');
    expect(recognize(grid)).toEqual([]);
  });
});

describe('labels written together with their value in one cell', () => {
  test('项目名称：…, 资金总额：85.5万元, 年度目标：… are read from the one cell', () => {
    const [f] = recognize(layout('inline_labels.tsv'));
    expect(f.name).toBe('档案数字化');
    expect(f.year).toBe(2023);
    expect(f.funds.map((x) => [x.key, x.label.text, x.amounts['全年'].text, x.amounts['全年'].address])).toEqual([
      ['total', '资金总额', '85.5', 'A3'],
      ['fiscal', '其中财政资金', '85.5', 'B3'],
      ['other', '其他资金', '0', 'C3'],
    ]);
    expect(f.goals.map((g) => [g.key, g.value?.text])).toEqual([['annual', '2023年完成馆藏档案数字化10万页。']]);
    expect(countsByLevel1(f)).toEqual({ output: 2, satisfaction: 1 });
    expect(f.unplaced).toEqual([]);
  });

  test('绩效目标：…, whose label is also a prefix of a longer goal label, is a goal with its text', () => {
    const tsv = [
      '项目绩效目标表',
      '项目名称：城乡环境卫生整治',
      '绩效目标：全年清运生活垃圾3万吨。',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t垃圾清运量\t≥3万吨',
      '满意度指标\t服务对象满意度指标\t村民满意度\t≥90%',
    ].join('\n');
    const grid = gridFromTsv('t', tsv);
    const [f] = recognize(grid);
    expect(f.goals.map((g) => [g.key, g.label.text, g.value?.text])).toEqual([
      ['overall', '绩效目标', '全年清运生活垃圾3万吨。'],
    ]);
    expect(checkGrids([grid]).findings.map((x) => x.rule)).not.toContain('structure.empty-goal');
  });

  test('绩效目标（中期：2024-2026年） is a label with a note, not a label and its text', () => {
    const tsv = [
      '项目绩效目标表',
      '项目名称\t城乡环境卫生整治',
      '绩效目标（中期：2024-2026年）\t三年清运生活垃圾9万吨。',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t垃圾清运量\t≥3万吨',
    ].join('\n');
    const [f] = recognize(gridFromTsv('t', tsv));
    expect(f.goals.map((g) => g.value?.text)).toEqual(['三年清运生活垃圾9万吨。']);
  });
});

describe('amounts written as text', () => {
  test('“1,003.82” and “25万元” are read as amounts and add up in the checker', () => {
    const tsv = [
      '项目支出绩效目标表',
      '项目名称\t测试',
      '项目资金（万元）\t资金总额\t1,003.82万元',
      '\t财政拨款\t978.82',
      '\t其他资金\t25万元',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t培训人次\t≥100人次',
      '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%',
    ].join('\n');
    const grid = gridFromTsv('t', tsv);
    const [f] = recognize(grid);
    expect(f.funds.map((x) => [x.key, x.amounts['全年']?.text, x.amounts['全年']?.value])).toEqual([
      ['total', '1,003.82万元', 1003.82],
      ['fiscalSubtotal', '978.82', 978.82],
      ['other', '25万元', 25],
    ]);
    expect(checkGrids([grid]).findings.filter((x) => x.rule.startsWith('total.'))).toEqual([]);
    const bad = gridFromTsv('t', tsv.replace('25万元', '35万元'));
    expect(
      checkGrids([bad])
        .findings.filter((x) => x.rule === 'total.sum')
        .map((x) => x.cell),
    ).toEqual(['C3']);
  });
});
