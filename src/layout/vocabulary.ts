/**
 * The vocabulary: every label the recognizer knows, as data. Each table below is one kind of label
 * (normalised label → key, see normalize.ts); `VOCABULARY` lists them all as typed entries, and the cheap
 * prefilters the recognizer runs on every row (title, name and table-heading hints) are derived from it
 * at load time. Teaching the recognizer a region's wording is one line in one table.
 */
import type { ColumnRole } from '../model/form';
import type { FundsKey, HeaderKey, Level1Key, Level2Key } from '../model/keys';

/** 一级 stems (after normalizeLabel and the 指标/值 suffix are dropped). */
export const LEVEL1_LABELS: Record<string, Level1Key> = {
  决策: 'decision',
  过程: 'process',
  产出: 'output',
  项目产出: 'output',
  项目完成: 'output',
  预期产出: 'output',
  效益: 'effect',
  项目效益: 'effect',
  效果: 'effect',
  效益效果: 'effect',
  预期效果: 'effect',
  满意度: 'satisfaction',
  服务对象满意度: 'satisfaction',
  履职: 'duty',
  履职效能: 'duty',
  // older department templates (投入/管理效率/运行成本/社会效应)
  投入: 'decision',
  管理效率: 'process',
  运行成本: 'cost',
  社会效应: 'effect',
  成本: 'cost',
  // 上海-style tables: 产出 / 效果 / 影响力 (可持续影响, 长效管理 and 服务对象满意度 stand under 影响力)
  影响力: 'effect',
};

/** 二级 stems. `成本` is the 产出 child here; as an 一级 (成本指标 first column) it is LEVEL1 cost. */
export const LEVEL2_LABELS: Record<string, Level2Key> = {
  数量: 'quantity',
  质量: 'quality',
  时效: 'timeliness',
  进度: 'timeliness',
  成本: 'cost',
  预算控制: 'cost',
  经济效益: 'economic',
  社会效益: 'social',
  '社会、经济、生态效益': 'social',
  生态效益: 'ecological',
  生态环境效益: 'ecological',
  可持续影响: 'sustainable',
  可持续性影响: 'sustainable',
  可持续发展: 'sustainable',
  可持续发展影响: 'sustainable',
  可持续性发展影响: 'sustainable',
  // 上海-style 二级: 产出数量 / 产出质量 …, 效益 written 效果, 影响力's 长效管理 and 社会影响
  产出数量: 'quantity',
  产出质量: 'quality',
  产出时效: 'timeliness',
  产出成本: 'cost',
  经济效果: 'economic',
  社会效果: 'social',
  生态效果: 'ecological',
  生态环境效果: 'ecological',
  经济影响: 'economic',
  社会影响: 'social',
  生态影响: 'ecological',
  长效管理: 'sustainable',
  服务对象满意度: 'satisfaction',
  满意度: 'satisfaction',
  服务对象或受益者满意度: 'satisfaction',
  社会公众或服务对象满意度: 'satisfaction',
  受益对象满意度: 'satisfaction',
  经济成本: 'economicCost',
  社会成本: 'socialCost',
  生态环境成本: 'ecologicalCost',
  生态成本: 'ecologicalCost',
  项目立项: 'projectSetup',
  绩效目标: 'performanceTarget',
  资金投入: 'fundInput',
  计划制定: 'planning',
  目标设定: 'targetSetting',
  预算编制: 'budgeting',
  资金管理: 'fundManagement',
  组织实施: 'implementation',
  预算执行: 'budgetExecution',
  预算管理: 'budgetManagement',
  资产管理: 'assetManagement',
  项目管理: 'projectManagement',
  人员管理: 'personnelManagement',
  机构建设: 'institutionBuilding',
  预算配置: 'budgeting',
  职责履行: 'dutyPerformance',
  重点工作履行情况: 'dutyPerformance',
  履职效益: 'dutyEffect',
};

