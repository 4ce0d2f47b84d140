import { PartBuilder, span, type In, type Part } from './part';
import { UNITS_004, type Unit004 } from './seed004.data';

/**
 * Seed 004: 无锡市市级部门整体预算绩效目标表 2024, five units stacked on one sheet (本级, 江阴, 宜兴, 锡山,
 * 惠山), rebuilt from seed text 004_7a26603ce6f60e83.txt.
 *
 * Grid: 7 columns A–G, the 履职 layout 一级 / 二级 (职能) / 重点工作 / 对应项目 / 三级 / 半年指标值 / 全年指标值;
 * the 决策/过程 and 效益/满意度 tables write 三级 in C:E (merged) so values stay in F/G, and each table
 * repeats its header row (as the seed does). Header: 单位名称 | B:G. Funds: A 部门整体资金（万元）, B 收入/支出,
 * labels in C:E (财政拨款 in C over its sub-rows in D:E), amounts in G (收入) and F/G (支出: 半年/全年); each
 * project line under 项目支出 on its own row (the extraction shifts some of them left). Goals: label in A,
 * text in B:G.
 * Rebuilt from extraction shifts: 本级's 人员管理 label is printed one row below its first row (page break),
 * 江阴's 在职人员控制率 and 机构建设 rows, 宜兴's 履职 rows, 惠山's 预算管理 rows.
 * Kept as in the seed: labels (政府性基金, 国有资本金, 社保基金, `全年 预算数`, `半年 计划执行数`), 锡山's
 * unlabeled 0 row under 财政拨款, the item sums that do not match 项目支出 (锡山 half-year 139.01 vs 150,
 * 惠山 201.36 vs 120 with 办公用房租金 130.83 alone), `=篇`, `≥0.7万`, 惠山's 年度目标 naming 2023, 惠山's table
 * with 一级 `结果`, 目标设定 twice, 过程 twice, 预算调整率 under 预算编制 and a 预算管理 row with no 三级
 * (预算管理制度健全性 missing), 组织建设工作及完成率 / 组织建设及时性完成率 spellings, empty 二级 rows
 * (经济效益, 生态效益 …) and empty 服务对象满意度 rows.
 */

function unit(u: Unit004): Part {
  const b = new PartBuilder(`004 部门 ${u.name}`, 'department', 7);
  b.title('无锡市市级部门整体预算绩效目标表');
  b.title('2024年度');
  b.block();
  b.row('单位名称', span(u.name, 6));
  b.row('单位主要职能', span(u.duties, 6));
  b.row('机构设置及人员配置', span(u.org, 6));

  b.block();
  const funds = b.row('部门整体资金（万元）', '收入', span(null, 4), u.incomeHead);
  b.row(null, null, span('资金总额', 4), u.total);
  const grant = b.row(null, null, '财政拨款', span('小计', 3), u.total);
  b.row(null, null, null, span('一般公共预算资金', 3), u.total);
  b.row(null, null, null, span('政府性基金', 3), 0);
  b.row(null, null, null, span('财政专户管理资金', 3), 0);
  if (u.blankGrantRow) b.row(null, null, null, span(null, 3), 0);
  b.down(2, grant, b.next - 1);
  b.row(null, null, span('国有资本金', 4), 0);
  b.row(null, null, span('社保基金', 4), 0);
  b.row(null, null, span('上年结转资金', 4), 0);
  const income = b.row(null, null, span('其他资金', 4), 0);
  b.down(1, funds, income);
  const spend = b.row(null, '支出', span(null, 3), u.spendHeads[0], u.spendHeads[1]);
  b.row(null, null, span('基本支出', 3), u.basic[0], u.basic[1]);
  b.row(null, null, span('项目支出', 3), u.project[0], u.project[1]);
  for (const [name, half, full] of u.items) b.row(null, null, span(name, 3), half, full);
  b.down(1, spend, b.next - 1);
  b.down(0, funds, b.next - 1);

  b.block();
  b.row('中长期目标', span(u.goalLong, 6));
  b.row('年度目标', span(u.goalYear, 6));

  const five = (r: string[]): In[] => [r[0], r[1], span(r[2], 3), r[3], r[4]];
  b.block();
  b.row('一级指标', '二级指标', span('三级指标', 3), '半年指标值', '全年指标值');
  b.tree([[0, 1]], u.standard.map(five));

  b.block();
  b.row('一级指标', '二级指标', '重点工作', '对应项目', '三级指标', '半年指标值', '全年指标值');
  b.tree(
    [
      [0, 1, 2],
      [0, 1, 3],
    ],
    u.duties2,
  );

  b.block();
  b.row('一级指标', '二级指标', span('三级指标', 3), '半年指标值', '全年指标值');
  b.tree([[0, 1]], u.effects.map(five));
  return b.build();
}

export function seed004(): Part[] {
  return UNITS_004.map((u) => unit(u));
}
