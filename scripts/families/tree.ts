import { amt, day, m, month, SheetBuilder, type FamilyFixture, type In } from './sheet';

/**
 * Family 5: budget-system exports with ONE tree column (指标名称): 一级 and 二级 rows carry no value; the
 * level shows by indentation (two half-width spaces or one full-width space per level), by numbering
 * (一、 / （一） / 1.  or  1 / 1.1 / 1.1.1) or by level words (一级指标：产出指标). Operator, value and unit in
 * their own columns (指标性质 / 指标值 / 计量单位), then 权重. Header block as label–value pairs, with a
 * project code and real dates.
 */

type Node = [level: 1 | 2 | 3, name: string, op?: string, value?: In, unit?: string, weight?: number];

type Style = 'half' | 'full' | 'numbered' | 'decimal' | 'words';

const CN = ['一', '二', '三', '四', '五', '六'];

function labels(nodes: Node[], style: Style): string[] {
  const count = [0, 0, 0];
  return nodes.map(([level, name]) => {
    count[level - 1]++;
    for (let k = level; k < 3; k++) count[k] = 0;
    const [a, b2, c] = count;
    switch (style) {
      case 'half':
        return '  '.repeat(level - 1) + name;
      case 'full':
        return '\u3000'.repeat(level - 1) + name;
      case 'numbered':
        return level === 1 ? `${CN[a - 1]}、${name}` : level === 2 ? `（${CN[b2 - 1]}）${name}` : `${c}.${name}`;
      case 'decimal':
        return level === 1 ? `${a} ${name}` : level === 2 ? `${a}.${b2} ${name}` : `${a}.${b2}.${c} ${name}`;
      case 'words':
        return level === 1 ? `一级指标：${name}` : level === 2 ? `二级指标：${name}` : name;
    }
  });
}

interface TreeForm {
  file: string;
  style: Style;
  title: string;
  name: string;
  code: In;
  department: string;
  implementer: string;
  start: In;
  end: In;
  funds: [number, number];
  goal: string;
  nodes: Node[];
}

function treeForm(t: TreeForm): FamilyFixture {
  const b = new SheetBuilder('Sheet1', 5, [36, 10, 12, 12, 8]);
  b.title(t.title);
  b.body();
  b.row('项目名称', m(t.name, 2), '项目编码', t.code);
  b.row('主管部门', m(t.department, 2), '实施单位', t.implementer);
  b.row('开始时间', m(t.start, 2), '完成时间', t.end);
  b.row('资金总额（万元）', m(amt(t.funds[0]), 2), '其中：财政拨款', amt(t.funds[1]));
  b.row('年度目标', m(t.goal, 4));
  b.row('指标名称', '指标性质', '指标值', '计量单位', '权重');
  const names = labels(t.nodes, t.style);
  t.nodes.forEach(([level, , op, value, unit, weight], i) => {
    if (level < 3) b.row(names[i]);
    else b.row(names[i], op ?? null, value ?? null, unit ?? null, weight ?? null);
  });
  return { file: `families/${t.file}`, sheets: [b.build()] };
}

const SEWAGE: Node[] = [
  [1, '产出指标'],
  [2, '数量指标'],
  [3, '新建污水管网长度', '≥', 25, '公里', 15],
  [3, '改造雨污混接点', '≥', 120, '处', 10],
  [2, '质量指标'],
  [3, '管网闭水试验合格率', '=', 100, '%', 10],
  [2, '时效指标'],
  [3, '项目完工时限', '≤', 12, '月', 10],
  [2, '成本指标'],
  [3, '污水管网建设单位成本', '≤', 380, '万元/公里', 10],
  [1, '效益指标'],
  [2, '社会效益指标'],
  [3, '城市生活污水集中收集率', '≥', 70, '%', 15],
  [2, '生态效益指标'],
  [3, '污水处理厂进水BOD浓度', '≥', 100, 'mg/L', 10],
  [1, '满意度指标'],
  [2, '服务对象满意度指标'],
  [3, '周边居民满意度', '≥', 90, '%', 20],
];

const TOILET: Node[] = [
  [1, '产出指标'],
  [2, '数量指标'],
  [3, '改造城区公共厕所', '≥', 36, '座', 20],
  [2, '质量指标'],
  [3, '改造公厕达到二类以上标准比例', '=', 100, '%', 15],
  [2, '成本指标'],
  [3, '单座公厕改造成本', '≤', 28, '万元/座', 15],
  [1, '效益指标'],
  [2, '社会效益指标'],
  [3, '城区公厕服务半径', '≤', 500, '米', 15],
  [2, '可持续影响指标'],
  [3, '公厕日常保洁长效管理', '定性', '持续有效', undefined, 15],
  [1, '满意度指标'],
  [2, '服务对象满意度指标'],
  [3, '市民如厕满意度', '≥', 90, '%', 20],
];