/** The 一级 a 二级 belongs to (used when a table's columns hold 二级 in the 一级 column, e.g. 鄂州). */
export const LEVEL2_PARENT: Partial<Record<Level2Key, Level1Key>> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economic: 'effect',
  social: 'effect',
  ecological: 'effect',
  sustainable: 'effect',
  satisfaction: 'satisfaction',
  economicCost: 'cost',
  socialCost: 'cost',
  ecologicalCost: 'cost',
  projectSetup: 'decision',
  performanceTarget: 'decision',
  fundInput: 'decision',
  planning: 'decision',
  targetSetting: 'decision',
  budgeting: 'decision',
  fundManagement: 'process',
  implementation: 'process',
  budgetExecution: 'process',
  budgetManagement: 'process',
  assetManagement: 'process',
  projectManagement: 'process',
  personnelManagement: 'process',
  institutionBuilding: 'process',
  dutyPerformance: 'duty',
  dutyEffect: 'duty',
};

/** Indicator table column headers (normalised, exact) → role. Value headers are also matched by pattern. */
export const COLUMN_HEADERS: Record<string, ColumnRole> = {
  一级指标: 'level1',
  一级: 'level1',
  指标类型: 'level1',
  二级指标: 'level2',
  二级: 'level2',
  三级指标: 'level3',
  三级: 'level3',
  指标名称: 'level3',
  绩效指标名称: 'level3',
  三级指标名称: 'level3',
  指标内容: 'level3',
  指标值: 'value',
  目标值: 'value',
  年度数值: 'value',
  值: 'value',
  绩效指标描述: 'description',
  指标描述: 'description',
  指标解释: 'description',
  绩效标准: 'description',
  指标值说明: 'description',
  指标说明: 'description',
  指标值确定依据: 'basis',
  确定依据: 'basis',
  指标值设定依据: 'basis',
  指标值设定依据及数据来源: 'basis',
  指标方向: 'direction',
  指标性质: 'operator',
  计算符号: 'operator',
  运算符号: 'operator',
  计量单位: 'unit',
  度量单位: 'unit',
  单位: 'unit',
  指标值类型: 'valueType',
  指标属性: 'valueType',
  分值: 'weight',
  权重: 'weight',
  指标分值: 'weight',
  指标权重: 'weight',
  职能: 'duty',
  部门职能: 'duty',
  重点工作: 'work',
  重点任务: 'work',
  对应项目: 'project',
  对应支出项目: 'project',
  备注: 'note',
  评分标准: 'note',
  评扣分标准: 'note',
  评价标准: 'note',
  考核方式: 'note',
  数据来源: 'basis',
  目标值说明: 'description',
  指标解释说明: 'description',
  保障绩效目标实现措施: 'note',
  比较符号: 'operator',
  运算符: 'operator',
  符号: 'operator',
  评分规则: 'note',
  '评(扣)分标准': 'note',
  历史值: 'history',
  上年实际值: 'history',
  上年完成值: 'history',
  上年实际完成值: 'history',
  实际完成值: 'history',
  历史参考值: 'history',
  指标标准或依据: 'basis',
  参考标准: 'basis',
  指标标准: 'basis',
  三级指标内容: 'level3',
  绩效指标内容: 'level3',
  指标: 'level3',
  一级目标: 'level1',
  二级目标: 'level2',
  一级指标名称: 'level1',
  二级指标名称: 'level2',
  本年目标值: 'value',
  年度目标值: 'value',
  预期目标值: 'value',
  半年: 'value',
  全年: 'value',
  中期: 'value',
  年度: 'value',
  长期: 'value',
};

/**
 * Column headers matched by their ending or a word inside (指标值 ends 半年指标值 / 全年（程）指标值 /
 * 当年预期实现值; 依据 ends 指标值确定依据及数据来源). Tried after the exact names, up to 16 characters.
 */
