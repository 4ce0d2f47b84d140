import { rule as sumRule } from '../../src/rules/total/sum';
import { rule as partRule } from '../../src/rules/total/part-exceeds-total';
import { rule as halfRule } from '../../src/rules/total/half-exceeds-full';
import type { FundsKey } from '../../src/model/keys';
import { cell, form, funds, runRule, testRule } from './helpers';
import { huishanFunds, wuxiFundsAsNumbers, xishanFunds, yanchengDepartmentFunds } from './seed-forms';

/** 资金总额 written with its breakdown in cell C3 (the parts' amounts point at the same cell). */
function breakdown(total: string, parts: [key: FundsKey, label: string, amount: string][]) {
  const at = (text: string) => ({ text, value: Number(text.replace(/万.*$/, '')), address: 'C3' });
  return form({
    funds: [
      { key: 'total', label: cell('B3', '资金总额'), section: 'income', parent: null, amounts: { 全年: at(total) } },
      ...parts.map(([key, label, amount]) => ({
        key,
        label: cell('C3', label),
        section: 'income' as const,
        parent: 'total' as const,
        amounts: { 全年: at(amount) },
      })),
    ],
  });
}

// Row layout of seed-forms: 9 income rows, then 基本支出 (row+9), 项目支出 (row+10), project lines.
testRule(sumRule, {
  valid: [
    { name: '003 盐城: all totals add up in both periods', form: yanchengDepartmentFunds() },
    { name: '004 本级 as xlsx floats (no float drift)', form: wuxiFundsAsNumbers() },
    {
      name: '002 预算数 = 财政资金 + blank 其他资金',
      form: form({
        funds: funds(5, { 全年: 'C' }, [
          { key: 'total', label: '预算数', amounts: { 全年: '155.72' } },
          { key: 'fiscal', label: '其中：财政资金', parent: 'total', amounts: { 全年: '155.72' } },
          { key: 'other', label: '其他资金', parent: 'total', amounts: { 全年: '' } },
        ]),
      }),
    },
    {
      name: '000 project: 支出 line 1003.82 = 资金总额, 半年 500 not compared (no 半年 total)',
      form: form({
        fundsPeriods: ['半年', '全年'],
        funds: funds(15, { 半年: 'C', 全年: 'D' }, [
          { key: 'total', label: '资金总额', amounts: { 全年: '1003.82' } },
          { key: 'fiscalSubtotal', label: '财政拨款小计', parent: 'total', amounts: { 全年: '1003.82' } },
          {
            key: 'projectLine',
            label: '住房公积金管理业务费用',
            parent: 'total',
            section: 'expense',
            amounts: { 半年: '500', 全年: '1003.82' },
          },
        ]),
      }),
    },
    {
      name: '0.1 + 0.2 = 0.3',
      form: form({
        funds: funds(1, { 全年: 'C' }, [
          { key: 'total', label: '资金总额', amounts: { 全年: '0.3' } },
          { key: 'general', label: '一般公共预算', parent: 'total', amounts: { 全年: 0.1 } },
          { key: 'other', label: '其他资金', parent: 'total', amounts: { 全年: 0.2 } },
        ]),
      }),
    },
    {
      name: 'a total whose parts are all blank is not a sum the form claims',
      form: form({
        funds: funds(3, { 全年: 'C' }, [
          { key: 'total', label: '资金总额', amounts: { 全年: '500' } },
          { key: 'fiscalSubtotal', label: '财政拨款', parent: 'total', amounts: { 全年: '' } },
          { key: 'other', label: '其他资金', parent: 'total', amounts: { 全年: '' } },
        ]),
      }),
    },
    {
      name: '854万（其中中央500万、省200万、市100万、县54万）: the parts add up',
      form: breakdown('854万（其中中央500万、省200万、市100万、县54万）', [
        ['central', '中央', '500'],
        ['provincial', '省', '200'],
        ['municipal', '市', '100'],
        ['county', '县', '54'],
      ]),
    },
    {
      name: '854万（其中中央500万、省200万）: a list after 其中 may leave parts out',
      form: breakdown('854万（其中中央500万、省200万）', [
        ['central', '中央', '500'],
        ['provincial', '省', '200'],
      ]),
    },
    {
      name: 'a task table (年度主要任务) is summed on its own, never into the funds',
      form: form({
        funds: funds(3, { 全年: 'C' }, [{ key: 'total', label: '资金总额', amounts: { 全年: '1000' } }]),
        tasks: funds(6, { 总额: 'E' }, [
          { key: 'projectLine', label: '送戏下乡', parent: 'total', section: 'expense', amounts: { 总额: '96' } },
          { key: 'projectLine', label: '文旅推介', parent: 'total', section: 'expense', amounts: { 总额: '60.5' } },
          { key: 'total', label: '金额合计', section: 'expense', amounts: { 总额: '156.5' } },
        ]),
      }),
    },
  ],
  invalid: [
    {
      name: '754万（其中中央500万、省200万、市100万、县54万）: the parts exceed the total',
      form: breakdown('754万（其中中央500万、省200万、市100万、县54万）', [
        ['central', '中央', '500'],
        ['provincial', '省', '200'],
        ['municipal', '市', '100'],
        ['county', '县', '54'],
      ]),
      cells: ['C3'],
      message: /854/,
    },
    {
      name: 'a task table whose 金额合计 is not the sum of its tasks',
      form: form({
        funds: funds(3, { 全年: 'C' }, [{ key: 'total', label: '资金总额', amounts: { 全年: '1000' } }]),
        tasks: funds(6, { 总额: 'E' }, [
          { key: 'projectLine', label: '送戏下乡', parent: 'total', section: 'expense', amounts: { 总额: '96' } },
          { key: 'projectLine', label: '文旅推介', parent: 'total', section: 'expense', amounts: { 总额: '60.5' } },
          { key: 'total', label: '金额合计', section: 'expense', amounts: { 总额: '166.5' } },
        ]),
      }),
      cells: ['E8'],
    },
    {
      name: '004 锡山: half-year lines 139.01 vs 项目支出 150',
      form: xishanFunds(),
      cells: ['D310'],
      message: /139\.01/,
    },
    {
      name: '004 惠山: half-year lines 201.36 vs 项目支出 120',
      form: huishanFunds(),
      cells: ['D410'],
      message: /201\.36/,
    },
    {
      name: '001-style 年度资金总额 77.03 vs 财政拨款 77.03 + 其他 0.1',
      form: form({
        funds: funds(6, { 全年: 'G' }, [
          { key: 'total', label: '年度资金总额', amounts: { 全年: '77.03' } },
          { key: 'fiscalSubtotal', label: '其中:财政拨款', parent: 'total', amounts: { 全年: '77.03' } },
          { key: 'other', label: '其他资金', parent: 'total', amounts: { 全年: '0.10' } },
        ]),
      }),
      cells: ['G6'],
    },
  ],
});

