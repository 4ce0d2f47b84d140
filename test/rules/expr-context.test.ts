/** Value rules that need the indicator: rates, costs, vacuous targets, expectations, units. */
import { rule as rateNeedsNumber } from '../../src/rules/expr/rate-needs-number';
import { rule as ratePercent } from '../../src/rules/expr/rate-percent';
import { rule as costDirection } from '../../src/rules/expr/cost-direction';
import { rule as vacuous } from '../../src/rules/expr/vacuous';
import { rule as numberExpected } from '../../src/rules/expr/number-expected';
import { rule as wordExpected } from '../../src/rules/expr/word-expected';
import { rule as unitContradiction } from '../../src/rules/expr/unit-contradiction';
import { rule as yesNo } from '../../src/rules/expr/yes-no';
import { form, table, testRule } from './helpers';
import { rows000, rows002, yanchengProject, yanchengProjectRows } from './seed-forms';

const department = (row: number, rows: string[][]) => rows000(row, rows, 'department');

testRule(rateNeedsNumber, {
  valid: [
    {
      name: '000 资金到位率 序时进度 (过程)',
      form: rows000(39, [['过程', '资金管理', '资金到位率', '序时进度', '100%']]),
    },
    {
      name: '000 效益 较高/提升 (not rates)',
      form: rows000(81, [
        ['效益指标', '社会效益指标', '对提升部门形象的持续影响程度', '较高', '较高'],
        ['', '', '住房公积金宣传力度', '提升', '提升'],
      ]),
    },
    {
      name: '002 业务办理效率 ≥95% (效率 is not a rate)',
      form: rows002(212, [['效果指标', '社会效益指标', '提高工作效率', '提高办公效率', '明显提高', '上年标准']]),
    },
    {
      name: '003 信访投诉处理率 ＝100%',
      form: department(300, [['履职', '职能4', '信访投诉处理率', '＝100%', '＝100%']]),
    },
  ],
  invalid: [
    {
      name: '003 满意度 提高',
      form: department(470, [
        ['满意度', '服务对象满意度', '在线回复满意率', '≥95%', '≥95%'],
        ['', '', '缴存职工满意度', '提高', '提高'],
      ]),
      cells: ['D471', 'E471'],
      message: /比率/,
    },
    { name: '000 满意度 提高', form: rows000(87, yanchengProjectRows().slice(-3)), cells: ['D89', 'E89'] },
  ],
});

testRule(ratePercent, {
  valid: [{ name: '≥95%', form: rows000(74, [['产出指标', '质量指标', '12345平台工单办结率', '=100%', '=100%']]) }],
  invalid: [
    {
      name: '≥95 on a rate (fix)',
      form: rows000(74, [['产出指标', '质量指标', '验收合格率', '≥95', '=100']]),
      cells: ['D74', 'E74'],
      fixes: { D74: '≥95%', E74: '=100%' },
    },
    {
      name: '0.95: no certain fix',
      form: rows000(74, [['产出指标', '质量指标', '验收合格率', '≥0.95', '≥0.95']]),
      cells: ['D74', 'E74'],
      fixes: {},
    },
  ],
});

testRule(costDirection, {
  valid: [
    {
      name: '001 成本 ≤70.26万元',
      form: rows000(20, [['产出指标', '成本指标', '市本级及管理部业务开展经费', '≤70.26万元', '≤23.42万元']]),
    },
    {
      name: '000 =45万元 and ≤19万元',
      form: rows000(55, [
        ['产出指标', '成本指标', '盐阜大众报宣传费', '=10万元', '=45万元'],
        ['', '', '管理部业务用房租赁费用', '≤5万元', '≤19万元'],
      ]),
    },
    {
      name: '003 履职 新市民专项资金补贴金额 ≥1200万元 (not a cost row)',
      form: department(200, [['履职', '职能1', '2022年“新市民”专项资金补贴金额', '≥600万元', '≥1200万元']]),
    },
    {
      name: '效益 职工节约利息支出 ≥3000万元',
      form: department(460, [['效益', '社会效益', '职工通过公积金贷款节约利息支出', '≥1500万元', '≥3000万元']]),
    },
    { name: '成本 rate ≥90%', form: rows000(20, [['产出指标', '成本指标', '成本控制率', '≥90%', '≥90%']]) },
  ],
  invalid: [
    {
      name: '000 物业费总成本 ≥20万元/≥62.01万元',
      form: rows000(49, [['产出指标', '成本指标', '全中心物业费总成本（含各管理部）', '≥20万元', '≥62.01万元']]),
      cells: ['D49', 'E49'],
      message: /成本/,
    },
    {
      name: '000 残疾人就业保障金 ≥0万元 under 成本',
      form: rows000(52, [['产出指标', '成本指标', '残疾人就业保障金', '≥0万元', '≥5万元']]),
      cells: ['D52', 'E52'],
    },
    {
      name: '成本 as 一级 (05 奉节)',
      form: rows000(12, [['成本指标', '经济成本指标', '设备采购成本', '>10万元', '>10万元']]),
      cells: ['D12', 'E12'],
    },
  ],
});