export const COLUMN_PARTS: { part: string; at: 'end' | 'inside'; role: ColumnRole }[] = [
  { part: '指标值', at: 'end', role: 'value' },
  { part: '目标值', at: 'end', role: 'value' },
  { part: '数值', at: 'end', role: 'value' },
  { part: '实现值', at: 'end', role: 'value' },
  { part: '预期值', at: 'end', role: 'value' },
  { part: '计划值', at: 'end', role: 'value' },
  { part: '期望值', at: 'end', role: 'value' },
  { part: '确定依据', at: 'inside', role: 'basis' },
  { part: '设定依据', at: 'inside', role: 'basis' },
  { part: '依据', at: 'end', role: 'basis' },
  { part: '指标描述', at: 'end', role: 'description' },
  { part: '指标解释', at: 'end', role: 'description' },
  { part: '指标说明', at: 'end', role: 'description' },
  { part: '评分标准', at: 'end', role: 'note' },
  { part: '扣分标准', at: 'end', role: 'note' },
];

/** Header cells that span the whole table on its left (`绩效指标`): ignored as a column. */
export const TABLE_OUTER_LABELS = [
  '绩效指标',
  '年度绩效目标',
  '绩效目标',
  '年度绩效指标',
  '中期绩效指标',
  '长期绩效指标',
  '实施期绩效指标',
  // a numbering column left of a list (序号 | 指标 | …): its cells are row numbers
  '序号',
  '编号',
];

/** Header fields (normalised label → key). Prefix matches are tried for labels written with their value. */
export const HEADER_LABELS: Record<string, HeaderKey> = {
  // the budget year as a field (预算年度 | 2025): named here because 年度 alone is a period heading
  预算年度: 'other',
  申报年度: 'other',
  编制年度: 'other',
  所属年度: 'other',
  项目名称: 'projectName',
  项目专项名称: 'projectName',
  单位名称: 'unitName',
  部门名称: 'unitName',
  预算单位: 'unitName',
  申报单位: 'unitName',
  填报单位: 'unitName',
  申报部门: 'unitName',
  预算部门: 'unitName',
  部门单位名称: 'unitName',
  单位: 'amountUnit',
  主管部门: 'department',
  主管部门及代码: 'department',
  项目主管部门: 'department',
  业务主管部门: 'department',
  主管部门单位名称: 'department',
  主管部门名称: 'department',
  主管单位: 'department',
  地方主管部门: 'department',
  中央主管部门: 'centralDepartment',
  专项名称: 'projectName',
  转移支付名称: 'projectName',
  区域名称: 'region',
  地区名称: 'region',
  项目类型: 'projectType',
  项目属性: 'projectType',
  项目类别: 'projectType',
  项目性质: 'projectType',
  项目分类: 'projectType',
  项目级次: 'projectLevel',
  开始时间: 'startTime',
  完成时间: 'endTime',
  项目期: 'projectPeriod',
  建设周期: 'projectPeriod',
  项目期限: 'projectPeriod',
  实施周期: 'projectPeriod',
  实施单位: 'implementer',
  具体实施单位: 'implementer',
  项目实施单位: 'implementer',
  项目负责人: 'manager',
  '项目负责人/联系电话': 'manager',
  项目负责人及电话: 'manager',
  负责人: 'manager',
  项目联系人: 'manager',
  联系人: 'manager',
  联系电话: 'phone',
  单位主要职能: 'functions',
  主要职能: 'functions',
  部门职能职责概述: 'functions',
  单位职能: 'functions',
  机构设置及人员配置: 'organization',
  机构设置: 'organization',
  立项必要性: 'necessity',
  实施可行性: 'feasibility',
  项目实施内容: 'content',
  项目概况: 'content',
  项目总体概况: 'content',
  项目总体情况: 'content',
  项目主要内容: 'content',
  主要内容: 'content',
  项目实施计划: 'plan',
  立项依据: 'basis',
  项目审批: 'basis',
  项目概况及立项依据: 'basis',
  项目主要内容立项依据: 'basis',
  项目编码: 'code',
  项目编号: 'code',
  部门编码: 'code',
  对应一级项目: 'parentProject',
  所属一级项目: 'parentProject',
  所属项目: 'parentProject',
  上级项目: 'parentProject',
  上级项目名称: 'parentProject',
  一级项目名称: 'parentProject',
  预算编码: 'code',
  预算项目编码: 'code',
  项目代码: 'code',
  单位编码: 'code',
  单位代码: 'code',
  部门代码: 'code',
  部门编码及名称: 'department',
  电话: 'phone',
  联系方式: 'phone',
  起止时间: 'projectPeriod',
  项目起止时间: 'projectPeriod',
  实施期限: 'projectPeriod',
  执行期限: 'projectPeriod',
  项目功能科目: 'subject',
  项目口径: 'projectScope',
  重要程度: 'importance',
  金额单位: 'amountUnit',
  财政资金预算分类: 'fundClass',
  财政资金科目代码: 'subject',
  科目代码: 'subject',
  最近年度绩效评价情况: 'lastEvaluation',
  基本信息: 'section',
  年度预算执行率: 'executionRate',
  分值: 'score',
  '项目主要内容、立项依据': 'section',
};

