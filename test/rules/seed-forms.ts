/** Pieces of the real seed forms (seed texts, not in the repo) as the recognizer should model them. */
import { form, funds, table, type FundsRow } from './helpers';
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
    {
      key: 'basic',
      label: '基本支出',
      parent: 'total',
      section: 'expense',
      amounts: { 半年: basic[0], 全年: basic[1] },
    },
    {
      key: 'project',
      label: '项目支出',
      parent: 'total',
      section: 'expense',
      amounts: { 半年: project[0], 全年: project[1] },
    },
    ...lines.map(([label, half, full]): FundsRow => ({
      key: 'projectLine',
      label,
      parent: 'project',
      section: 'expense',
      amounts: { 半年: half, 全年: full },
    })),
  ];
}

/** A department form's funds block at sheet row `row`: income with its total, then 基本/项目支出 and the project lines. */
function departmentFunds(
  row: number,
  year: number,
  total: string,
  basic: [string, string],
  project: [string, string],
  lines: [string, string, string][],
): Form {
  const rows = [...income(total), ...expense(basic, project, lines)];
  return form({ kind: 'department', year, fundsPeriods: ['半年', '全年'], funds: funds(row, PERIOD_COLS, rows) });
}

/** 004 锡山分中心 (rows 300-): half-year lines add up to 139.01, 项目支出 says 150. */
export function xishanFunds(): Form {
  return departmentFunds(
    300,
    2024,
    '568.69',
    ['133', '267.9'],
    ['150', '300.79'],
    [
      ['物业安保费', '0', '24.55'],
      ['信息设备维保费', '1', '2'],
      ['公告费', '3.4', '4.8'],
      ['外包服务费', '30', '61.2'],
      ['专用材料费', '3', '7'],
      ['办公用房租金', '66', '133.1'],
      ['业务用水费', '0.4', '0.8'],
      ['邮电费-邮寄费', '1.38', '2.76'],
      ['业务用电费', '3.4', '6.9'],
      ['公积金日常服务支出', '12', '23.5'],
      ['法律顾问费', '2.7', '2.7'],
      ['调节金', '3.3', '6.76'],
      ['专用通讯网租金', '3', '6.3'],
      ['培训费', '0.5', '0.6'],
      ['印刷费', '4', '8'],
      ['空调设备维护费', '0.93', '1.86'],
      ['物业管理费', '4', '7.96'],
    ],
  );
}

/** 004 惠山分中心 (rows 400-): half-year lines add up to 201.36 vs 120, 办公用房租金 130.83 alone exceeds it. */
export function huishanFunds(): Form {
  return departmentFunds(
    400,
    2024,
    '514.45',
    ['110', '239.7'],
    ['120', '274.75'],
    [
      ['网络通讯费（宽带网、专网租赁费用）', '1.2', '2.4'],
      ['办公用房租金', '130.83', '130.83'],
      ['业务培训费', '0.2', '0.4'],
      ['2022年度调节金', '6.72', '6.72'],
      ['小型修缮（维保维修）', '1', '3'],
      ['劳务费', '35', '72.16'],
      ['住房公积金管理事务', '10', '25'],
      ['专用材料费', '1', '4'],
      ['地下车位租赁费', '2.88', '2.88'],
      ['业务水电费', '2.5', '6.3'],
      ['印刷费', '3', '7'],
      ['物业管理费', '7.03', '14.06'],
    ],
  );
}

/** 003 盐城 department (rows 30-): every total adds up, in both periods. */
export function yanchengDepartmentFunds(): Form {
  return departmentFunds(
    30,
    2022,
    '6759.58',
    ['1532', '3265.62'],
    ['1170', '3493.96'],
    [
      ['住房公积金管理业务费用', '500', '1003.82'],
      ['新市民住房公积金专项资金', '600', '1200'],
      ['办公设备购置费', '30', '66'],
      ['信息网络维护建设费用', '40', '1224.14'],
    ],
  );
}

/** 004 本级 (xlsx floats): 基本 1954.16 + 项目 1456.06 = 3410.22 — adds up only in exact arithmetic. */
export function wuxiFundsAsNumbers(): Form {
  const rows: FundsRow[] = [
    { key: 'total', label: '资金总额', amounts: { 全年: 3410.22 } },
    { key: 'basic', label: '基本支出', parent: 'total', section: 'expense', amounts: { 半年: 970.05, 全年: 1954.16 } },
    {
      key: 'project',
      label: '项目支出',
      parent: 'total',
      section: 'expense',
      amounts: { 半年: 559.84, 全年: 1456.06 },
    },
  ];
  return form({ kind: 'department', year: 2024, fundsPeriods: ['半年', '全年'], funds: funds(10, PERIOD_COLS, rows) });
}

const COLS_000 = ['level1', 'level2', 'level3', 'value:半年', 'value:全年'] as const;