testRule(partRule, {
  valid: [
    { name: '003 盐城', form: yanchengDepartmentFunds() },
    { name: '004 锡山 (sum wrong but no line above the total)', form: xishanFunds() },
  ],
  invalid: [
    { name: '004 惠山: 办公用房租金 130.83 > 项目支出 120', form: huishanFunds(), cells: ['D412'], message: /130\.83/ },
  ],
});

testRule(halfRule, {
  valid: [
    { name: '003 盐城', form: yanchengDepartmentFunds() },
    { name: '004 惠山 (半年 = 全年 on some lines)', form: huishanFunds() },
  ],
  invalid: [
    {
      name: 'half-year above full-year',
      form: form({
        fundsPeriods: ['半年', '全年'],
        funds: funds(20, { 半年: 'D', 全年: 'E' }, [
          {
            key: 'projectLine',
            label: '物业管理费',
            parent: 'project',
            section: 'expense',
            amounts: { 半年: '20', 全年: '12' },
          },
        ]),
      }),
      cells: ['D20'],
    },
  ],
});

describe('lines the dictionary files under a subtotal, typed flat beside it', () => {
  // 单位自有资金 100 / 事业收入 50 / 其他资金 50: 事业收入 is filed under 自有资金 by its key, but the clerk
  // listed it beside, and the form adds up that way
  const flat = (business: number) =>
    form({
      funds: funds(3, { 年度: 'C' }, [
        { key: 'total', label: '年度资金总额', amounts: { 年度: 1500 } },
        { key: 'fiscalSubtotal', label: '财政拨款', parent: 'total', amounts: { 年度: 1300 } },
        { key: 'selfFunds', label: '单位自有资金', parent: 'total', amounts: { 年度: 100 } },
        { key: 'businessIncome', label: '事业收入', parent: 'selfFunds', amounts: { 年度: business } },
        { key: 'other', label: '其他资金', parent: 'total', amounts: { 年度: 50 } },
      ]),
    });
  const run = (f: ReturnType<typeof flat>) => runRule(sumRule, f);

  test('no finding when the flat reading adds up (before: 2 false errors, at 资金总额 and 自有资金)', () => {
    expect(run(flat(50))).toEqual([]);
  });

  test('a wrong line is found once, read the way that fails fewer sums', () => {
    expect(run(flat(60)).map((x) => [x.cell, x.message])).toEqual([
      ['C3', '年度资金总额（年度）填的是 1500，但其下 4 项合计为 1510，相差 -10。'],
    ]);
  });

  test('a subtotal whose parts are nested and add up is read nested', () => {
    const nested = form({
      funds: funds(3, { 年度: 'C' }, [
        { key: 'total', label: '年度资金总额', amounts: { 年度: 1400 } },
        { key: 'fiscalSubtotal', label: '财政拨款', parent: 'total', amounts: { 年度: 1300 } },
        { key: 'selfFunds', label: '单位自有资金', parent: 'total', amounts: { 年度: 100 } },
        { key: 'businessIncome', label: '事业收入', parent: 'selfFunds', amounts: { 年度: 100 } },
      ]),
    });
    expect(run(nested)).toEqual([]);
  });
});