/**
 * Review and signature lines (bottom or top of a form): recognised so they are not reported as unplaced.
 * `at` says where the word sits in the cell's label.
 */
export const REVIEW_WORDS: { word: string; at: 'start' | 'end' | 'inside' | 'exact' }[] = [
  { word: '审核意见', at: 'end' },
  { word: '初审意见', at: 'end' },
  { word: '审批意见', at: 'end' },
  { word: '复核意见', at: 'end' },
  { word: '盖章', at: 'exact' },
  { word: '单位公章', at: 'inside' },
  { word: '填报人', at: 'start' },
  { word: '填表人', at: 'start' },
  { word: '填报日期', at: 'start' },
  { word: '填表日期', at: 'start' },
  { word: '审核人', at: 'start' },
  { word: '单位负责人', at: 'start' },
  { word: '财务负责人', at: 'start' },
  { word: '经办人', at: 'start' },
  { word: '制表人', at: 'start' },
  { word: '复核人', at: 'start' },
];

/** Goals (normalised label → key); prefix match allowed (中期目标(2023年—2025年)). */
export const GOAL_LABELS: Record<string, 'longTerm' | 'annual' | 'overall'> = {
  中长期目标: 'longTerm',
  中期目标: 'longTerm',
  中期滚动目标: 'longTerm',
  长期目标: 'longTerm',
  项目中长期目标: 'longTerm',
  项目中期目标: 'longTerm',
  实施期目标: 'longTerm',
  实施期绩效目标: 'longTerm',
  中长期绩效目标: 'longTerm',
  年度目标: 'annual',
  年度总体目标: 'annual',
  项目年度目标: 'annual',
  年度绩效目标: 'annual',
  年度绩效总目标: 'annual',
  年度主要目标和成果: 'annual',
  年度主要目标: 'annual',
  当年目标: 'annual',
  年度履职目标: 'annual',
  本年度目标: 'annual',
  // 年度目标 | 半年目标 | … | 全年目标 | …: the year's goal written for each period
  半年目标: 'annual',
  上半年目标: 'annual',
  全年目标: 'annual',
  年度总目标: 'annual',
  部门年度绩效目标: 'annual',
  部门整体支出年度绩效目标: 'annual',
  整体绩效目标: 'annual',
  总体目标: 'overall',
  项目总体目标: 'overall',
  绩效目标总体描述: 'overall',
  绩效目标: 'overall',
  总体绩效目标: 'overall',
  项目绩效目标: 'overall',
  目标: 'annual',
};

