import { amt, m, SheetBuilder, type FamilyFixture, type In } from './sheet';

/**
 * Family 7: several projects in one table. The project's own columns on the left (序号, 单位, 项目名称,
 * 资金, 年度目标) are merged down over its rows; 一级/二级/三级/指标值 on the right, one row group per project.
 */

interface Project {
  left: In[];
  rows: In[][];
}

function table(b: SheetBuilder, leftCols: number, projects: Project[]): void {
  for (const p of projects) {
    const first = b.next;
    const { last } = b.tree([[leftCols, leftCols + 1]], p.rows, { offset: leftCols });
    // the project's left cells, merged down over its rows
    p.left.forEach((v, c) => {
      if (v !== null) b.place(first, c, m(v, 1, last - first + 1));
    });
  }
}

function county(): FamilyFixture {
  const b = new SheetBuilder('项目绩效目标汇总', 9, [6, 20, 24, 12, 36, 12, 16, 24, 14]);
  b.title('信丰县2024年度项目支出绩效目标表');
  b.body();
  b.row(
    '序号',
    '单位名称',
    '项目名称',
    '资金总额（万元）',
    '年度绩效目标',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
  );
  table(b, 5, [
    {
      left: [
        1,
        '信丰县农业农村局',
        '脐橙产业高质量发展项目',
        amt(500),
        '2024年新建脐橙标准化果园2000亩，苗木成活率95%以上，带动果农增收。',
      ],
      rows: [
        ['产出指标', '数量指标', '新建标准化果园面积', '≥2000亩'],
        [null, '质量指标', '苗木成活率', '≥95%'],
        [null, '成本指标', '亩均补助标准', '≤2500元/亩'],
        ['效益指标', '经济效益指标', '果农人均增收', '≥800元'],
        ['满意度指标', '服务对象满意度指标', '果农满意度', '≥90%'],
      ],
    },
    {
      left: [
        2,
        '信丰县卫生健康委员会',
        '乡村医生补助',
        amt(312.6),
        '按时足额发放420名乡村医生补助，村卫生室服务全覆盖。',
      ],
      rows: [
        ['产出指标', '数量指标', '补助乡村医生人数', '≥420人'],
        [null, '时效指标', '补助资金发放及时率', '=100%'],
        ['效益指标', '社会效益指标', '村卫生室服务覆盖率', '=100%'],
        ['满意度指标', '服务对象满意度指标', '乡村医生满意度', '≥92%'],
      ],
    },
    {
      left: [
        3,
        '信丰县教育科技体育局',
        '农村义务教育学生营养改善计划',
        amt(1260.8),
        '为2.1万名农村义务教育学生提供营养膳食补助，不发生食品安全事故。',
      ],
      rows: [
        ['产出指标', '数量指标', '受益学生人数', '≥2.1万人'],
        [null, '质量指标', '食品安全事故发生次数', '=0次'],
        [null, '成本指标', '生均每天膳食补助标准', '≤5元'],
        ['效益指标', '社会效益指标', '学生营养健康状况', '持续改善'],
        ['满意度指标', '服务对象满意度指标', '学生家长满意度', '≥90%'],
      ],
    },
  ]);
  return { file: 'families/multi-project-county.xlsx', sheets: [b.build()] };
}

function town(): FamilyFixture {
  const b = new SheetBuilder('Sheet1', 11, [24, 18, 12, 12, 30, 12, 16, 22, 10, 10, 10]);
  b.title('2025年乡镇项目绩效目标表');
  b.body();
  b.row(
    '项目名称',
    '实施单位',
    '资金总额（万元）',
    '其中：财政资金',
    '年度绩效目标',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '计量单位',
  );
  table(b, 5, [
    {
      left: [
        '大坪乡农村公路安全生命防护工程',
        '大坪乡人民政府',
        amt(85.5),
        amt(85.5),
        '完成农村公路安防设施12公里，工程验收合格率100%。',
      ],
      rows: [
        ['产出指标', '数量指标', '安防设施建设里程', '≥', 12, '公里'],
        [null, '质量指标', '工程验收合格率', '=', 100, '%'],
        ['效益指标', '社会效益指标', '农村公路交通事故下降率', '≥', 10, '%'],
        ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥', 90, '%'],
      ],
    },
    {
      left: [
        '坪石镇农村饮水安全巩固提升',
        '坪石镇人民政府',
        '25万元',
        '25万元',
        '新建蓄水池3座，改造供水管道6公里，解决1200人饮水问题。',
      ],
      rows: [
        ['产出指标', '数量指标', '新建蓄水池', '≥', 3, '座'],
        [null, null, '改造供水管道', '≥', 6, '公里'],
        [null, '成本指标', '每公里管道改造成本', '≤', 3, '万元'],
        ['效益指标', '社会效益指标', '受益人口', '≥', 1200, '人'],
        ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥', 90, '%'],
      ],
    },
  ]);
  return { file: 'families/multi-project-town.xlsx', sheets: [b.build()] };
}

export function multi(): FamilyFixture[] {
  return [county(), town()];
}
