/** structure.* rules on real table layouts (000, 001, 002, 003, 004). */
import { rule as unknownLevel1 } from '../../src/rules/structure/unknown-level1';
import { rule as unknownLevel2 } from '../../src/rules/structure/unknown-level2';
import { rule as level3Missing } from '../../src/rules/structure/level3-missing';
import { rule as rowShifted } from '../../src/rules/structure/row-shifted';
import { rule as level2InLevel3 } from '../../src/rules/structure/level2-in-level3';
import { rule as emptyLevel2 } from '../../src/rules/structure/empty-level2';
import { rule as costUnderProcess } from '../../src/rules/structure/cost-under-process';
import { rule as missingStandard } from '../../src/rules/structure/missing-standard';
import { rule as missingSatisfaction } from '../../src/rules/structure/missing-satisfaction';
import { rule as emptySatisfaction } from '../../src/rules/structure/empty-satisfaction';
import { rule as duplicateName } from '../../src/rules/structure/duplicate-name';
import { rule as valueInTextColumn } from '../../src/rules/structure/value-in-text-column';
import { rule as emptyGoal } from '../../src/rules/structure/empty-goal';
import { rule as outputCoreMissing } from '../../src/rules/structure/output-core-missing';
import { rule as valueMissing } from '../../src/rules/structure/value-missing';
import { rule as unplaced } from '../../src/rules/structure/unplaced';
import { PROJECT_COMMON, DEPARTMENT_COMMON } from './standard-sets';
import type { Form } from '../../src/model/form';
import { cell, form, goal, runRule, table, testRule } from './helpers';
import { rows000, rows002, yanchengProject, yanchengProjectRows } from './seed-forms';

const department = (row: number, rows: string[][]) => rows000(row, rows, 'department');

/** A clean form built from a standard set: what the templates insert. */
function fromSet(set: typeof PROJECT_COMMON, drop: string[] = []): Form {
  const names: Record<string, string> = { decision: '决策', process: '过程' };
  let l1 = '';
  let l2 = '';
  const rows = set.items
    .filter((i) => !drop.includes(i.level3))
    .map((i) => {
      const r = [
        names[i.level1] === l1 ? '' : names[i.level1],
        i.level2 === l2 ? '' : i.level2,
        i.level3,
        i.value,
        i.value,
      ];
      l1 = names[i.level1];
      l2 = i.level2;
      return r;
    });
  return rows000(20, rows, set.kind);
}

testRule(unknownLevel1, {
  valid: [{ name: '000 whole table', form: yanchengProject() }],
  invalid: [
    {
      name: '004 惠山 结果',
      form: department(375, [
        ['结果', '目标设定', '绩效指标明确性', '明确', '明确'],
        ['', '', '预算编制科学性', '科学', '科学'],
      ]),
      cells: ['A375'],
      message: /结果/,
    },
  ],
});

testRule(unknownLevel2, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '004 履职: duties are free text',
      form: department(60, [
        ['履职', '编制执行住房公积金的归集、使用计划', '归集住房公积金金额', '=70亿元', '=149亿元'],
      ]),
    },
  ],
  invalid: [
    {
      name: '001 双碳目标',
      form: rows000(61, [['效益指标', '双碳目标', '住房公积金帐户变动个人知晓', '100%', '100%']]),
      cells: ['B61'],
    },
  ],
});

testRule(level3Missing, {
  valid: [
    {
      name: '000 table with 维保维护费用 repaired',
      form: yanchengProject(
        yanchengProjectRows().map((r) => (r[1] === '维保维护费用' ? ['', '', r[1], r[3], r[4]] : r)),
      ),
    },
  ],
  invalid: [
    {
      name: 'values under a known 二级 without a name',
      form: rows000(70, [['产出指标', '数量指标', '', '≥5次', '≥10次']]),
      cells: ['D70'],
    },
  ],
});