/** Funds labels (normalised, 其中 stripped) → key. */
export const FUNDS_LABELS: Record<string, FundsKey> = {
  资金总额: 'total',
  年度资金总额: 'total',
  中期资金总额: 'total',
  项目资金总额: 'total',
  资金总量: 'total',
  项目总预算: 'total',
  当年年度预算: 'total',
  年度预算: 'total',
  年度预算数: 'total',
  预算金额: 'total',
  年度预算金额: 'total',
  // 资金情况 | 年度金额 | 其中：中央补助 | 地方资金 (transfer-payment forms)
  年度金额: 'total',
  全年金额: 'total',
  预算数: 'total',
  合计: 'total',
  金额合计: 'total',
  资金合计: 'total',
  财政拨款: 'fiscalSubtotal',
  财政拨款小计: 'fiscalSubtotal',
  财政拨款资金: 'fiscalSubtotal',
  一般公共预算资金: 'general',
  一般公共预算: 'general',
  一般公共预算拨款: 'general',
  政府性基金预算资金: 'govFund',
  政府性基金: 'govFund',
  政府性基金预算: 'govFund',
  政府性基金拨款: 'govFund',
  纳入专户管理的非税收入拨款: 'specialAccount',
  纳入专户管理的非税收入: 'specialAccount',
  财政专户管理资金拨款: 'specialAccount',
  财政专户管理资金: 'specialAccount',
  财政专户管理的资金: 'specialAccount',
  国有资本经营预算资金: 'stateCapital',
  国有资本经营预算: 'stateCapital',
  国有资本金: 'stateCapital',
  社会保险基金预算资金: 'socialInsurance',
  社会保险基金: 'socialInsurance',
  社保基金: 'socialInsurance',
  上年结转资金: 'carryOver',
  上年结转: 'carryOver',
  自有资金小计: 'selfFunds',
  自有资金: 'selfFunds',
  // the sources of the 2021+ budget (一般公共预算 / 政府性基金 / 国有资本经营预算 / 财政专户 / 单位资金)
  单位资金: 'selfFunds',
  单位自有资金: 'selfFunds',
  财政专户: 'specialAccount',
  财政专户资金: 'specialAccount',
  事业收入: 'businessIncome',
  经营性收入: 'operatingIncome',
  经营收入: 'operatingIncome',
  其他资金: 'other',
  其它资金: 'other',
  其他收入: 'other',
  其他: 'other',
  财政资金: 'fiscal',
  中央资金: 'central',
  中央补助资金: 'central',
  省级资金: 'provincial',
  市级资金: 'municipal',
  县级资金: 'county',
  区级资金: 'county',
  // per-source column headings of transfer-payment blocks (资金情况 | 中央 | 省级 | 市级 | 县级)
  中央: 'central',
  中央财政资金: 'central',
  中央补助: 'central',
  省级: 'provincial',
  省级财政资金: 'provincial',
  省级补助资金: 'provincial',
  市级: 'municipal',
  市级财政资金: 'municipal',
  县级: 'county',
  县级财政资金: 'county',
  区级: 'county',
  // the levels below the province together (中央 | 省级 | 市县)
  市县资金: 'county',
  市县级资金: 'county',
  市县: 'county',
  // transfer payments: 中央补助 beside what the province, city and county put in together
  地方资金: 'local',
  地方财政资金: 'local',
  地方配套资金: 'local',
  地方财政配套资金: 'local',
  地方配套: 'local',
  配套资金: 'local',
  自筹资金: 'selfFunds',
  基本支出: 'basic',
  项目支出: 'project',
};

/** Labels that open a funds block; they carry no amount of their own. */
export const FUNDS_BLOCK_LABELS = [
  '年度预算申请',
  '年度主要任务',
  '部门预算申请',
  '预算申请',
  '项目资金',
  '部门整体资金',
  '单位整体资金',
  '资金情况',
  '项目资金申请',
  '预算规模及资金用途',
  '预算规模',
  '项目资金预算执行',
  '项目预算',
  '资金来源',
  '部门整体支出',
  '整体资金',
  '项目资金情况',
  '预算资金',
  '年度预算资金',
  '年度资金安排',
  '部门预算资金',
  '单位预算资金',
  // 部门预算 | 项目 | 半年计划执行数 | 全年预算数 over 资金总额 / 基本支出 / 项目支出
  '部门预算',
  '单位预算',
];

/**
 * Headings of a table of tasks with their own amounts (年度主要任务 | 任务名称 | 主要内容 | 预算金额; 重点任务 |
 * 预算金额; 年度履职目标 | 职能 | 预算金额): a row with one of TASK_HEADINGS and a heading starting with one
 * of TASK_AMOUNT_HEADINGS opens a task table, whose amounts are never funds.
 */
