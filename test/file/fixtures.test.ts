import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { CellValue, Grid } from '../../src/model/grid';
import { allFixtures, SEEDS, type Fixture } from '../../scripts/seeds/catalog';
import { countIndicators } from '../../scripts/seeds/counts';
import { readSamples, FIXTURES_DIR } from '../../scripts/seeds/samples';
import type { SheetSpec } from '../../scripts/seeds/sheet';
import { workbookBytes } from '../../scripts/seeds/write';

const fixtures = allFixtures(readSamples());
const read = (file: string) => readWorkbookFile(path.join(FIXTURES_DIR, file));

/** The grid a reader should return for a sheet spec: the used range of its values. */
function expectedGrid(spec: SheetSpec): Pick<Grid, 'sheet' | 'origin' | 'values' | 'merges'> {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => v !== null && cells.push({ r: spec.origin.row + r, c: spec.origin.col + c, v })),
  );
  const sheetMerges = spec.merges
    .map((m) => ({
      r0: m.r0 + spec.origin.row,
      c0: m.c0 + spec.origin.col,
      r1: m.r1 + spec.origin.row,
      c1: m.c1 + spec.origin.col,
    }))
    .sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  if (cells.length === 0) return { sheet: spec.name, origin: { row: 0, col: 0 }, values: [], merges: sheetMerges };
  // The used range also covers merged areas whose top-left cell holds a value (the reader's rule).
  const filledMerges = sheetMerges.filter((m) => cells.some((x) => x.r === m.r0 && x.c === m.c0));
  const top = Math.min(...cells.map((x) => x.r));
  const left = Math.min(...cells.map((x) => x.c));
  const bottom = Math.max(...cells.map((x) => x.r), ...filledMerges.map((m) => m.r1));
  const right = Math.max(...cells.map((x) => x.c), ...filledMerges.map((m) => m.c1));
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<CellValue>(right - left + 1).fill(null),
  );
  for (const { r, c, v } of cells) values[r - top][c - left] = v;
  return { sheet: spec.name, origin: { row: top, col: left }, values, merges: sheetMerges };
}

/** Non-empty cell texts with all whitespace (incl. 全角 space) removed, counted. */
function multiset(grids: Grid[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of grids)
    for (const row of g.values)
      for (const v of row) {
        if (v === null) continue;
        const t = String(v).replace(/[\s\u3000]+/g, '');
        if (t !== '') m.set(t, (m.get(t) ?? 0) + 1);
      }
  return m;
}

describe('fixtures on disk', () => {
  it('every generated workbook is committed and there are no stray ones', () => {
    const onDisk = [
      ...fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.xlsx')),
      ...fs
        .readdirSync(path.join(FIXTURES_DIR, 'samples'))
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => `samples/${f}`),
    ].sort();
    expect(onDisk).toEqual(fixtures.map((f) => f.file).sort());
    expect(fixtures.filter((f) => f.file.startsWith('samples/'))).toHaveLength(11);
  });

  it.each(fixtures.map((f) => [f.file, f] as [string, Fixture]))(
    '%s is what the generator writes (deterministic, up to date)',
    async (file, fx) => {
      const bytes = await workbookBytes(fx.sheets);
      expect(bytes.equals(fs.readFileSync(path.join(FIXTURES_DIR, file)))).toBe(true);
    },
  );
});

describe('round trip: each fixture reads back as its builder grid', () => {
  it.each(fixtures.map((f) => [f.file, f] as [string, Fixture]))('%s', async (file, fx) => {
    const grids = await read(file);
    expect(grids.map((g) => g.sheet)).toEqual(fx.sheets.map((s) => s.name));
    grids.forEach((g, i) => {
      const spec = fx.sheets[i];
      const want = expectedGrid(spec);
      expect(g.origin).toEqual(want.origin);
      expect(g.values).toEqual(want.values);
      expect(g.merges).toEqual(want.merges);
      expect(g.hiddenCols ?? []).toEqual((spec.hiddenCols ?? []).map((c) => c + spec.origin.col));
    });
  });
});

describe('variants keep the canonical labels and values', () => {
  const variants = fixtures.filter((f) => f.canonical);
  it.each(variants.map((f) => [f.file, f] as [string, Fixture]))('%s', async (file, fx) => {
    const base = multiset(await read(fx.canonical as string));
    const got = multiset(await read(file));
    if (fx.variant === 'nomerge' || fx.variant === 'spaces' || fx.variant === 'shifted') {
      expect(got).toEqual(base);
    } else if (fx.variant === 'filled') {
      expect([...got.keys()].sort()).toEqual([...base.keys()].sort());
      for (const [k, n] of base) expect(got.get(k)).toBeGreaterThanOrEqual(n);
    } else {
      for (const [k, n] of base) expect(got.get(k) ?? 0).toBeGreaterThanOrEqual(n);
    }
  });

  it('the variants look the way they are named', async () => {
    const [canon] = await read('seed000.xlsx');
    const [nomerge] = await read('seed000-nomerge.xlsx');
    const [filledG] = await read('seed000-filled.xlsx');
    const [spacesG] = await read('seed000-spaces.xlsx');
    const [shiftedG] = await read('seed000-shifted.xlsx');
    const [noiseG] = await read('seed000-noise.xlsx');
    expect(canon.merges.length).toBeGreaterThan(20);
    expect(canon.merges).toContainEqual({ r0: 37, c0: 0, r1: 71, c1: 0 }); // 产出指标 over its 35 rows
    expect(nomerge.merges).toEqual([]);
    expect(nomerge.values).toEqual(canon.values);
    expect(filledG.merges).toEqual([]);
    expect(filledG.values[38][0]).toBe('产出指标');
    expect(filledG.values[38][1]).toBe('成本指标');
    expect(spacesG.values[23]).toEqual([
      '一级 指标',
      '二级\n指标',
      '三级指标 ',
      '半年（程） 指标值',
      '全年（程） 指标值',
    ]);
    expect(shiftedG.origin).toEqual({ row: 3, col: 2 });
    expect(noiseG.hiddenCols).toEqual([0]);
    expect(noiseG.values.flat()).toContain('附：联系人信息');
  });
});

