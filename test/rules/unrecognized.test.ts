/**
 * structure.unrecognized: a part that looks like a form's but could not be read is named once at its
 * first cell. The recognizer side on sheets typed in code (a heading whose rows are typed as sentences,
 * a title over an unknown heading, a funds amount in words); the rule on forms built by hand.
 */
import { checkGrids } from '../../src/check';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import { recognize } from '../../src/layout/recognize';
import { rule } from '../../src/rules/structure/unrecognized';
import { cell, form, testRule } from './helpers';

const sheet = (lines: string[][]) => gridFromTsv('表1', lines.map((l) => l.join('\t')).join('\n'));
const TITLE = ['2024年项目支出绩效目标表'];
const HEADING = ['一级指标', '二级指标', '三级指标', '指标值'];
const ROWS = [
  ['产出指标', '数量指标', '完成道路改造', '≥12公里'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];
const unrecognizedOf = (lines: string[][]) => checkGrids([sheet(lines)]).findings.filter((f) => f.rule === rule.id);

describe('the recognizer names what it could not read', () => {
  test('a heading whose rows are sentences typed from column A: the form is not silently empty', () => {
    const lines = [TITLE, ['项目名称', '某项目'], ['', ...HEADING], ['产出指标：完成道路改造12公里；验收合格率100%']];
    const [f] = recognize(sheet(lines));
    expect(f.indicators).toEqual([]);
    expect(f.unrecognized?.map((u) => [u.part, u.cell.address, u.found])).toEqual([
      ['table', 'B3', '产出指标：完成道路改造12公里；验收合格率100%'],
    ]);
    const found = unrecognizedOf(lines);
    expect(found.map((x) => [x.cell, x.severity])).toEqual([['B3', 'warning']]);
    expect(found[0].message).toContain('没有读出任何指标');
  });

  test('a blank template (nothing under the heading) is an empty form, not an unreadable one', () => {
    expect(recognize(sheet([TITLE, ['项目名称', '某项目'], HEADING]))[0].unrecognized).toBeUndefined();
    // the next block right under the heading is that block, not the table
    const goals = recognize(sheet([TITLE, HEADING, ['年度目标', '完成道路改造12公里']]));
    expect(goals[0].unrecognized).toBeUndefined();
  });

  test('a title over a heading nobody reads, on a sheet with another form: named at the title', () => {
    const lines = [
      TITLE,
      ['项目名称', '项目甲'],
      ['考核内容', '指标名称', '目标'],
      ['产出', '完成改造', '12处'],
      [],
      TITLE,
      ['项目名称', '项目乙'],
      HEADING,
      ...ROWS,
    ];
    const forms = recognize(sheet(lines));
    expect(forms.map((f) => f.name)).toEqual(['项目乙']);
    expect(forms[0].unrecognized?.map((u) => [u.part, u.cell.address, u.found])).toEqual([['title', 'A1', '指标名称']]);
    expect(unrecognizedOf(lines).map((x) => x.cell)).toEqual(['A1']);
  });

  test('a title over text with no indicator words (a document title, a notes page) is not named', () => {
    const lines = [
      ['2024年部门预算绩效目标表'],
      ['说明：本表根据部门职责和年度工作计划编制，报同级财政部门审核。'],
      [],
      TITLE,
      ['项目名称', '项目乙'],
      HEADING,
      ...ROWS,
    ];
    expect(recognize(sheet(lines))[0].unrecognized).toBeUndefined();
  });

  test('a funds amount written in words: named at its label, no longer an unplaced cell', () => {
    const lines = [TITLE, ['项目名称', '某项目'], ['资金总额（万元）', '约八百万'], HEADING, ...ROWS];
    const [f] = recognize(sheet(lines));
    expect(f.unrecognized?.map((u) => [u.part, u.cell.address, u.found])).toEqual([['funds', 'A3', '约八百万']]);
    expect(f.unplaced).toEqual([]);
    expect(unrecognizedOf(lines).map((x) => x.message)).toEqual(['“资金总额（万元）”的金额“约八百万”读不出数字。']);
    // a number is read, and a blank amount is an unfilled form, not an unreadable one
    expect(recognize(sheet([TITLE, ['资金总额（万元）', '800'], HEADING, ...ROWS]))[0].unrecognized).toBeUndefined();
    expect(recognize(sheet([TITLE, ['资金总额（万元）'], HEADING, ...ROWS]))[0].unrecognized).toBeUndefined();
  });
});

testRule(rule, {
  valid: [{ name: 'every part read', form: form({}) }],
  invalid: [
    {
      name: 'an indicator heading that read nothing',
      form: form({ unrecognized: [{ part: 'table', cell: cell('B5', '一级指标'), found: '产出：…' }] }),
      cells: ['B5'],
      message: /没有读出任何指标/,
    },
    {
      name: 'a title with no table and a funds amount in words: one finding each',
      form: form({
        unrecognized: [
          { part: 'title', cell: cell('A1', '2024年项目支出绩效目标表'), found: '指标名称' },
          { part: 'funds', cell: cell('A3', '资金总额'), found: '约八百万' },
        ],
      }),
      cells: ['A1', 'A3'],
    },
  ],
});