export const TASK_HEADINGS = [
  '任务名称',
  '主要任务',
  '重点任务',
  '年度主要任务',
  '年度重点任务',
  '工作任务',
  '任务内容',
  '重点工作',
  '年度重点工作',
  '重点工作任务',
  '履职内容',
  '职能职责',
  '部门职能',
  '主要职能',
];
export const TASK_AMOUNT_HEADINGS = ['预算金额', '预算数', '任务预算', '资金预算', '金额'];
/** Amount headings of a task table only when they are the whole heading (资金（万元）, not 资金来源). */
export const TASK_AMOUNT_WORDS = ['资金', '经费'];

/** Default parent of each funds key (numbered children of a 小计 are re-parented while reading). */
/**
 * Endings that name a source of money (专项债券资金, 上级补助, 单位自筹): a line so named under a total in the
 * funds block is one of its parts even when its full wording is unknown (key `unknown`).
 */
export const FUNDS_SOURCE_ENDINGS = [
  '资金',
  '拨款',
  '收入',
  '债券',
  '基金',
  '补助',
  '配套',
  '自筹',
  '结转',
  '结余',
  '贷款',
  '融资',
];

export const FUNDS_PARENT: Partial<Record<FundsKey, FundsKey>> = {
  fiscalSubtotal: 'total',
  general: 'fiscalSubtotal',
  govFund: 'fiscalSubtotal',
  specialAccount: 'fiscalSubtotal',
  stateCapital: 'total',
  socialInsurance: 'total',
  carryOver: 'total',
  selfFunds: 'total',
  businessIncome: 'selfFunds',
  operatingIncome: 'selfFunds',
  other: 'total',
  fiscal: 'total',
  central: 'total',
  provincial: 'total',
  municipal: 'total',
  county: 'total',
  local: 'total',
  basic: 'total',
  project: 'total',
  costItem: 'total',
};

/** Words that say which period an amount or value column is for (first match wins, in this order). */
export const PERIOD_WORDS: { word: string; period: string }[] = [
  { word: '半年', period: '半年' },
  { word: '中期', period: '中期' },
  { word: '中长期', period: '中期' },
  { word: '长期', period: '中期' },
  { word: '实施期', period: '中期' },
  { word: '全年', period: '全年' },
  { word: '本年度', period: '年度' },
  { word: '当年', period: '年度' },
  { word: '本年', period: '年度' },
  { word: '年度', period: '年度' },
];

/**
 * Titles of forms: a title holds one of these words followed (further on) by 表 (2023年项目支出绩效目标申报表),
 * or ends with one of TITLE_ENDINGS (XX部门整体绩效目标).
 */
export const TITLE_WORDS = [
  '绩效目标',
  '目标申报',
  '目标审批',
  '目标批复',
  '支出目标',
  '整体目标',
  '项目目标',
  // the 2021 core-indicator table (项目支出核心绩效指标表 …)
  '核心绩效指标',
];
export const TITLE_ENDINGS = [
  '绩效指标表',
  '部门绩效目标',
  '单位绩效目标',
  '整体绩效目标',
  '整体支出绩效目标',
  '部门支出绩效目标',
  '项目支出绩效目标',
];
/** Words in a title that make the form a department (整体) form. */
export const DEPARTMENT_TITLE_WORDS = [
  '部门整体',
  '单位整体',
  '整体支出',
  '部门(单位)整体',
  '部门绩效目标',
  '整体绩效',
];

/**
 * A sheet on which no form could be read still looks like one (structure.unrecognized names it) when its
 * title holds one of these words; a title holding a word of NOT_A_FORM_WORDS is a notes or contents page.
 */
export const FORM_LIKE_WORDS = ['绩效目标', '绩效指标'];
export const NOT_A_FORM_WORDS = ['说明', '目录', '填报要求', '填表要求', '填报指引', '编制指引'];

/** Section words of a funds block: the lines below them are income (资金来源) or spending (支出). */
/**
 * Headings over the lines of a cost or spending detail table (支出内容 | 金额 | 测算依据): its lines are the
 * parts of the budget, each with its amount; the note columns beside them (NOTE_HEADINGS) explain a line.
 */
