/** Pieces of the real seed forms (../shared/seeds) as the recognizer should model them. */
import { form, funds, type FundsRow } from './helpers';
import type { Form } from '../../src/model/form';

const PERIOD_COLS = { 半年: 'D', 全年: 'E' };

function income(total: string): FundsRow[] {
  return [
    { key: 'total', label: '资金总额', amounts: { 全年: total } },
    { key: 'fiscalSubtotal', label: '财政拨款小计', parent: 'total', amounts: { 全年: total } },
    { key: 'general', label: '一般公共预算资金', parent: 'fiscalSubtotal', amounts: { 全年: total } },
    { key: 'govFund', label: '政府性基金', parent: 'fiscalSubtotal', amounts: { 全年: '0' } },
    { key: 'specialAccount', label: '财政专户管理资金', parent: 'fiscalSubtotal', amounts: { 全年: '0' } },
    { key: 'stateCapital', label: '国有资本金', parent: 'total', amounts: { 全年: '0' } },
    { key: 'socialInsurance', label: '社保基金', parent: 'total', amounts: { 全年: '0' } },
    { key: 'carryOver', label: '上年结转资金', parent: 'total', amounts: { 全年: '0' } },
    { key: 'other', label: '其他资金', parent: 'total', amounts: { 全年: '0' } },
  ];
}

function expense(basic: [string, string], project: [string, string], lines: [string, string, string][]): FundsRow[] {
  return [
    { key: 'basic', label: '基本支出', parent: 'total', section: 'expense', amounts: { 半年: basic[0], 全年: basic[1] } },
    { key: 'project', label: '项目支出', parent: 'total', section: 'expense', amounts: { 半年: project[0], 全年: project[1] } },
    ...lines.map(([label, half, full]): FundsRow => ({ key: 'projectLine', label, parent: 'project', section: 'expense', amounts: { 半年: half, 全年: full } })),
  ];
}

/** 004 锡山分中心 (rows 300-): half-year lines add up to 139.01, 项目支出 says 150. */
export function xishanFunds(): Form {
  const rows = [
    ...income('568.69'),
    ...expense(['133', '267.9'], ['150', '300.79'], [
      ['物业安保费', '0', '24.55'], ['信息设备维保费', '1', '2'], ['公告费', '3.4', '4.8'], ['外包服务费', '30', '61.2'],
      ['专用材料费', '3', '7'], ['办公用房租金', '66', '133.1'], ['业务用水费', '0.4', '0.8'], ['邮电费-邮寄费', '1.38', '2.76'],
      ['业务用电费', '3.4', '6.9'], ['公积金日常服务支出', '12', '23.5'], ['法律顾问费', '2.7', '2.7'], ['调节金', '3.3', '6.76'],
      ['专用通讯网租金', '3', '6.3'], ['培训费', '0.5', '0.6'], ['印刷费', '4', '8'], ['空调设备维护费', '0.93', '1.86'], ['物业管理费', '4', '7.96'],
    ]),
  ];
  return form({ kind: 'department', year: 2024, fundsPeriods: ['半年', '全年'], funds: funds(300, PERIOD_COLS, rows) });
}

/** 004 惠山分中心 (rows 400-): half-year lines add up to 201.36 vs 120, 办公用房租金 130.83 alone exceeds it. */
export function huishanFunds(): Form {
  const rows = [
    ...income('514.45'),
    ...expense(['110', '239.7'], ['120', '274.75'], [
      ['网络通讯费（宽带网、专网租赁费用）', '1.2', '2.4'], ['办公用房租金', '130.83', '130.83'], ['业务培训费', '0.2', '0.4'],
      ['2022年度调节金', '6.72', '6.72'], ['小型修缮（维保维修）', '1', '3'], ['劳务费', '35', '72.16'], ['住房公积金管理事务', '10', '25'],
      ['专用材料费', '1', '4'], ['地下车位租赁费', '2.88', '2.88'], ['业务水电费', '2.5', '6.3'], ['印刷费', '3', '7'], ['物业管理费', '7.03', '14.06'],
    ]),
  ];
  return form({ kind: 'department', year: 2024, fundsPeriods: ['半年', '全年'], funds: funds(400, PERIOD_COLS, rows) });
}

/** 003 盐城 department (rows 30-): every total adds up, in both periods. */
export function yanchengDepartmentFunds(): Form {
  const rows = [
    ...income('6759.58'),
    ...expense(['1532', '3265.62'], ['1170', '3493.96'], [
      ['住房公积金管理业务费用', '500', '1003.82'], ['新市民住房公积金专项资金', '600', '1200'], ['办公设备购置费', '30', '66'], ['信息网络维护建设费用', '40', '1224.14'],
    ]),
  ];
  return form({ kind: 'department', year: 2022, fundsPeriods: ['半年', '全年'], funds: funds(30, PERIOD_COLS, rows) });
}

/** 004 本级 (xlsx floats): 基本 1954.16 + 项目 1456.06 = 3410.22 — adds up only in exact arithmetic. */
export function wuxiFundsAsNumbers(): Form {
  const rows: FundsRow[] = [
    { key: 'total', label: '资金总额', amounts: { 全年: 3410.22 } },
    { key: 'basic', label: '基本支出', parent: 'total', section: 'expense', amounts: { 半年: 970.05, 全年: 1954.16 } },
    { key: 'project', label: '项目支出', parent: 'total', section: 'expense', amounts: { 半年: 559.84, 全年: 1456.06 } },
  ];
  return form({ kind: 'department', year: 2024, fundsPeriods: ['半年', '全年'], funds: funds(10, PERIOD_COLS, rows) });
}
