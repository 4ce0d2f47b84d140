import { LEVEL_RULES, SPLIT_VALUE_RULES, type FixtureExpect, type FormExpect } from './expect';

/**
 * Family 5: budget-system exports with one tree column (scripts/families/tree.ts). Written by hand from
 * the builder. 一级/二级 rows carry no value and are not indicator rows; values are 指标性质 + 指标值 + 计量单位.
 */
const form = (f: Omit<FormExpect, 'kind' | 'goals' | 'periods'>): FormExpect => ({
  kind: 'project',
  goals: ['annual'],
  periods: ['全年'],
  ...f,
});

export const TREE: FixtureExpect[] = [
  {
    file: 'families/tree-indent-half.xlsx',
    note: 'levels by two half-width spaces per level; 开始/完成时间 as real dates (yyyy-mm-dd); code with a letter',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      form({
        title: '2024年度项目绩效目标申报表',
        year: 2024,
        name: '萍乡市城镇污水处理提质增效项目',
        header: {
          code: '36030024T000000871',
          department: '萍乡市住房和城乡建设局',
          implementer: '萍乡市排水有限公司',
          startTime: '2024-01-01',
          endTime: '2024-12-31',
        },
        funds: { total: 4850, fiscalSubtotal: 4850 },
        counts: { output: 5, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '新建污水管网长度', '≥25公里'],
          ['output', 'quality', '管网闭水试验合格率', '=100%'],
          ['output', 'cost', '污水管网建设单位成本', '≤380万元/公里'],
          ['effect', 'ecological', '污水处理厂进水BOD浓度', '≥100mg/L'],
          ['satisfaction', 'satisfaction', '周边居民满意度', '≥90%'],
        ],
      }),
    ],
  },
  {
    file: 'families/tree-indent-full.xlsx',
    note: 'levels by one full-width space (U+3000) per level; dates typed as months (yyyy"年"m"月" format)',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      form({
        title: '新余市2024年项目支出绩效目标',
        year: 2024,
        name: '新余市城区公共厕所提升改造',
        header: {
          code: '360500241000123',
          department: '新余市城市管理局',
          implementer: '新余市环境卫生管理处',
          startTime: '2024-03-01',
          endTime: '2024-12-01',
        },
        funds: { total: 1008, fiscalSubtotal: 1008 },
        counts: { output: 3, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '改造城区公共厕所', '≥36座'],
          ['output', 'quality', '改造公厕达到二类以上标准比例', '=100%'],
          ['output', 'cost', '单座公厕改造成本', '≤28万元/座'],
          ['effect', 'social', '城区公厕服务半径', '≤500米'],
          ['effect', 'sustainable', '公厕日常保洁长效管理', '持续有效'],
          ['satisfaction', 'satisfaction', '市民如厕满意度', '≥90%'],
        ],
      }),
    ],
  },
  {
    file: 'families/tree-numbered.xlsx',
    note: 'levels by numbering 一、 / （一） / 1. (restarting under each 二级); dates as text',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      form({
        title: '2024年项目绩效目标表',
        year: 2024,
        name: '抚州市乡镇卫生院医疗设备购置项目',
        header: { code: '361000230045', startTime: '2024年1月', endTime: '2024年10月' },
        funds: { total: 960, fiscalSubtotal: 960 },
        counts: { output: 4, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '购置DR设备', '=12台'],
          ['output', 'quantity', '配备全自动生化分析仪', '=12台'],
          ['output', 'timeliness', '设备安装调试完成时限', '≤10月'],
          ['effect', 'social', '乡镇卫生院影像检查服务能力', '明显提升'],
          ['effect', 'social', '群众外转检查人次下降率', '≥20%'],
          ['satisfaction', 'satisfaction', '就诊群众满意度', '≥90%'],
        ],
      }),
    ],
  },
  {
    file: 'families/tree-decimal.xlsx',
    note: 'levels by decimal numbering 1 / 1.1 / 1.1.1',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      form({
        title: '2025年度项目绩效目标',
        year: 2025,
        name: '九江市长江岸线生态修复工程',
        header: { code: '360400251100017', startTime: '2025-01-01', endTime: '2025-12-31' },
        funds: { total: 10200, fiscalSubtotal: 10200 },
        counts: { output: 4, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '岸线生态修复长度', '≥8.5公里'],
          ['output', 'quality', '苗木成活率', '≥95%'],
          ['output', 'cost', '每公里岸线修复成本', '≤1200万元/公里'],
          ['effect', 'ecological', '修复岸段植被覆盖率', '≥85%'],
          ['effect', 'sustainable', '修复工程管护年限', '≥5年'],
          ['satisfaction', 'satisfaction', '沿江居民满意度', '≥90%'],
        ],
      }),
    ],
  },
  {
    file: 'families/tree-level-words.xlsx',
    note: 'levels by level words (一级指标：产出指标 / 二级指标：数量指标), 三级 plain; code typed as a number',
    absent: [...LEVEL_RULES, ...SPLIT_VALUE_RULES],
    forms: [
      form({
        title: '2024年项目绩效目标',
        year: 2024,
        name: '景德镇陶瓷文化传承发展项目',
        header: { code: '360200240003', startTime: '2024-02-01', endTime: '2024-11-01' },
        funds: { total: 180, fiscalSubtotal: 180 },
        counts: { output: 4, effect: 2, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '培训陶瓷非遗传承人', '≥150人'],
          ['output', 'quantity', '举办陶瓷文化展览', '≥6场'],
          ['output', 'timeliness', '展览举办完成时限', '≤11月'],
          ['output', 'cost', '传承人人均培训经费', '≤0.6万元/人'],
          ['effect', 'economic', '带动陶瓷文创产品销售额', '≥800万元'],
          ['satisfaction', 'satisfaction', '参训传承人满意度', '≥90%'],
        ],
      }),
    ],
  },
];
