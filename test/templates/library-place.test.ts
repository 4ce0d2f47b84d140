import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { writeSheet } from '../../src/hosts/file/write-sheet';
import type { Form } from '../../src/model/form';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { LIBRARY } from '../../src/templates/library';
import {
  entryCells,
  isLevel3Column,
  libraryMatches,
  placeEntry,
  typedEntryCells,
} from '../../src/templates/library-place';
import { describeNewForm } from '../../src/templates/new-form';
import { BUILT_IN_PRESETS } from '../../src/templates/presets';
import { formsOf } from './helpers';

const entry = (name: string) => {
  const e = LIBRARY.find((x) => x.name === name);
  if (!e) throw new Error(name);
  return e;
};

async function newForm(presetId: string): Promise<Form> {
  const p = BUILT_IN_PRESETS.find((x) => x.id === presetId)!;
  const wb = new ExcelJS.Workbook();
  writeSheet(wb, describeNewForm(p, findSet(BUILT_IN_SETS, p.standardSet)!, { year: 2027 }));
  const [grid] = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  return formsOf(grid)[0];
}

describe('library entries in a form', () => {
  let seed: Form;
  beforeAll(async () => {
    seed = formsOf((await readWorkbookFile('test/fixtures/seed000.xlsx'))[0])[0];
  });

  test('typing 满意 offers 服务对象满意度-style entries, each with ≥ and %', () => {
    const hits = libraryMatches('满意', seed);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits[0].name).toBe('服务对象满意度');
    for (const h of hits) {
      expect(h.name).toContain('满意');
      expect(h.operator).toBe('≥');
      expect(h.unit).toBe('%');
    }
    expect(libraryMatches('满', seed)).toEqual([]); // one character is too little to suggest
    expect(libraryMatches('培训人数xyz', seed)).toEqual([]);
  });

  test('a plain 指标值 column gets the example; an operator/unit table gets them split', async () => {
    const table = seed.tables[0];
    const cells = entryCells(table, entry('服务对象满意度'));
    const level3 = table.columns.find((c) => c.role === 'level3')!.col;
    const value = table.columns.find((c) => c.role === 'value')!.col;
    expect(cells[level3]).toBe('服务对象满意度');
    expect(cells[value]).toBe('≥90%');
    const f2021 = await newForm('project-2021');
    const t = f2021.tables[0];
    const col = (role: string) => t.columns.find((c) => c.role === role)?.col;
    const split = entryCells(t, entry('服务对象满意度'));
    expect([split[col('level3')!], split[col('operator')!], split[col('value')!], split[col('unit')!]]).toEqual([
      '服务对象满意度',
      '≥',
      '90',
      '%',
    ]);
  });

  test('插入到选中行: one row below the selection; 二级/一级 labels only when the selected row is of another group', () => {
    const sat = seed.indicators.find((n) => /满意/.test(n.level2?.text ?? ''))!;
    // the form's 二级 满意度指标 is the library's 服务对象满意度指标
    const same = placeEntry(seed, entry('群众满意度'), sat.row)!;
    expect(same.beforeRow).toBe(sat.row + 1);
    expect(same.rows).toHaveLength(1);
    const level2 = seed.tables[0].columns.find((c) => c.role === 'level2')!.col;
    const level1 = seed.tables[0].columns.find((c) => c.role === 'level1')!.col;
    expect(same.rows[0][level2]).toBeUndefined();
    const output = seed.indicators.find((n) => n.level1?.text.includes('产出'))!;
    const other = placeEntry(seed, entry('群众满意度'), output.row)!;
    expect(other.rows[0][level2]).toBe('服务对象满意度指标');
    expect(other.rows[0][level1]).toMatch(/^满意度/);
    expect(placeEntry(seed, entry('群众满意度'), 1)).toBeNull(); // the title row: outside every table
  });

  test('typing: the typed cell gets the full name, only empty value cells get the template', () => {
    const table = seed.tables[0];
    const level3 = table.columns.find((c) => c.role === 'level3')!.col;
    // seed000 has 半年 (D) and 全年 (E) value columns: both get the template
    const [half, value] = table.columns.filter((c) => c.role === 'value').map((c) => c.col);
    const row = seed.indicators[0].row;
    expect(typedEntryCells(seed, entry('服务对象满意度'), row, { [level3]: '满意' })).toEqual({
      [level3]: '服务对象满意度',
      [half]: '≥90%',
      [value]: '≥90%',
    });
    expect(
      typedEntryCells(seed, entry('服务对象满意度'), row, { [level3]: '满意', [half]: '≥85%', [value]: '≥95%' }),
    ).toEqual({ [level3]: '服务对象满意度' });
    expect(isLevel3Column(seed, colIndex(level3))).toBe(true);
    expect(isLevel3Column(seed, colIndex(value))).toBe(false);
  });
});

function colIndex(letter: string): number {
  return letter.charCodeAt(0) - 65;
}