export const COST_TABLE_HEADINGS = [
  '成本构成',
  '支出内容',
  '支出项目',
  '明细项目',
  '费用项目',
  '开支内容',
  '开支项目',
  '成本项目',
];
export const NOTE_HEADINGS = ['测算依据', '计算依据', '测算过程', '测算说明', '备注', '说明'];

export const SECTION_WORDS: Record<string, 'income' | 'expense'> = {
  收入: 'income',
  资金来源: 'income',
  支出: 'expense',
  资金支出: 'expense',
  资金使用: 'expense',
  支出明细: 'expense',
  项目支出明细: 'expense',
  资金支出明细: 'expense',
};

/** Every label the recognizer knows, with its kind and key: one list to search, test and document. */
export type VocabularyKind =
  | 'title'
  | 'departmentTitle'
  | 'formLike'
  | 'notAForm'
  | 'header'
  | 'goal'
  | 'funds'
  | 'fundsBlock'
  | 'fundsSource'
  | 'costHeading'
  | 'costNote'
  | 'taskHeading'
  | 'section'
  | 'column'
  | 'columnPart'
  | 'tableOuter'
  | 'level1'
  | 'level2'
  | 'review'
  | 'period';

export interface VocabularyEntry {
  kind: VocabularyKind;
  label: string;
  key: string;
}

const fromRecord = (kind: VocabularyKind, rec: Record<string, string>): VocabularyEntry[] =>
  Object.entries(rec).map(([label, key]) => ({ kind, label, key }));

