/**
 * The recognizer on the published forms of other regions (test/fixtures/samples, transcribed from their published pages), none of which it was built
 * from. Expected numbers were counted by hand from the TSV files.
 */
import { recognize } from '../../src/layout/recognize';
import { FormSchema } from '../../src/model/form';
import { countsByLevel1, fundsMap, sampleGrid } from './helpers';

interface Expect {
  kind: 'project' | 'department';
  year: number | null;
  name: string;
  periods: string[];
  counts: Record<string, number>;
  funds?: Record<string, string>;
  goals?: string[];
}

const EXPECT: Record<string, Expect> = {
  '01_linyi_project_2025.tsv': {
    kind: 'project',
    year: 2025,
    name: '小学教育公用经费',
    periods: ['全年'],
    counts: { output: 4, effect: 4 },
    funds: { 'total:资金总额:@全年': '438.768', 'fiscalSubtotal:财政拨款:@全年': '438.768' },
    goals: [],
  },
  '02_zhaohua_project_2021.tsv': {
    kind: 'project',
    year: 2021,
    name: '特困家庭再扶助(独生子女死亡再扶助)',
    periods: ['全年'],
    counts: { output: 5, effect: 2, satisfaction: 2 },
    funds: {
      'fiscalSubtotal:(一)财政拨款小计@全年': '6.30',
      'general:1、一般公共预算@全年': '6.30',
      'govFund:2、政府性基金@全年': '0.00',
      'stateCapital:3、国有资本经营预算@全年': '0.00',
      'selfFunds:(二)自有资金小计@全年': '0.00',
      'businessIncome:1、事业收入@全年': '0.00',
      'operatingIncome:2、经营性收入@全年': '0.00',
      'other:(三)其他收入@全年': '0.00',
    },
    goals: ['annual'],
  },
  '03_yuanzhou_project_2022.tsv': {
    kind: 'project',
    year: 2022,
    name: '原州区2022年南部水源涵养林建设项目',
    periods: ['全年'],
    counts: { output: 7, effect: 4 },
    funds: { 'total:年度资金总额:@年度': '6070.00', 'fiscalSubtotal:其中:财政拨款@年度': '6070.00' },
    goals: ['annual'],
  },
  '04_rongchang_project_2022.tsv': {
    kind: 'project',
    year: 2022,
    name: '古昌镇大青冈村乡村振兴绿化美化项目',
    periods: ['全年'],
    counts: { output: 3 },
    funds: { 'total:年度资金总额:@年度': '153.5184', 'municipal:2.市级资金@年度': '153.5184' },
    goals: ['overall', 'annual'],
  },
  '05_fengjie_project_2023.tsv': {
    kind: 'project',
    year: 2023,
    name: '2023年云雾土家族乡加工园配套设施建设项目',
    periods: ['全年'],
    counts: { cost: 1 },
    funds: {
      'total:项目总预算@全年': '65',
      'total:当年年度预算@年度': '65',
      'fiscal:其中:财政资金@年度': '65',
      'other:其中:其它资金@年度': '0',
    },
    goals: ['annual'],
  },
  '06_anxi_special_2022.tsv': {
    kind: 'project',
    year: 2022,
    name: '省级第七批水利专项资金',
    periods: [
      '西坪镇尧山村',
      '桃舟乡吾培村',
      '芦田镇三洋村',
      '蓬莱镇植洋村',
      '魁斗镇奇观村',
      '龙涓乡长塔村',
      '尚卿乡尤俊村',
    ],
    counts: { output: 2 },
    funds: { 'total:资金总额@全年': '100', 'fiscalSubtotal:其中:财政拨款@全年': '100' },
    goals: ['overall'],
  },
  '07_linhai_project_2024.tsv': {
    kind: 'project',
    year: null,
    name: '绿化养护经费',
    periods: ['全年'],
    counts: { output: 3, effect: 3, satisfaction: 1 },
    funds: {},
    goals: ['overall'],
  },
  '08_nanyue_project_2018.tsv': {
    kind: 'project',
    year: 2018,
    name: '2018年市级专项扶贫资金基础设施(人大代表扶贫基地)',
    periods: ['全年'],
    counts: { output: 8, effect: 4, satisfaction: 4 },
    funds: { 'total:年度资金总额:@年度': '10', 'fiscalSubtotal:其中:财政拨款@年度': '10', 'other:其他资金@年度': '0' },
    goals: ['annual'],
  },
  '09_ezhou_project_2022.tsv': {
    kind: 'project',
    year: 2022,
    name: '滨湖大胆办公大楼运行保障',
    periods: ['全年'],
    counts: { output: 7 },
    funds: {
      'costItem:保安服务费@全年': '191',
      'costItem:保安服务费@2020年实际执行数': '191',
      'costItem:保洁服务费@2021年实际执行数': '99',
      'costItem:水电气、维修维护费@2020年实际执行数': '372.88',
      'total:合计@全年': '814',
      'total:合计@2020年实际执行数': '662.98',
      'total:合计@2021年实际执行数': '794.55',
    },
    goals: ['overall'],
  },
  '10_fuliang_department_2026.tsv': {
    kind: 'department',
    year: null,
    name: '浮梁县林业局',
    periods: ['全年'],
    counts: { output: 13 },
    funds: {},
    goals: ['annual'],
  },
  '11_dongguan_project_2019.tsv': {
    kind: 'project',
    year: 2019,
    name: '镇际联网路升级改造工程一期',
    periods: ['中期', '年度'],
    counts: { output: 8, effect: 3 },
    funds: { 'total:中期市财政预算(万元)@中期': '284500.00', 'total:本年度申请市财政预算资金(万元)@年度': '919.00' },
    goals: ['longTerm', 'annual'],
  },
};

