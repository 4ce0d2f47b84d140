/** The value-grammar rules on real cells from the seeds (and samples for ASCII operators / placeholders). */
import { rule as operatorMissing } from '../../src/rules/expr/operator-missing';
import { rule as numberMissing } from '../../src/rules/expr/number-missing';
import { rule as unitMissing } from '../../src/rules/expr/unit-missing';
import { rule as fullwidth } from '../../src/rules/expr/fullwidth';
import { rule as asciiOperator } from '../../src/rules/expr/ascii-operator';
import { rule as approximate } from '../../src/rules/expr/approximate';
import { rule as textAround } from '../../src/rules/expr/text-around';
import { rule as excelSerial } from '../../src/rules/expr/excel-serial';
import { rule as placeholder } from '../../src/rules/expr/placeholder';
import { rule as latex } from '../../src/rules/expr/latex';
import { rule as unknownWord } from '../../src/rules/expr/unknown-word';
import { rule as unparsed } from '../../src/rules/expr/unparsed';
import { rule as chineseNumeral } from '../../src/rules/expr/chinese-numeral';
import { form, table, testRule } from './helpers';
import { rows000, rows002, yanchengProject } from './seed-forms';

testRule(operatorMissing, {
  valid: [
    {
      name: '002 ≤5万元',
      form: rows002(250, [['成本指标', '人均聘用成本', '年内人均发放工资及缴纳保险成本', '≤5万元', '计划标准']]),
    },
    {
      name: '001 时效 2025年12月',
      form: rows000(30, [['产出指标', '时效指标', '业务技能大赛按时举办', '2025年12月', '2023年12月']]),
    },
    {
      name: '04 荣昌: operator in its own 指标性质 column',
      form: form({
        indicators: table({
          cols: ['level1', 'level2', 'level3', 'unit', 'operator', 'value:全年'],
          row: 12,
          rows: [['产出指标', '数量指标', '造林面积', '亩', '≥', '1000']],
        }),
      }),
    },
    { name: 'qualitative 充分', form: rows000(33, [['决策', '项目立项', '立项依据充分性', '充分', '充分']]) },
  ],
  invalid: [
    {
      name: '002 受训人均成本 430 元/人',
      form: rows002(300, [['产出指标', '成本指标', '受训人均成本', '总成本/培训人数', '430 元/人', '计划标准']]),
      cells: ['E300'],
      message: /比较符号/,
    },
    {
      name: '002 租赁部门 4 个',
      form: rows002(280, [['产出 指标', '数量指标', '租赁部门', '租赁办公房屋部门', '4 个', '工作需要']]),
      cells: ['E280'],
    },
    {
      name: '001 网厅办结率 100%',
      form: rows000(20, [['产出指标', '质量指标', '住房公积金网厅办结率', '100%', '100%']]),
      cells: ['D20', 'E20'],
      message: /同一行的E20也是如此/,
    },
    {
      name: '002 时效 宣传期限 1年 (a period needs its operator too)',
      form: rows002(20, [['产出指标', '时效指标', '宣传期限', '1年内完成宣传工作', '1年', '年度计划']]),
      cells: ['E20'],
    },
    {
      name: '003 时效 办理时限 3个工作日',
      form: rows000(68, [['履职', '时效指标', '住房公积金贷款办理时限', '3个工作日', '3个工作日']]),
      cells: ['D68', 'E68'],
    },
    {
      name: 'frequency 每季度1次 (a rate, not text around a value)',
      form: rows000(40, [['产出指标', '时效指标', '督查频次', '每季度1次', '1次/月']]),
      cells: ['D40', 'E40'],
    },
    {
      name: '03 沅州: a number cell 80000 under 数量',
      form: rows000(10, [['产出指标', '数量指标', '实施营造林总面积(亩)', '', '80000']]),
      cells: ['E10'],
    },
  ],
});

testRule(numberMissing, {
  valid: [
    {
      name: '004 =12篇',
      form: rows000(380, [['效益指标', '经济效益', '网站工作动态信息发布', '≥6篇', '=12篇']], 'department'),
    },
  ],
  invalid: [
    {
      name: '004 锡山 =篇',
      form: rows000(380, [['效益指标', '经济效益', '网站工作动态信息发布', '=篇', '=12篇']], 'department'),
      cells: ['D380'],
    },
  ],
});

testRule(unitMissing, {
  valid: [
    {
      name: '001 ≥2个… with unit',
      form: rows000(40, [['产出指标', '数量指标', '举办服务礼仪、业务培训等次数', '≥6次', '≥2次']]),
    },
    {
      name: '06 安溪: unit in the name',
      form: rows000(40, [['产出指标', '数量指标', '新建拦河坝（座）', '≥1', '≥1']]),
    },
    {
      name: 'rate without % is expr.rate-percent’s',
      form: rows000(40, [['产出指标', '质量指标', '验收合格率', '≥95', '≥95']]),
    },
  ],
  invalid: [
    {
      name: '001 改造数 ≥4',
      form: rows000(50, [['产出指标', '数量指标', '县区管理部大厅自助服务区改造数', '≥4', '≥2']]),
      cells: ['D50', 'E50'],
    },
  ],
});