// The recognizer repairs a shifted row: the name stays where it was written (B56), the table says C.
const shifted = form({
  indicators: [
    ...table({
      cols: ['level1', 'level2', 'level3', 'value:半年', 'value:全年'],
      row: 55,
      rows: [['产出指标', '成本指标', '法律顾问业务咨询费用', '≤10万元', '≤20.3万元']],
    }),
    {
      row: 56,
      block: null,
      level1: null,
      level2: null,
      level3: cell('B56', '维保维护费用'),
      values: { 半年: cell('C56', '≤20万元'), 全年: cell('D56', '≤54.95万元') },
    },
  ],
  roles: ['level1', 'level2', 'level3', 'value', 'value'],
});
const repaired = () =>
  yanchengProject(yanchengProjectRows().map((r) => (r[1] === '维保维护费用' ? ['', '', r[1], r[3], r[4]] : r)));

testRule(rowShifted, {
  valid: [
    { name: '000 table with 维保维护费用 in its place', form: repaired() },
    {
      name: '001 双碳目标: an odd 二级 beside a real 三级 is not a shift',
      form: rows000(61, [['效益指标', '双碳目标', '公积金业务无纸化办理率', '≥80%', '≥80%']]),
    },
  ],
  invalid: [
    {
      name: '000 维保维护费用 (B56, repaired by the recognizer)',
      form: shifted,
      cells: ['B56'],
      message: /二级指标列/,
    },
    {
      name: '000 维保维护费用 in the 二级 column, values in place',
      form: rows000(63, [
        ['产出指标', '成本指标', '法律顾问业务咨询费用', '≤10万元', '≤20.3万元'],
        ['', '维保维护费用', '', '≤20万元', '≤54.95万元'],
      ]),
      cells: ['B64'],
    },
    {
      name: '000 as extracted: name in 二级, values slid one column left',
      form: rows000(63, [
        ['产出指标', '成本指标', '法律顾问业务咨询费用', '≤10万元', '≤20.3万元'],
        ['', '维保维护费用', '≤20万元', '≤54.95万元', ''],
      ]),
      cells: ['B64'],
      message: /整行错位/,
    },
    { name: '000 whole table as printed', form: yanchengProject(), cells: ['B64'] },
  ],
});

describe('structure.row-shifted: the fix moves the row back', () => {
  const fixOf = (f: Form) => runRule(rowShifted, f).map((x) => x.fix);
  /** 000's table is five columns wide (A–E). */
  const five = (f: Form): Form => ({ ...f, tables: [{ ...f.tables[0], range: 'A60:E70' }] });

  test('000 as extracted: name in B, values slid left → the whole row one column right, as one fix', () => {
    const f = five(rows000(64, [['', '维保维护费用', '≤20万元', '≤54.95万元', '']]));
    expect(fixOf(f)).toEqual([
      {
        cell: 'C64',
        text: '维保维护费用',
        more: [
          { cell: 'B64', text: '' },
          { cell: 'D64', text: '≤20万元' },
          { cell: 'E64', text: '≤54.95万元' },
        ],
        summary: '把第64行整行右移一列',
      },
    ]);
  });

  test('only the name slipped (values in place) → the name alone moves to the 三级 column', () => {
    const f = five(rows000(64, [['', '维保维护费用', '', '≤20万元', '≤54.95万元']]));
    expect(fixOf(f)).toEqual([
      {
        cell: 'C64',
        text: '维保维护费用',
        more: [{ cell: 'B64', text: '' }],
        summary: '把“维保维护费用”移到三级指标列（C64）',
      },
    ]);
  });

  test('a move that would push a filled cell off the table has no fix (the finding stays)', () => {
    const f = five(rows000(64, [['', '维保维护费用', '≤20万元', '≤54.95万元', '见说明']]));
    const found = runRule(rowShifted, f);
    expect(found.map((x) => x.cell)).toEqual(['B64']);
    expect(found[0].fix).toBeUndefined();
  });
});

testRule(level2InLevel3, {
  valid: [
    { name: '004 预算管理 as 二级', form: department(386, [['过程', '预算管理', '资金使用合规性', '合规', '合规']]) },
  ],
  invalid: [
    {
      name: '004 惠山 预算管理 in the 三级 column',
      form: department(385, [
        ['过程', '预算执行', '非税收入预算完成率', '≥100%', '≥100%'],
        ['', '', '预算管理', '', ''],
      ]),
      cells: ['C386'],
    },
  ],
});

