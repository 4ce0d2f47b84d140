import { SPLIT_VALUE_RULES, type FixtureExpect, type FormExpect } from './expect';

/**
 * Family 7: several projects in one table (scripts/families/multi.ts): one form per project, each with
 * its own name, unit, funds and goal; the sheet's title and year on every form.
 */
const county = (f: Pick<FormExpect, 'name' | 'header' | 'funds' | 'counts' | 'rows'>): FormExpect => ({
  kind: 'project',
  title: '信丰县2024年度项目支出绩效目标表',
  year: 2024,
  goals: ['annual'],
  periods: ['全年'],
  ...f,
});
const town = (f: Pick<FormExpect, 'name' | 'header' | 'funds' | 'counts' | 'rows'>): FormExpect => ({
  kind: 'project',
  title: '2025年乡镇项目绩效目标表',
  year: 2025,
  goals: ['annual'],
  periods: ['全年'],
  ...f,
});

export const MULTI: FixtureExpect[] = [
  {
    file: 'families/multi-project-county.xlsx',
    note: '3 projects: 序号 | 单位名称 | 项目名称 | 资金总额 | 年度绩效目标 merged down, 一级/二级/三级/指标值 on the right',
    forms: [
      county({
        name: '脐橙产业高质量发展项目',
        header: { unitName: '信丰县农业农村局' },
        funds: { total: 500 },
        counts: { output: 3, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '新建标准化果园面积', '≥2000亩'],
          ['output', 'cost', '亩均补助标准', '≤2500元/亩'],
          ['satisfaction', 'satisfaction', '果农满意度', '≥90%'],
        ],
      }),
      county({
        name: '乡村医生补助',
        header: { unitName: '信丰县卫生健康委员会' },
        funds: { total: 312.6 },
        counts: { output: 2, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'timeliness', '补助资金发放及时率', '=100%'],
          ['effect', 'social', '村卫生室服务覆盖率', '=100%'],
          ['satisfaction', 'satisfaction', '乡村医生满意度', '≥92%'],
        ],
      }),
      county({
        name: '农村义务教育学生营养改善计划',
        header: { unitName: '信丰县教育科技体育局' },
        funds: { total: 1260.8 },
        counts: { output: 3, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quality', '食品安全事故发生次数', '=0次'],
          ['effect', 'social', '学生营养健康状况', '持续改善'],
          ['satisfaction', 'satisfaction', '学生家长满意度', '≥90%'],
        ],
      }),
    ],
    errors: [],
  },
  {
    file: 'families/multi-project-town.xlsx',
    note: '2 projects: 项目名称 | 实施单位 | 资金总额 | 其中：财政资金 | 年度绩效目标 merged down; operator/value/unit columns; second project amounts as text 25万元',
    absent: SPLIT_VALUE_RULES,
    forms: [
      town({
        name: '大坪乡农村公路安全生命防护工程',
        header: { implementer: '大坪乡人民政府' },
        funds: { total: 85.5, fiscal: 85.5 },
        counts: { output: 2, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '安防设施建设里程', '≥12公里'],
          ['output', 'quality', '工程验收合格率', '=100%'],
          ['effect', 'social', '农村公路交通事故下降率', '≥10%'],
        ],
      }),
      town({
        name: '坪石镇农村饮水安全巩固提升',
        header: { implementer: '坪石镇人民政府' },
        funds: { total: 25, fiscal: 25 },
        counts: { output: 3, effect: 1, satisfaction: 1 },
        rows: [
          ['output', 'quantity', '改造供水管道', '≥6公里'],
          ['output', 'cost', '每公里管道改造成本', '≤3万元'],
          ['satisfaction', 'satisfaction', '受益群众满意度', '≥90%'],
        ],
      }),
    ],
    errors: [],
  },
];