testRule(fullwidth, {
  valid: [
    { name: '004 =100%', form: rows000(110, [['过程', '预算执行', '支付进度符合率', '=100%', '=100%']], 'department') },
  ],
  invalid: [
    {
      name: '003 ＝100% (fix)',
      form: rows000(110, [['过程', '预算执行', '非税收入预算完成率', '＝100%', '＝100%']], 'department'),
      cells: ['D110', 'E110'],
      fixes: { D110: '=100%', E110: '=100%' },
    },
  ],
});

testRule(asciiOperator, {
  valid: [{ name: '≥98%', form: rows000(9, [['产出指标', '质量指标', '验收合格率', '≥98%', '≥98%']]) }],
  invalid: [
    {
      name: '08 南岳 >=98% (fix)',
      form: rows000(9, [['产出指标', '质量指标', '验收合格率', '>=98%', '<=475元/亩']]),
      cells: ['D9', 'E9'],
      fixes: { D9: '≥98%', E9: '≤475元/亩' },
    },
  ],
});

testRule(approximate, {
  valid: [
    { name: '003 ≥85%', form: rows000(200, [['履职', '职能1', '抵押他项权证办结率', '≥85%', '≥90%']], 'department') },
  ],
  invalid: [
    {
      name: '003 个贷率 90%左右',
      form: rows000(190, [['履职', '职能1', '个贷率', '90%左右', '90%左右']], 'department'),
      cells: ['D190', 'E190'],
      message: /约数/,
    },
  ],
});

testRule(textAround, {
  valid: [
    {
      name: '002 ≥90%',
      form: rows002(540, [['满意度指标', '服务对象满意度指标', '群众满意度', '办事群众满意度', '≥90%', '工作计划']]),
    },
  ],
  invalid: [
    {
      name: '002 满意率≥90% (fix)',
      form: rows002(547, [
        ['满意度指标', '服务对象满意度指标', '群众满意度', '办事群众和单位职工满意度', '满意率≥90%', '工作计划'],
      ]),
      cells: ['E547'],
      fixes: { E547: '≥90%' },
    },
  ],
});

testRule(chineseNumeral, {
  valid: [
    { name: '≤2天', form: rows000(60, [['产出指标', '质量指标', '住房公积金贷款短信发送及时性', '≤2天', '≤2天']]) },
  ],
  invalid: [
    {
      name: '≤二天 (fix)',
      form: rows000(60, [['产出指标', '时效指标', '短信发送时限', '≤二天', '≤2天']]),
      cells: ['D60'],
      fixes: { D60: '≤2天' },
    },
  ],
});

testRule(excelSerial, {
  valid: [
    {
      name: '2021年12月31日前',
      form: rows000(70, [['产出指标', '时效指标', '完成时间', '2021年6月30日前', '2021年12月31日前']]),
    },
  ],
  invalid: [
    {
      name: 'leaked serial 44561',
      form: rows000(70, [['产出指标', '时效指标', '完成时间', '2021年6月30日前', '44561']]),
      cells: ['E70'],
    },
  ],
});

testRule(placeholder, {
  valid: [{ name: '≥95%', form: rows000(15, [['产出指标', '质量指标', '验收合格率', '≥95%', '≥95%']]) }],
  invalid: [
    {
      name: '03 原州 ≥**%',
      form: rows000(15, [['产出指标', '质量指标', '验收合格率', '≥**%', '≥95%']]),
      cells: ['D15'],
    },
  ],
});

testRule(latex, {
  valid: [
    { name: '≥85%', form: rows000(70, [['满意度指标', '满意度指标', '住房公积金业务办理满意', '≥85%', '≥85%']]) },
  ],
  invalid: [
    {
      name: '001 $\\geq 85\\%$',
      form: rows000(70, [['满意度指标', '满意度指标', '住房公积金业务办理满意', '$\\geq 85\\%$', '≥85%']]),
      cells: ['D70'],
      fixes: { D70: '≥85%' },
    },
  ],
});

testRule(unknownWord, {
  valid: [{ name: '000: 序时进度 under 过程, 较高/提升 under 效益', form: yanchengProject() }],
  invalid: [
    {
      name: 'odd word under 效益',
      form: rows000(82, [['效益指标', '社会效益指标', '群众咨询问题便捷性', '搞好', '搞好']]),
      cells: ['D82', 'E82'],
    },
  ],
});

testRule(unparsed, {
  valid: [
    {
      name: '002 ≤145.81 万元',
      form: rows002(480, [['成本指标', '采购总成本', '按照文件规定采购限额', '≤145.81 万元', '工作计划']]),
    },
  ],
  invalid: [
    {
      name: '02 昭化: a sentence as the value',
      form: rows002(30, [
        ['项目完成指标', '成本指标', '成本', '', '按照实际发生的费用据实结算，不超过预算批复金额', ''],
      ]),
      cells: ['E30'],
    },
  ],
});
