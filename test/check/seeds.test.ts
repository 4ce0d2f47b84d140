/**
 * Golden findings on the seed workbooks (test/fixtures/seed00N.xlsx, built from the seed texts):
 * every defect DOMAIN.md lists is found at its cell, and no other cell gets an error.
 * Reviewed by hand against the seed texts (comments name the seed cell text).
 */
import { join } from 'path';
import { checkGrids } from '../../src/check';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { Finding } from '../../src/model/finding';

interface Golden {
  /** [cell, rule] of each listed defect (any severity). */
  defects: [string, string][];
  /** Every error the checker may raise on this workbook: the listed defects that are certain. */
  errors: [string, string][];
}

const COST_GE_000: [string, string][] = [
  'D41',
  'E41',
  'D43',
  'E43',
  'D44',
  'E44',
  'D46',
  'E46',
  'D52',
  'E52',
  'D53',
  'E53',
].map((c) => [c, 'expr.cost-direction']);

const GOLDEN: Record<string, Golden> = {
  'seed000.xlsx': {
    defects: [
      ['E41', 'expr.cost-direction'], // 全中心物业费总成本 ≥62.01万元
      ['D44', 'expr.vacuous'], // 残疾人就业保障金 ≥0万元
      ['D46', 'expr.vacuous'], // 党建廉政宣传费 ≥0万元
      ['D40', 'consistency.per-unit-periods'], // 视频会议系统服务费月租金 =1.146万元 vs =1.416万元
      ['C36', 'structure.cost-under-process'], // 盐城广播电视台宣传费 under 过程/组织实施
      ['C37', 'structure.cost-under-process'], // 综合服务平台外包人均成本
      ['B56', 'structure.row-shifted'], // 维保维护费用 in the 二级 column
    ],
    errors: COST_GE_000,
  },
  'seed001.xlsx': {
    defects: [
      ['E47', 'expr.unit-missing'], // 县区管理部大厅自助服务区改造数 ≥4
      ['E50', 'expr.text-around'], // 误差不超过二天 (fix ≤2天)
      ['C61', 'structure.unknown-level2'], // 双碳目标
      ['C24', 'structure.empty-level2'], // 经济效益指标 with nothing under it
    ],
    errors: [],
  },
  'seed002.xlsx': {
    defects: [
      ['E229', 'expr.strict-operator'], // 培训天数 <8 天
      ['E233', 'expr.operator-missing'], // 受训人均成本 430 元/人
      ['E188', 'expr.operator-missing'], // 租赁部门 4 个
      ['E436', 'expr.text-around'], // 满意率≥90%
      ['E311', 'expr.vacuous'], // 审计工作完成率 ≥100%
      ['F156', 'structure.value-in-text-column'], // ≥95% in 指标值确定依据
      ['A214', 'structure.missing-satisfaction'], // 营业大厅运转费
      ['A275', 'structure.missing-satisfaction'], // 贷款管理专项经费
      ['E345', 'plan.reaches-full'], // 办公家具: schedule ends at 80%
    ],
    errors: [
      ['A214', 'structure.missing-satisfaction'],
      ['A275', 'structure.missing-satisfaction'],
      ['E345', 'plan.reaches-full'],
    ],
  },
  'seed003.xlsx': {
    defects: [
      ['F58', 'expr.approximate'], // 个贷率 90%左右
      ['F98', 'expr.vacuous'], // 职工政治能力、业务能力双提升培训 ≥0次
      ['F114', 'expr.rate-needs-number'], // 缴存职工满意度 提高
    ],
    errors: [],
  },
  'seed004.xlsx': {
    defects: [
      ['F276', 'total.sum'], // 锡山 项目支出 半年 150 vs lines 139.01
      ['F356', 'total.sum'], // 惠山 项目支出 半年 120 vs lines 201.36
      ['F358', 'total.part-exceeds-total'], // 惠山 办公用房租金 130.83 > 120
      ['F333', 'expr.number-missing'], // 锡山 =篇
      ['B370', 'consistency.goal-year'], // 惠山 年度目标 names 2023 in a 2024 form
      ['A375', 'structure.unknown-level1'], // 惠山 一级 结果
    ],
    errors: [
      ['F276', 'total.sum'],
      ['F356', 'total.sum'],
      ['F358', 'total.part-exceeds-total'],
      ['F333', 'expr.number-missing'],
      ['A375', 'structure.unknown-level1'],
    ],
  },
};

const key = (f: Pick<Finding, 'cell' | 'rule'>) => `${f.cell} ${f.rule}`;
/** A finding names its cell and the cells with the very same slip on its row (Finding.also). */
const keys = (f: Finding) => [f.cell, ...(f.also ?? [])].map((cell) => key({ cell, rule: f.rule }));

describe.each(Object.entries(GOLDEN))('%s', (file, golden) => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = checkGrids(await readWorkbookFile(join(__dirname, '..', 'fixtures', file))).findings;
  });

  test('every listed defect is found at its cell', () => {
    const found = new Set(findings.flatMap(keys));
    const missed = golden.defects.filter(([cell, rule]) => !found.has(key({ cell, rule })));
    expect(missed).toEqual([]);
  });

  test('no other cell gets an error', () => {
    const errors = findings
      .filter((f) => f.severity === 'error')
      .flatMap(keys)
      .sort();
    expect(errors).toEqual(golden.errors.map(([cell, rule]) => key({ cell, rule })).sort());
  });

  test('every finding points at one cell with a zh-CN message', () => {
    for (const f of findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
