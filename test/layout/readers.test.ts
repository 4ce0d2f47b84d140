/**
 * The layout readers (src/layout/readers): every reader file is registered under its file name, and
 * each family's fixture is read by that family's reader (the family is what the fixture's builder typed,
 * scripts/families; the seeds and samples stay with the readers that read them today).
 */
import { readdirSync } from 'fs';
import path from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { READERS } from '../../src/layout/readers/registry';
import type { LayoutReader } from '../../src/layout/readers/types';
import { traceSheet } from '../../src/layout/trace';

const DIR = path.resolve(__dirname, '../../src/layout/readers');
const FIX = path.resolve(__dirname, '../fixtures');

function readerFiles(): { name: string; reader: LayoutReader }[] {
  const out: { name: string; reader: LayoutReader }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file is loaded to see whether it is a reader
    const mod = require(path.join(DIR, file)) as { reader?: LayoutReader };
    if (mod.reader) out.push({ name: file.replace(/\.ts$/, ''), reader: mod.reader });
  }
  return out;
}

test('every reader file is registered, with its file name as id and a zh-CN name', () => {
  const files = readerFiles();
  expect(files.length).toBeGreaterThanOrEqual(8);
  expect(files.filter((f) => f.reader.id !== f.name).map((f) => f.name)).toEqual([]);
  const registered = new Set(READERS);
  expect(files.filter((f) => !registered.has(f.reader)).map((f) => f.name)).toEqual([]);
  expect(READERS.length).toBe(files.length);
  for (const r of READERS) expect(r.name).toMatch(/[\u4e00-\u9fa5]/);
});

/** The reader of each table of each form, by fixture (families written from the official templates). */
const BY_FAMILY: Record<string, string> = {
  'families/ministry2015-project-road.xlsx': 'ministry2015',
  'families/ministry2015-project-school.xlsx': 'ministry2015',
  'families/core2021-project-water.xlsx': 'core2021',
  'families/core2021-department-agri.xlsx': 'core2021',
  'families/transfer-region-county.xlsx': 'transfer',
  'families/transfer-project-selfeval.xlsx': 'transfer',
  'families/approval-project-health.xlsx': 'approval',
  'families/approval-department-edu.xlsx': 'approval',
  'families/tree-indent-half.xlsx': 'tree',
  'families/tree-indent-full.xlsx': 'tree',
  'families/tree-numbered.xlsx': 'tree',
  'families/tree-decimal.xlsx': 'tree',
  'families/tree-level-words.xlsx': 'tree',
  'families/flat-list-project.xlsx': 'flat',
  'families/flat-list-department.xlsx': 'flat',
  'families/multi-project-county.xlsx': 'multi-project',
  'families/multi-project-town.xlsx': 'multi-project',
  'families/habits-split.xlsx': 'generic',
  'seed000.xlsx': 'generic',
};

test.each(Object.entries(BY_FAMILY))('%s is read by %s', async (file, id) => {
  const grids = await readWorkbookFile(path.join(FIX, file));
  const readers = grids.flatMap((g) => traceSheet(g).traces.flatMap((t) => t.tables.map((x) => x.reader)));
  expect(readers.length).toBeGreaterThan(0);
  expect([...new Set(readers)]).toEqual([id]);
});