describe('recognizer on published samples of other regions', () => {
  for (const [file, exp] of Object.entries(EXPECT)) {
    test(file, () => {
      const forms = recognize(sampleGrid(file));
      expect(forms).toHaveLength(1);
      const f = forms[0];
      expect(() => FormSchema.parse(f)).not.toThrow();
      expect(f.kind).toBe(exp.kind);
      expect(f.year).toBe(exp.year);
      expect(f.name).toBe(exp.name);
      expect(f.periods).toEqual(exp.periods);
      expect(countsByLevel1(f)).toEqual(exp.counts);
      if (exp.funds) {
        const got = fundsMap(f);
        for (const [k, v] of Object.entries(exp.funds)) expect([k, got[k]]).toEqual([k, v]);
      }
      if (exp.goals) expect(f.goals.filter((g) => g.value !== null).map((g) => g.key)).toEqual(exp.goals);
    });
  }

  test('level labels are canonical even when written 产出值 / 项目完成指标 / 预期产出指标 / 效果指标', () => {
    const keys = (file: string) => [...new Set(recognize(sampleGrid(file))[0].indicators.map((n) => n.level1?.key))];
    expect(keys('01_linyi_project_2025.tsv')).toEqual(['output', 'effect']);
    expect(keys('02_zhaohua_project_2021.tsv')).toEqual(['output', 'effect', 'satisfaction']);
    expect(keys('11_dongguan_project_2019.tsv')).toEqual(['output', 'effect']);
  });

  test('鄂州: 二级 categories written in the 一级 column are read one level down', () => {
    const f = recognize(sampleGrid('09_ezhou_project_2022.tsv'))[0];
    const first = f.indicators[0];
    expect(first.level1?.key).toBe('output');
    expect(first.level2?.key).toBe('quantity');
    expect(first.level3?.text).toBe('办公大楼日常维修维护次数');
    expect(first.values['全年'].text).toBe('2280次');
  });

  test('临海: a two-level table puts 数量指标… in 二级 with the value on the same row', () => {
    const f = recognize(sampleGrid('07_linhai_project_2024.tsv'))[0];
    expect(f.indicators.map((n) => n.level2?.key)).toEqual([
      'quantity',
      'quality',
      'timeliness',
      'social',
      'ecological',
      'sustainable',
      'satisfaction',
    ]);
    expect(f.indicators[0].values['全年'].text).toBe('375万平方米');
  });

  test('东莞: 中期 and 年度 blocks side by side give one node per block', () => {
    const f = recognize(sampleGrid('11_dongguan_project_2019.tsv'))[0];
    const row8 = f.indicators.filter((n) => n.row === 8);
    expect(row8.map((n) => [n.block, n.level3?.address, Object.keys(n.values)])).toEqual([
      ['中期', 'D8', ['中期']],
      ['年度', 'G8', ['年度']],
    ]);
  });

  test('荣昌 and 浮梁: operator, value and unit columns are read as one value', () => {
    const rc = recognize(sampleGrid('04_rongchang_project_2022.tsv'))[0].indicators[0];
    expect([rc.unit?.text, rc.operator?.text, rc.values['全年'].text]).toEqual(['米', '=', '=3500米']);
    expect(rc.joined).toEqual({ prefix: '=', suffix: '米' });
    const fl = recognize(sampleGrid('10_fuliang_department_2026.tsv'))[0].indicators[0];
    expect([fl.operator?.text, fl.values['全年'].text, fl.unit?.text, fl.description?.text]).toEqual([
      '=',
      '=116人',
      '人',
      '该指标值数据合理',
    ]);
  });

  test('南岳: review rows at the bottom are not indicators and not unplaced', () => {
    const f = recognize(sampleGrid('08_nanyue_project_2018.tsv'))[0];
    expect(f.indicators.some((n) => /意见/.test(n.level1?.text ?? ''))).toBe(false);
    expect(f.header.filter((h) => h.key === 'review')).toHaveLength(3);
    expect(f.unplaced.map((c) => c.text)).toEqual([]);
  });
});