/** 000 盐城 project indicator table from row 33 (A: 一级 … E: 全年). */
export function yanchengProjectRows(): string[][] {
  return [
    ['决策', '项目立项', '立项依据充分性', '充分', '充分'], // 33
    ['', '', '立项程序规范性', '规范', '规范'],
    ['', '绩效目标', '绩效目标合理性', '合理', '合理'], // 35
    ['', '', '绩效指标明确性', '明确', '明确'],
    ['', '资金投入', '预算编制科学性', '科学', '科学'],
    ['', '', '资金分配合理性', '合理', '合理'],
    ['过程', '资金管理', '资金到位率', '序时进度', '100%'], // 39
    ['', '', '预算执行率', '=50%', '=100%'], // 40
    ['', '', '资金使用合规性', '合规', '合规'],
    ['', '组织实施', '管理制度健全性', '健全', '健全'], // 42
    ['', '', '制度执行有效性', '有效', '有效'],
    ['', '', '盐城广播电视台宣传费', '=15万元', '=60万元'], // 44
    ['', '', '综合服务平台外包人均成本', '=6.03万元/年', '=6.03万元/年'], // 45
    ['产出指标', '成本指标', '监控外包服务费月租金', '=1.29万元', '=1.29万元'], // 46
    ['', '', '会议人均经费', '≤300元/人*天', '≤300元/人*天'],
    ['', '', '视频会议系统服务费月租金', '=1.146万元', '=1.416万元'], // 48
    ['', '', '全中心物业费总成本（含各管理部）', '≥20万元', '≥62.01万元'], // 49
    ['', '', '帮扶创文资金', '≤20万元', '≤60万元'], // 50
    ['', '', '短信平台及邮递费', '≥90万元', '≥187.26万元'], // 51
    ['', '', '残疾人就业保障金', '≥0万元', '≥5万元'], // 52
    ['', '', '委托业务服务费用', '≤10万元', '≤28万元'],
    ['', '', '党建廉政宣传费', '≥0万元', '≥5万元'], // 54
    ['', '', '盐阜大众报宣传费', '=10万元', '=45万元'],
    ['', '', '办理不动产抵押登记单笔费用', '=80元/笔', '=80元/笔'],
    ['', '', '管理部业务用房租赁费用', '≤5万元', '≤19万元'],
    ['', '', '工作服人均购置标准', '≤3200元/套', '≤3200元/套'],
    ['', '', '现代快报宣传费', '=0万元', '=10万元'], // 59
    ['', '', '全中心办公用房水电费（含管理部）', '≥20万元', '≥70万元'], // 60
    ['', '', '日常办公成本', '≥5万元', '≥13万元'], // 61
    ['', '', '培训人均经费', '≤400元/人*天', '≤400元/人*天'],
    ['', '', '法律顾问业务咨询费用', '≤10万元', '≤20.3万元'],
    ['', '维保维护费用', '', '≤20万元', '≤54.95万元'], // 64
    ['', '数量指标', '物业服务面积（含各管理部）', '≥13915平方米', '≥13915平方米'], // 65
    ['', '', '监控外包服务期限', '=6月', '=12月'],
    ['', '', '出席会议人数', '≤100人', '≤360人'],
    ['', '', '工作服配发人数', '≤150人', '≤150人'],
    ['', '', '视频会议系统服务期限', '=6月', '=12月'],
    ['', '', '参加培训人次', '≤500人次', '≤1000人次'], // 70
    ['', '', '预计发放贷款办理不动产抵押登记笔数', '≥4000笔', '≥8000笔'],
    ['', '', '综合服务平台外包服务人数', '=28人', '=28人'],
    ['', '', '会议出勤率', '≥90%', '≥90%'],
    ['', '质量指标', '综合服务平台外包服务客服投诉率', '≤0.1%', '≤0.1%'], // 74
    ['', '', '12345平台工单办结率', '=100%', '=100%'],
    ['', '', '行政执法程序合规率', '=100%', '=100%'],
    ['', '时效指标', '投诉率工单处理时限', '≤5工作日', '≤5工作日'], // 77
    ['', '', '业务咨询类工单处理时限', '≤2工作日', '≤2工作日'],
    ['', '', '物业服务完成及时性', '及时', '及时'],
    ['', '', '建议类工单处理时限', '≤2工作日', '≤2工作日'],
    ['效益指标', '社会效益指标', '对保障各项业务工作正常开展的影响或改善程度', '较高', '较高'], // 81
    ['', '', '群众咨询问题便捷性', '提高', '提高'],
    ['', '', '对办公环境的改善或提升程度', '明显', '明显'],
    ['', '', '住房公积金宣传力度', '提升', '提升'],
    ['', '可持续影响指标', '对提升部门形象的持续影响程度', '较高', '较高'], // 85
    ['', '', '所有设施设备全年正常运行率', '=100%', '=100%'],
    ['满意度指标', '满意度指标', '在线回复满意率', '≥95%', '≥95%'], // 87
    ['', '', '物业服务满意度', '≥95%', '≥95%'],
    ['', '', '缴存职工满意度', '提高', '提高'], // 89
  ];
}

export function yanchengProject(rows: string[][] = yanchengProjectRows()): Form {
  return form({
    kind: 'project',
    year: 2022,
    periods: ['半年', '全年'],
    indicators: table({ cols: [...COLS_000], row: 33, rows }),
  });
}

/** Table with the 000 columns from any starting row, for small cases. */
export function rows000(row: number, rows: string[][], kind: 'project' | 'department' = 'project'): Form {
  return form({ kind, year: 2022, periods: ['半年', '全年'], indicators: table({ cols: [...COLS_000], row, rows }) });
}

/** 002 张家口 project table: A 一级, B 二级, C 三级, D 描述, E 指标值, F 依据. */
export function rows002(row: number, rows: string[][]): Form {
  return form({
    kind: 'project',
    year: 2020,
    roles: ['level1', 'level2', 'level3', 'description', 'value', 'basis'],
    indicators: table({ cols: ['level1', 'level2', 'level3', 'description', 'value:全年', 'basis'], row, rows }),
  });
}