const CLINIC: Node[] = [
  [1, '产出指标'],
  [2, '数量指标'],
  [3, '购置DR设备', '=', 12, '台', 20],
  [3, '配备全自动生化分析仪', '=', 12, '台', 10],
  [2, '质量指标'],
  [3, '设备验收合格率', '=', 100, '%', 10],
  [2, '时效指标'],
  [3, '设备安装调试完成时限', '≤', 10, '月', 10],
  [1, '效益指标'],
  [2, '社会效益指标'],
  [3, '乡镇卫生院影像检查服务能力', '定性', '明显提升', undefined, 20],
  [3, '群众外转检查人次下降率', '≥', 20, '%', 10],
  [1, '满意度指标'],
  [2, '服务对象满意度指标'],
  [3, '就诊群众满意度', '≥', 90, '%', 20],
];

const SHORE: Node[] = [
  [1, '产出指标'],
  [2, '数量指标'],
  [3, '岸线生态修复长度', '≥', 8.5, '公里', 20],
  [3, '新增滨江绿地面积', '≥', 42, '公顷', 10],
  [2, '质量指标'],
  [3, '苗木成活率', '≥', 95, '%', 10],
  [2, '成本指标'],
  [3, '每公里岸线修复成本', '≤', 1200, '万元/公里', 10],
  [1, '效益指标'],
  [2, '生态效益指标'],
  [3, '修复岸段植被覆盖率', '≥', 85, '%', 15],
  [2, '可持续影响指标'],
  [3, '修复工程管护年限', '≥', 5, '年', 15],
  [1, '满意度指标'],
  [2, '服务对象满意度指标'],
  [3, '沿江居民满意度', '≥', 90, '%', 20],
];

const CERAMIC: Node[] = [
  [1, '产出指标'],
  [2, '数量指标'],
  [3, '培训陶瓷非遗传承人', '≥', 150, '人', 20],
  [3, '举办陶瓷文化展览', '≥', 6, '场', 10],
  [2, '时效指标'],
  [3, '展览举办完成时限', '≤', 11, '月', 10],
  [2, '成本指标'],
  [3, '传承人人均培训经费', '≤', 0.6, '万元/人', 10],
  [1, '效益指标'],
  [2, '社会效益指标'],
  [3, '展览参观人次', '≥', 20, '万人次', 15],
  [2, '经济效益指标'],
  [3, '带动陶瓷文创产品销售额', '≥', 800, '万元', 15],
  [1, '满意度指标'],
  [2, '服务对象满意度指标'],
  [3, '参训传承人满意度', '≥', 90, '%', 20],
];

export function tree(): FamilyFixture[] {
  return [
    treeForm({
      file: 'tree-indent-half.xlsx',
      style: 'half',
      title: '2024年度项目绩效目标申报表',
      name: '萍乡市城镇污水处理提质增效项目',
      code: '36030024T000000871',
      department: '萍乡市住房和城乡建设局',
      implementer: '萍乡市排水有限公司',
      start: day(2024, 1, 1),
      end: day(2024, 12, 31),
      funds: [4850, 4850],
      goal: '新建污水管网25公里，改造雨污混接点120处，城市生活污水集中收集率达到70%。',
      nodes: SEWAGE,
    }),
    treeForm({
      file: 'tree-indent-full.xlsx',
      style: 'full',
      title: '新余市2024年项目支出绩效目标',
      name: '新余市城区公共厕所提升改造',
      code: '360500241000123',
      department: '新余市城市管理局',
      implementer: '新余市环境卫生管理处',
      start: month(2024, 3),
      end: month(2024, 12),
      funds: [1008, 1008],
      goal: '改造城区公共厕所36座，全部达到二类以上标准，城区公厕服务半径不超过500米。',
      nodes: TOILET,
    }),
    treeForm({
      file: 'tree-numbered.xlsx',
      style: 'numbered',
      title: '2024年项目绩效目标表',
      name: '抚州市乡镇卫生院医疗设备购置项目',
      code: '361000230045',
      department: '抚州市卫生健康委员会',
      implementer: '抚州市各县（区）卫生健康委员会',
      start: '2024年1月',
      end: '2024年10月',
      funds: [960, 960],
      goal: '为12家乡镇卫生院购置DR设备和全自动生化分析仪，提升基层影像和检验服务能力。',
      nodes: CLINIC,
    }),
    treeForm({
      file: 'tree-decimal.xlsx',
      style: 'decimal',
      title: '2025年度项目绩效目标',
      name: '九江市长江岸线生态修复工程',
      code: '360400251100017',
      department: '九江市自然资源局',
      implementer: '九江市长江岸线管理中心',
      start: day(2025, 1, 1),
      end: day(2025, 12, 31),
      funds: [10200, 10200],
      goal: '修复长江岸线8.5公里，新增滨江绿地42公顷，修复岸段植被覆盖率达到85%以上。',
      nodes: SHORE,
    }),
    treeForm({
      file: 'tree-level-words.xlsx',
      style: 'words',
      title: '2024年项目绩效目标',
      name: '景德镇陶瓷文化传承发展项目',
      code: { cell: true, v: 360200240003, fmt: '0', cols: 1, rows: 1 },
      department: '景德镇市文化广电新闻出版旅游局',
      implementer: '景德镇市非物质文化遗产保护中心',
      start: month(2024, 2),
      end: month(2024, 11),
      funds: [180, 180],
      goal: '培训陶瓷非遗传承人150人，举办陶瓷文化展览6场，参观人次达到20万人次。',
      nodes: CERAMIC,
    }),
  ];
}