testRule(emptyLevel2, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '004 empty 服务对象满意度 is empty-satisfaction’s',
      form: department(99, [['满意度指标', '服务对象满意度', '', '', '']]),
    },
  ],
  invalid: [
    {
      name: '001 经济效益指标 / 生态效益指标',
      form: rows000(24, [
        ['效益指标', '经济效益指标', '', '', ''],
        ['', '社会效益指标', '探索实践周六“延时服务”“预约服务”次数', '≥300笔', '≥100笔'],
        ['', '生态效益指标', '', '', ''],
      ]),
      cells: ['B24'],
      message: /“经济效益指标”、“生态效益指标”/,
    },
  ],
});

testRule(costUnderProcess, {
  valid: [
    {
      name: '004 公用经费控制率 ≤100% under 过程',
      form: department(100, [['过程', '预算执行', '公用经费控制率', '≤100%', '≤100%']]),
    },
    {
      name: '000 成本 rows under 产出',
      form: rows000(46, [['产出指标', '成本指标', '监控外包服务费月租金', '=1.29万元', '=1.29万元']]),
    },
  ],
  invalid: [
    {
      name: '000 宣传费 and 人均成本 under 过程/组织实施',
      form: rows000(42, [
        ['过程', '组织实施', '管理制度健全性', '健全', '健全'],
        ['', '', '制度执行有效性', '有效', '有效'],
        ['', '', '盐城广播电视台宣传费', '=15万元', '=60万元'],
        ['', '', '综合服务平台外包人均成本', '=6.03万元/年', '=6.03万元/年'],
      ]),
      cells: ['C44', 'C45'],
    },
  ],
});

testRule(missingStandard, {
  valid: [
    { name: 'clean project set', form: fromSet(PROJECT_COMMON) },
    { name: 'clean department set', form: fromSet(DEPARTMENT_COMMON) },
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '002-style form without 决策/过程',
      form: rows002(20, [['产出指标', '数量指标', '业务工作内容宣传次数', '', '≥3次', '上年标准']]),
    },
    {
      name: '004 江阴 typo 组织建设及时性完成率 counts as present',
      form: department(20, [
        ...fromSetRows(DEPARTMENT_COMMON, ['组织建设工作及时完成率']),
        ['', '', '组织建设及时性完成率', '=100%', '=100%'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'department set without 预算管理制度健全性 (004 惠山)',
      form: fromSet(DEPARTMENT_COMMON, ['预算管理制度健全性']),
      cells: ['B34'],
      message: /预算管理制度健全性/,
    },
    { name: 'project set without 资金分配合理性', form: fromSet(PROJECT_COMMON, ['资金分配合理性']), cells: ['B24'] },
  ],
});

function fromSetRows(set: typeof PROJECT_COMMON, drop: string[]): string[][] {
  return fromSet(set, drop).indicators.map((n) => [
    n.level1 && n.level1.cell.address.endsWith(String(n.row)) ? n.level1.text : '',
    n.level2 && n.level2.cell.address.endsWith(String(n.row)) ? n.level2.text : '',
    n.level3?.text ?? '',
    n.values['半年']?.text ?? '',
    n.values['全年']?.text ?? '',
  ]);
}

testRule(missingSatisfaction, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: 'truncated before 效益 (03 原州)',
      form: rows002(10, [['产出指标', '数量指标', '土地整治面积', '', '80000', '']]),
    },
  ],
  invalid: [
    {
      name: '002 营业大厅运转费: no 满意度',
      form: rows002(208, [
        ['产出指标', '数量指标', '费用类别', '', '3项', '工作计划'],
        ['效果指标', '经济效益指标', '', '', '', ''],
        ['', '社会效益指标', '提高工作效率', '', '明显提高', '上年标准'],
        ['', '生态效益指标', '', '', '', ''],
        ['', '可持续性影响', '', '', '', ''],
      ]),
      cells: ['A209'],
    },
  ],
});