testRule(vacuous, {
  valid: [
    {
      name: '004 standard 过程 set (≥100% revenue, ≤100% control, ≤0% change)',
      form: department(100, [
        ['过程', '预算执行', '公用经费控制率', '≤100%', '≤100%'],
        ['', '', '“三公经费”变动率', '≤0%', '≤0%'],
        ['', '', '非税收入预算完成率', '≥100%', '≥100%'],
        ['', '', '预算调整率', '=0%', '=0%'],
      ]),
    },
    {
      name: '000 现代快报宣传费 =0万元',
      form: rows000(59, [['产出指标', '成本指标', '现代快报宣传费', '=0万元', '=10万元']]),
    },
    {
      name: '003 服务场所事故率 =0次',
      form: department(450, [['效益', '社会效益', '服务场所事故率', '＝0次', '＝0次']]),
    },
  ],
  invalid: [
    {
      name: '000 ≥0万元',
      form: rows000(52, [['产出指标', '成本指标', '残疾人就业保障金', '≥0万元', '≥5万元']]),
      cells: ['D52'],
    },
    {
      name: '003 ≥0次',
      form: department(420, [['履职', '职能6', '职工政治能力、业务能力双提升培训', '≥0次', '≥1次']]),
      cells: ['D420'],
    },
    {
      name: '002 审计工作完成率 ≥100%',
      form: rows002(420, [
        ['产出指标', '质量指标', '审计工作完成率', '业务审计和管理费用审计完成率', '≥100%', '上年标准'],
      ]),
      cells: ['E420'],
      message: /100%/,
    },
    {
      name: '合格率 ≤100%',
      form: rows002(421, [['产出指标', '质量指标', '验收合格率', '', '≤100%', '']]),
      cells: ['E421'],
    },
  ],
});

testRule(numberExpected, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '002 社会效益 明显扩大',
      form: rows002(190, [
        ['效果指标', '社会效益指标', '扩大知名度', '扩大单位知名度和影响力', '明显扩大', '年度计划'],
      ]),
    },
    { name: '社会成本 qualitative', form: rows000(12, [['成本指标', '社会成本指标', '对周边居民影响', '无', '无']]) },
  ],
  invalid: [
    {
      name: '数量 较多',
      form: rows002(180, [['产出指标', '数量指标', '宣传次数', '', '较多', '上年标准']]),
      cells: ['E180'],
    },
    {
      name: '成本 控制在预算内',
      form: rows002(185, [['产出指标', '成本指标', '制作成本', '', '严格控制', '']]),
      cells: ['E185'],
    },
  ],
});

testRule(wordExpected, {
  valid: [
    {
      name: '000 物业服务完成及时性 及时',
      form: rows000(79, [['产出指标', '时效指标', '物业服务完成及时性', '及时', '及时']]),
    },
  ],
  invalid: [
    {
      name: '002 付款及时性 ≥95%',
      form: rows002(212, [['产出指标', '时效指标', '付款及时性', '业务畅通连续按照合同付款', '≥95%', '签约合同']]),
      cells: ['E212'],
    },
  ],
});

testRule(unitContradiction, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '000 处理时限 ≤5工作日',
      form: rows000(77, [['产出指标', '时效指标', '投诉率工单处理时限', '≤5工作日', '≤5工作日']]),
    },
  ],
  invalid: [
    {
      name: 'rate in 万元',
      form: rows000(40, [['过程', '资金管理', '预算执行率', '=28.8万元', '=100%']]),
      cells: ['D40'],
    },
    {
      name: '01 临沂: a percentage under 成本指标',
      form: rows000(13, [['产出值', '成本指标', '设备维护成本', '≤100%', '≤100%']]),
      cells: ['D13', 'E13'],
      message: /成本/,
    },
  ],
});

describe('expr.yes-no', () => {
  const linhai = (value: string) =>
    form({
      indicators: table({
        cols: ['level1', 'level2', 'value:全年'],
        row: 15,
        col: 'A',
        rows: [['效益指标', '社会效益指标', value]],
      }),
    });
  testRule(yesNo, {
    valid: [
      { name: '明显改善', form: linhai('明显改善') },
      { name: '≥95%', form: linhai('≥95%') },
      { name: '是否 inside a longer word is not this rule', form: linhai('有效') },
    ],
    invalid: [
      { name: '临海 是', form: linhai('是'), cells: ['C15'] },
      { name: '有', form: linhai('有'), cells: ['C15'] },
    ],
  });
});
