import ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { writeSheet } from '../../src/hosts/file/write-sheet';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { BUILT_IN_SETS, findSet, toStandardSet } from '../../src/templates/catalog';
import type { SheetDescription } from '../../src/model/sheet';
import { describeNewForm } from '../../src/templates/new-form';
import { PresetSchema, type Preset } from '../../src/templates/preset-schema';
import { BUILT_IN_PRESETS, mergePresets, parsePresetFile, parseStoredPresets } from '../../src/templates/presets';

const STANDARD = BUILT_IN_SETS.map(toStandardSet);

function describe_(p: Preset): SheetDescription {
  const set = findSet(BUILT_IN_SETS, p.standardSet);
  if (!set) throw new Error(`no set ${p.standardSet}`);
  return describeNewForm(p, set, { year: 2027, name: '示例项目' });
}

async function roundTrip(d: SheetDescription): Promise<{ wb: ExcelJS.Workbook; buf: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  writeSheet(wb, d);
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf.buffer);
  return { wb: back, buf };
}

describe('presets', () => {
  test('four built-in presets: 2015 project and department, 2021 core table with 成本, 江苏 半年/全年', () => {
    expect(BUILT_IN_PRESETS.map((p) => `${p.id}:${p.kind}`)).toEqual([
      'project-2015:project',
      'department-2015:department',
      'project-2021:project',
      'project-jiangsu:project',
    ]);
    const p2021 = BUILT_IN_PRESETS[2];
    expect(p2021.sections.map((s) => s.label)).toContain('成本指标');
    expect(p2021.columns.map((c) => c.header)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
    ]);
    expect(BUILT_IN_PRESETS[3].columns.filter((c) => c.role === 'value').map((c) => c.period)).toEqual([
      '半年',
      '全年',
    ]);
  });

  test('user preset files: one or a list, validated with field names; a user id replaces the built-in', () => {
    const mine = { ...BUILT_IN_PRESETS[0], name: '我的项目表' };
    const ok = parsePresetFile(JSON.stringify([mine]));
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(mergePresets(BUILT_IN_PRESETS, ok.presets).find((p) => p.id === 'project-2015')?.name).toBe('我的项目表');
    const bad = parsePresetFile(JSON.stringify({ ...mine, title: '没有年份' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/^title[:：]/);
    expect(parsePresetFile('{').ok).toBe(false);
    expect(PresetSchema.safeParse({ ...mine, columns: mine.columns.slice(0, 2) }).success).toBe(false);
  });

  test('rollClear: every built-in preset says what 复制为新年度 empties; an empty rule is refused', () => {
    for (const p of BUILT_IN_PRESETS) expect(p.rollClear.map((c) => c.what)).toEqual(['实际完成值', '自评', '日期']);
    const empty = parsePresetFile(JSON.stringify({ ...BUILT_IN_PRESETS[0], rollClear: [{ what: '日期' }] }));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.join()).toMatch(/^rollClear\.0[:：].*columns 或 fields/);
    // without rollClear: nothing is cleared (the default)
    const bare: Partial<Preset> = { ...BUILT_IN_PRESETS[0] };
    delete bare.rollClear;
    const parsed = parsePresetFile(JSON.stringify(bare));
    expect(parsed.ok && parsed.presets[0].rollClear).toEqual([]);
  });

  test('stored presets (per-user storage): each valid one is kept, a broken value gives none', () => {
    const mine = { ...BUILT_IN_PRESETS[0], id: 'mine' };
    expect(parseStoredPresets(JSON.stringify([mine, { id: 'x' }])).map((p) => p.id)).toEqual(['mine']);
    expect(parseStoredPresets('{')).toEqual([]);
    expect(parseStoredPresets(JSON.stringify(mine))).toEqual([]);
  });
});