testRule(emptySatisfaction, {
  valid: [
    {
      name: '004 宜兴 客户满意度',
      form: department(300, [['满意度指标', '服务对象满意度', '客户满意度', '≥95%', '≥95%']]),
    },
  ],
  invalid: [
    {
      name: '004 本级: empty 服务对象满意度',
      form: department(99, [['满意度指标', '服务对象满意度', '', '', '']]),
      cells: ['B99'],
    },
  ],
});

testRule(duplicateName, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '001 中期/年度 blocks repeat names',
      form: form({
        indicators: [
          ...table({
            cols: ['level1', 'level2', 'level3', 'value:中期'],
            row: 12,
            col: 'B',
            block: '中期',
            rows: [['产出指标', '数量指标', '举办服务礼仪、业务培训等次数', '≥6次']],
          }),
          ...table({
            cols: ['level2', 'level3', 'value:年度'],
            row: 12,
            col: 'F',
            block: '年度',
            rows: [['数量指标', '举办服务礼仪、业务培训等次数', '≥2次']],
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'same name twice',
      form: rows000(66, [
        ['产出指标', '质量指标', '住房公积金网厅办结率', '=100%', '=100%'],
        ['', '时效指标', '住房公积金网厅办结率', '=100%', '=100%'],
      ]),
      cells: ['C67'],
    },
  ],
});

testRule(valueInTextColumn, {
  valid: [
    {
      name: '002 宣传费 依据 上年标准',
      form: rows002(108, [['产出指标', '质量指标', '宣传工作完成率', '实际完成金额/计划完成金额', '≥90%', '上年标准']]),
    },
    {
      name: '002 description with a number in a sentence',
      form: rows002(276, [
        ['效果指标', '社会效益指标', '降低逾期率', '零逾期率的营业部（管理部）达到 60% 以上', '明显降低', '工作计划'],
      ]),
    },
  ],
  invalid: [
    {
      name: '002 预留奖励: ≥95% in 依据',
      form: rows002(156, [['满意度指标', '服务对象满意度指标', '职工满意度', '单位职工满意度', '≥90%', '≥95%']]),
      cells: ['F156'],
    },
  ],
});

testRule(emptyGoal, {
  valid: [
    {
      name: '004 年度目标 written',
      form: form({ goals: [goal('annual', 'B38', '年度目标', 'C38', '2024年市本级计划归集住房公积金149亿元')] }),
    },
    {
      name: '002 目标1 written, 目标3 blank',
      form: form({
        goals: [
          goal('overall', 'B125', '目标 1', 'C125', '网络安全及无信息泄漏。'),
          goal('overall', 'B127', '目标 3', 'C127', ''),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'empty 年度目标',
      form: form({
        goals: [goal('longTerm', 'A22', '中长期目标', 'B22', '……'), goal('annual', 'A23', '年度目标', 'B23', ' ')],
      }),
      cells: ['B23'],
    },
  ],
});

testRule(outputCoreMissing, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '004 department without 产出',
      form: department(60, [['履职', '编制收支计划', '编制收支计划份数', '=1份', '=1份']]),
    },
  ],
  invalid: [
    {
      name: '产出 with 数量 and 成本 only',
      form: rows000(10, [
        ['产出指标', '数量指标', '培训人数', '≥40人', '≥40人'],
        ['', '成本指标', '培训费', '≤5万元', '≤10万元'],
      ]),
      cells: ['A10'],
      message: /缺少质量指标、时效指标/,
    },
  ],
});

testRule(valueMissing, {
  valid: [{ name: '000 whole table', form: yanchengProject() }],
  invalid: [
    {
      name: 'named indicator without value',
      form: rows000(80, [['效益指标', '社会效益指标', '群众咨询问题便捷性', '', '']]),
      cells: ['D80'],
    },
  ],
});

testRule(unplaced, {
  valid: [{ name: 'nothing unplaced', form: yanchengProject() }],
  invalid: [{ name: '004 锡山 stray 0', form: form({ unplaced: [cell('G269', '0')] }), cells: ['G269'] }],
});
