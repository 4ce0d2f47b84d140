import { makeGrid } from '../src/core/grid';
import type { CellValue, Grid } from '../src/model/grid';

const GROUPS: [string, string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥500人次', '≥1000人次'],
  ['产出指标', '质量指标', '验收合格率', '≥95%', '≥95%'],
  ['产出指标', '时效指标', '完成时间', '≤6月', '≤12月'],
  ['产出指标', '成本指标', '人均培训成本', '≤400元/人*天', '≤400元/人*天'],
  ['效益指标', '社会效益指标', '服务水平', '提升', '提升'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '≥90%'],
];

/**
 * A project form with `rows` indicator rows (labels written once per group, the way forms are filled),
 * for benchmarks and scale tests.
 */
export function syntheticForm(rows: number): Grid {
  const out: CellValue[][] = [
    ['某市市本级项目预算绩效目标表'],
    ['2024年度'],
    ['项目名称', '合成测试项目', '主管部门', '某局'],
    ['项目资金(万元)', '收入', null, '全年预算数'],
    [null, '资金总额', null, 1000],
    [null, '财政拨款', '小计', 1000],
    ['年度目标', '完成年度工作任务。'],
    ['一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值'],
  ];
  const per = Math.max(1, Math.floor(rows / GROUPS.length));
  for (let i = 0; i < rows; i++) {
    const g = Math.min(GROUPS.length - 1, Math.floor(i / per));
    const [l1, l2, name, half, full] = GROUPS[g];
    const firstOfGroup = i === 0 || Math.floor((i - 1) / per) !== g || (i >= per * GROUPS.length && false);
    const firstOfL1 = firstOfGroup && (g === 0 || GROUPS[g - 1][0] !== l1);
    out.push([firstOfL1 ? l1 : null, firstOfGroup ? l2 : null, `${name}${i + 1}`, half, full]);
  }
  return makeGrid('合成', out);
}
