/** expr.range-operator: a comparison written in front of a range (≥80-90%). */
import { rule as rangeOperator } from '../../src/rules/expr/range-operator';
import { testRule } from './helpers';
import { rows000 } from './seed-forms';

testRule(rangeOperator, {
  valid: [
    { name: 'a range alone', form: rows000(20, [['产出指标', '质量指标', '验收合格率', '80-90%', '85-95%']]) },
    { name: 'a single target', form: rows000(20, [['产出指标', '质量指标', '验收合格率', '≥80%', '≥90%']]) },
    {
      name: 'a qualitative value',
      form: rows000(20, [['效益指标', '社会效益指标', '群众获得感', '明显提升', '明显提升']]),
    },
  ],
  invalid: [
    {
      name: '≥ before a range',
      form: rows000(20, [['产出指标', '质量指标', '验收合格率', '≥80-90%', '85-95%']]),
      cells: ['D20'],
      message: /区间“80%-90%”前不需要比较符号“≥”/,
    },
    {
      name: '≤ before a range with units',
      form: rows000(21, [['产出指标', '成本指标', '人均培训成本', '300-400元/人', '≤300-400元/人']]),
      cells: ['E21'],
      message: /比较符号“≤”/,
    },
  ],
});