export const VOCABULARY: readonly VocabularyEntry[] = [
  ...TITLE_WORDS.map((label) => ({ kind: 'title' as const, label, key: 'title' })),
  ...TITLE_ENDINGS.map((label) => ({ kind: 'title' as const, label, key: 'titleEnding' })),
  ...DEPARTMENT_TITLE_WORDS.map((label) => ({ kind: 'departmentTitle' as const, label, key: 'department' })),
  ...FORM_LIKE_WORDS.map((label) => ({ kind: 'formLike' as const, label, key: 'formLike' })),
  ...NOT_A_FORM_WORDS.map((label) => ({ kind: 'notAForm' as const, label, key: 'notAForm' })),
  ...fromRecord('header', HEADER_LABELS),
  ...fromRecord('goal', GOAL_LABELS),
  ...fromRecord('funds', FUNDS_LABELS),
  ...FUNDS_BLOCK_LABELS.map((label) => ({ kind: 'fundsBlock' as const, label, key: 'fundsBlock' })),
  ...FUNDS_SOURCE_ENDINGS.map((label) => ({ kind: 'fundsSource' as const, label, key: 'unknown' })),
  ...COST_TABLE_HEADINGS.map((label) => ({ kind: 'costHeading' as const, label, key: 'costItem' })),
  ...NOTE_HEADINGS.map((label) => ({ kind: 'costNote' as const, label, key: 'note' })),
  ...TASK_HEADINGS.map((label) => ({ kind: 'taskHeading' as const, label, key: 'task' })),
  ...fromRecord('section', SECTION_WORDS),
  ...fromRecord('column', COLUMN_HEADERS),
  ...COLUMN_PARTS.map(({ part, role }) => ({ kind: 'columnPart' as const, label: part, key: role })),
  ...TABLE_OUTER_LABELS.map((label) => ({ kind: 'tableOuter' as const, label, key: 'outer' })),
  ...fromRecord('level1', LEVEL1_LABELS),
  ...fromRecord('level2', LEVEL2_LABELS),
  ...REVIEW_WORDS.map(({ word }) => ({ kind: 'review' as const, label: word, key: 'review' })),
  ...PERIOD_WORDS.map(({ word, period }) => ({ kind: 'period' as const, label: word, key: period })),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => words.map(escape).join('|');

/** A title of a form: what printed forms put above the header block. */
// a year line naming the form is a title too (2024年项目绩效目标), a heading inside a form has no year
export const TITLE_PATTERN = new RegExp(
  `(${anyOf(TITLE_WORDS)})[^。；;]*表|(${anyOf(TITLE_ENDINGS)})$|^(?:19|20)\\d{2}年度?[^。；;]{0,20}绩效目标$`,
);
export const DEPARTMENT_TITLE = new RegExp(anyOf(DEPARTMENT_TITLE_WORDS));
export const FUNDS_SOURCE_ENDING = new RegExp(`(${anyOf(FUNDS_SOURCE_ENDINGS)})$`);

/**
 * The first two characters of each word (or the one character of a one-character word): a label that
 * holds none of them holds none of the words. A cheap prefilter derived from the vocabulary, so a new
 * label is never hidden by a hand-written hint. Char codes in maps, not a regex of alternatives: it runs
 * on every cell of big sheets.
 */
export interface Hint {
  test(label: string): boolean;
}

function firstBigrams(words: readonly string[]): Hint {
  const next = new Map<number, Set<number>>(); // first char → second chars (-1: the word is one character)
  // Flat tables of the first characters (2: a one-character word) and of the second characters: most
  // characters of a cell start no word or are not followed by a second character of one, and a table
  // answers that without hashing (the test runs on every cell of every row of big sheets).
  const first = new Uint8Array(0x10000);
  const second = new Uint8Array(0x10000);
  for (const w of words) {
    if (w.length === 0) continue;
    const a = w.charCodeAt(0);
    first[a] |= w.length === 1 ? 2 : 1;
    if (w.length > 1) second[w.charCodeAt(1)] = 1;
    let set = next.get(a);
    if (!set) next.set(a, (set = new Set()));
    set.add(w.length === 1 ? -1 : w.charCodeAt(1));
  }
  return {
    test(label: string): boolean {
      for (let i = 0; i < label.length; i++) {
        const a = label.charCodeAt(i);
        if (first[a] === 0) continue;
        if ((first[a] & 2) !== 0) return true;
        if (i + 1 < label.length && second[label.charCodeAt(i + 1)] === 1 && next.get(a)!.has(label.charCodeAt(i + 1)))
          return true;
      }
      return false;
    },
  };
}

/** Prefilter for titles: a label holding none of the title words cannot be a title. */
const TITLE_WORD = new RegExp(anyOf([...TITLE_WORDS, ...TITLE_ENDINGS]));
// the words' first characters before the regex of alternatives: most labels have none of them
const TITLE_BIGRAMS = firstBigrams([...TITLE_WORDS, ...TITLE_ENDINGS]);
export const TITLE_HINT: Hint = { test: (label) => TITLE_BIGRAMS.test(label) && TITLE_WORD.test(label) };

/** Prefilter for 项目名称/单位名称 rows (the labels that start a new form). */
export const NAME_HINT = firstBigrams(
  Object.entries(HEADER_LABELS)
    .filter(([, k]) => k === 'projectName' || k === 'unitName')
    .map(([l]) => l),
);

/** Prefilter for table heading cells: any column name, column part, outer label or level word. */
export const HEADING_HINT = firstBigrams([
  ...Object.keys(COLUMN_HEADERS),
  ...COLUMN_PARTS.map((p) => p.part),
  ...TABLE_OUTER_LABELS,
]);

/**
 * Words that mark a layout family (src/layout/readers/<id>.ts): in the form's title, in a label of the
 * header band above the first table, or in a column heading of the indicator table. Teaching a reader a
 * region's wording is one word here.
 */
export const FAMILY_WORDS = {
  /** 2015 finance-ministry 申报表: the department form's 年度主要任务 table. */
  ministry2015: { band: ['年度主要任务', '任务名称'] },
  /** 批复表: last year's actual beside this year's target. */
  approval: { title: ['批复'], history: ['上年'] },
  /** Transfer payments: the region / 专项 fields, funds by level of government, the actual achieved. */
  transfer: {
    title: ['转移支付'],
    band: ['区域名称', '专项名称', '中央资金', '中央补助', '省级资金', '地方主管部门'],
    history: ['实际完成'],
  },
} as const;