describe('seed content', () => {
  it('amounts are numbers, values stay text', async () => {
    const [g] = await read('seed003.xlsx');
    const flat = g.values.flat();
    expect(flat).toContain(6759.58);
    expect(flat).toContain(1224.14);
    expect(flat).toContain('90%左右');
    expect(flat).toContain('＝100%');
    expect(flat.filter((v) => typeof v === 'string' && /\$|\\geq/.test(v))).toEqual([]);
    const [s03] = await read('samples/03_yuanzhou_project_2022.xlsx');
    expect(s03.values.flat()).toContain(6070);
    expect(s03.values.flat()).toContain(80000);
  });

  it('keeps the seed defects the checker must find', async () => {
    const flat = (await Promise.all(SEEDS.map((s) => read(`seed${s.id}.xlsx`)))).flat().flatMap((g) => g.values.flat());
    for (const v of [
      '维保维护费用',
      '综合服务平台运营设备日检查合格率',
      '≥62.01万元',
      '≥0万元',
      '=1.146万元',
      '=1.416万元',
      '双碳目标',
      '≥4',
      '误差不超过二天',
      '<8 天',
      '430 元/人',
      '4 个',
      '满意率≥90%',
      '≥0次',
      '提高',
      '=篇',
      '结果',
    ])
      expect(flat).toContain(v);
  });

  it('stacks the forms as documented', () => {
    const forms = (id: string) =>
      SEEDS.find((s) => s.id === id)!
        .parts()
        .filter((p) => p.kind !== 'text');
    expect(forms('000')).toHaveLength(1);
    expect(forms('001')).toHaveLength(2);
    expect(forms('002')).toHaveLength(17);
    expect(forms('003').map((p) => p.kind)).toEqual(['department']);
    expect(forms('004').map((p) => p.kind)).toEqual(new Array(5).fill('department'));
  });

  // The golden counts of test/fixtures/README.md, counted by hand from the seed text.
  const GOLDEN: Record<string, string> = {
    '000 项目 住房公积金管理业务费用':
      '决策 6, 过程 7, 产出指标 35, 效益指标 11, 综合服务平台运营设备日检查合格率 1, 满意度指标 3 = 63; empty 0',
    '001 项目 公积金中心市本级及管理部管理费':
      '产出指标 12, 效益指标 6, 满意度指标 3 = 21; empty 2 | 产出指标 12, 效益指标 6, 满意度指标 3 = 21; empty 2',
    '001 项目 公积金中心运转维护经费':
      '产出指标 11, 效益指标 3, 满意度指标 3 = 17; empty 3 | 产出指标 11, 效益指标 3, 满意度指标 3 = 17; empty 3',
    '002 项目 宣传费': '产出指标 6, 效果指标 1, 满意度指标 1 = 8; empty 3',
    '002 项目 网络租赁服务费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 预留奖励绩效工资': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 聘用人员劳务费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 房屋租赁费': '产出 指标 4, 效果 指标 1, 满意度指标 2 = 7; empty 3',
    '002 项目 营业大厅运转费': '产出指标 5, 效果指标 1 = 6; empty 3',
    '002 项目 业务工作培训费': '产出指标 5, 效果指标 1, 满意度指标 2 = 8; empty 3',
    '002 项目 专项业务费-工装购置费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 专项业务费-贷款管理专项经费': '产出指标 4, 效果指标 1 = 5; empty 3',
    '002 项目 大宗印刷费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 综合事务工作经费-审计费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 综合事务工作经费-帮扶款': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 办公家具及自动化设备购置费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 系统升级及配套设施': '产出 指标 4, 效果 指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 调资及不可预见费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 法律顾问经费': '产出指标 4, 效果指标 1, 满意度指标 1 = 6; empty 3',
    '002 项目 营业场所建设款': '产出 指标 4, 效果 指标 1, 满意度指标 1 = 6; empty 3',
    '003 部门 盐城市住房公积金管理中心': '决策 6, 过程 25, 履职 44, 效益 10, 满意度 2 = 87; empty 0',
    '004 部门 无锡市住房公积金管理中心（本级）': '决策 6, 过程 25, 履职 6, 效益指标 1 = 38; empty 4',
    '004 部门 无锡市住房公积金管理中心江阴市分中心': '决策 6, 过程 25, 履职 4, 效益指标 2, 满意度指标 1 = 38; empty 2',
    '004 部门 无锡市住房公积金管理中心宜兴市分中心': '决策 6, 过程 25, 履职 4, 效益指标 3, 满意度指标 1 = 39; empty 1',
    '004 部门 无锡市住房公积金管理中心锡山分中心': '决策 6, 过程 25, 履职 3, 效益指标 1 = 35; empty 4',
    '004 部门 无锡市住房公积金管理中心惠山分中心': '决策 3, 结果 2, 过程 25, 履职 4, 效益指标 1 = 35; empty 5',
  };

  it('the builders hold exactly the hand-counted indicator rows', () => {
    const got: Record<string, string> = {};
    for (const s of SEEDS)
      for (const p of s.parts().filter((x) => x.kind !== 'text'))
        got[p.label] = countIndicators(p)
          .map(
            (c) =>
              `${Object.entries(c.byLevel1)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')} = ${c.total}; empty ${c.empty}`,
          )
          .join(' | ');
    expect(got).toEqual(GOLDEN);
  });
});