describe.each(BUILT_IN_PRESETS.map((p) => [p.id, p] as const))('new form from preset %s', (_id, preset) => {
  test('read back from the xlsx and checked: one form of its kind, the year, no error, no missing standard', async () => {
    const d = describe_(preset);
    const { buf } = await roundTrip(d);
    const grids = await readWorkbook(buf);
    const { forms, findings } = checkGrids(grids);
    expect(forms).toHaveLength(1);
    expect(forms[0].kind).toBe(preset.kind);
    expect(forms[0].year).toBe(2027);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure.missing-standard')).toEqual([]);
    // Every standard 决策/过程 item of the set is a row of the form.
    const set = findSet(BUILT_IN_SETS, preset.standardSet);
    const names = forms[0].indicators.map((n) => n.level3?.text);
    for (const s of STANDARD.filter((x) => x.id === set?.id))
      for (const i of s.items) expect(names).toContain(i.level3);
    // The preset's 一级 sections are recognized (成本 as its own 一级 on the 2021 table).
    const level1 = new Set(forms[0].indicators.map((n) => n.level1?.key));
    expect([...level1].sort()).toEqual(
      preset.id === 'project-2021'
        ? ['cost', 'decision', 'output', 'effect', 'process', 'satisfaction'].sort()
        : ['decision', 'effect', 'output', 'process', 'satisfaction'],
    );
  });

  test('the check can fail: without a standard row the form reports structure.missing-standard', async () => {
    const d = describe_(preset);
    const set = findSet(BUILT_IN_SETS, preset.standardSet);
    const first = set?.sections[0].groups[0].items[0].name;
    const cut = { ...d, cells: d.cells.filter((c) => c.value !== first) };
    const { buf } = await roundTrip(cut);
    const { findings } = checkGrids(await readWorkbook(buf));
    expect(
      findings
        .filter((f) => f.rule === 'structure.missing-standard')
        .map((f) => f.message)
        .join(),
    ).toContain(first);
  });

  test('opened with exceljs: SUM total with its cached result, validations, merges, widths, A4 print setup', async () => {
    const d = describe_(preset);
    const { wb } = await roundTrip(d);
    const ws = wb.worksheets[0];
    const sums: { at: string; formula: string; result: unknown }[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) sums.push({ at: cell.address, formula: cell.formula, result: cell.result });
      }),
    );
    expect(sums).toHaveLength(1);
    const parts = preset.funds.parts.length;
    const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(sums[0].formula);
    expect(m).not.toBeNull();
    const totalRow = Number(/\d+/.exec(sums[0].at)?.[0]);
    expect(Number(m?.[2])).toBe(totalRow + 1);
    expect(Number(m?.[4])).toBe(totalRow + parts);
    expect(sums[0].result).toBe(0);
    // Validations: 一级 and 二级 lists on the table body, and the operator list where the preset has one.
    const header = d.table.headerRow;
    const v1 = ws.getCell(`A${header + 1}`).dataValidation;
    expect(v1.type).toBe('list');
    expect(v1.formulae?.[0]).toContain('决策指标');
    expect(v1.formulae?.[0]).toContain('满意度指标');
    expect(ws.getCell(`B${header + 1}`).dataValidation.formulae?.[0]).toContain('数量指标');
    const op = preset.columns.findIndex((c) => c.role === 'operator');
    if (op >= 0) expect(ws.getCell(header + 1, op + 1).dataValidation.formulae?.[0]).toBe('"≥,≤,=,定性"');
    else expect(ws.getCell(`D${header + 1}`).dataValidation?.type).toBeUndefined();
    // Merges: the title across the table, the 决策 label down its rows.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain(`A1:${String.fromCharCode(64 + preset.columns.length)}1`);
    expect(merges.some((r) => r.startsWith(`A${header + 1}:A`))).toBe(true);
    expect(ws.getColumn(3).width).toBe(preset.columns[2].width);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });
});

describe('describeNewForm', () => {
  test('2021 table splits values into 指标性质 / 指标值 / 度量单位', () => {
    const d = describe_(BUILT_IN_PRESETS[2]);
    const at = (a: string) => d.cells.find((c) => c.at === a)?.value;
    const row = Number(/\d+/.exec(d.cells.find((c) => c.value === '资金到位率')?.at ?? '')?.[0]);
    expect([at(`D${row}`), at(`E${row}`), at(`F${row}`)]).toEqual(['=', 100, '%']);
    const q = Number(/\d+/.exec(d.cells.find((c) => c.value === '立项依据充分性')?.at ?? '')?.[0]);
    expect([at(`D${q}`), at(`E${q}`), at(`F${q}`)]).toEqual(['定性', '充分', undefined]);
  });

  test('title carries the year and the name goes into the first header field', () => {
    const d = describe_(BUILT_IN_PRESETS[0]);
    expect(d.cells[0].value).toBe('2027年度项目支出绩效目标表');
    expect(d.cells.find((c) => c.at === 'B3')?.value).toBe('示例项目');
  });
});
