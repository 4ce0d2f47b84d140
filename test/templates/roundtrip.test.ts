import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { run } from '../../src/cli/template';
import { captureRun } from '../helpers/capture';
import { worksheetMerges } from '../../src/hosts/file/insert-rows';
import { gridFromWorksheet } from '../../src/hosts/file/xlsx';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import { deleteSheetRows, missingFromSequence, rowLines, standardRows } from './helpers';

const quiet = async (args: string[]): Promise<number> => (await captureRun(run, args)).code;

/** Copies a seed with all 决策/过程 rows of every form deleted; returns its path. */
async function withoutStandardRows(seed: string, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(`test/fixtures/${seed}.xlsx`);
  for (const ws of wb.worksheets) deleteSheetRows(ws, recognize(gridFromWorksheet(ws)).flatMap(standardRows));
  const out = join(dir, `${seed}-cut.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

describe('template apply round trip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ts-templates-'));

  it.each([
    ['seed000', 'project-common'],
    ['seed003', 'department-common'],
    ['seed004', 'department-common'],
  ])('%s: restores 决策/过程 rows, check finds nothing missing, every other cell kept', async (seed, set) => {
    const cut = await withoutStandardRows(seed, dir);
    const out = join(dir, `${seed}-out.xlsx`);
    expect(await quiet(['apply', cut, '--set', set, '-o', out])).toBe(0);
    const before = await readWorkbookFile(cut);
    const after = await readWorkbookFile(out);
    const result = checkGrids(after);
    expect(result.findings.filter((f) => f.rule === 'structure.missing-standard')).toEqual([]);
    before.forEach((g, i) => expect(missingFromSequence(rowLines(g), rowLines(after[i]))).toBeNull());
    // The restored forms hold their standard rows again.
    const original = (await readWorkbookFile(`test/fixtures/${seed}.xlsx`))
      .flatMap((g) => recognize(g))
      .map((f) => standardRows(f).length);
    const restored = after.flatMap((g) => recognize(g)).map((f) => standardRows(f).length);
    restored.forEach((n, k) => expect(n).toBeGreaterThanOrEqual(Math.min(original[k], 11)));
  });

  it('seed000: rows come back exactly where they were, with merges and styles like the original', async () => {
    const cut = await withoutStandardRows('seed000', dir);
    const out = join(dir, 'seed000-exact.xlsx');
    expect(await quiet(['apply', cut, '--set', 'project-common', '-o', out])).toBe(0);
    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile('test/fixtures/seed000.xlsx');
    const got = new ExcelJS.Workbook();
    await got.xlsx.readFile(out);
    const o = orig.worksheets[0];
    const g = got.worksheets[0];
    for (let r = 25; r <= 35; r++)
      for (const c of ['A', 'B', 'C'])
        expect(`${c}${r}=${g.getCell(`${c}${r}`).text}`).toBe(`${c}${r}=${o.getCell(`${c}${r}`).text}`);
    expect(g.getCell('D32').text).toBe('=50%');
    // Rows below shifted back to their original place: 产出 starts at 38 again (orig has 2 custom rows at 36-37).
    for (let r = 38; r <= 87; r++) expect(g.getCell(`C${r - 2}`).text).toBe(o.getCell(`C${r}`).text);
    const merges = worksheetMerges(g).map((m) => `${m.c0}:${m.r0}-${m.c1}:${m.r1}`);
    expect(merges).toEqual(expect.arrayContaining(['0:24-0:29', '1:24-1:25', '1:30-1:32']));
    expect(g.getCell('C26').style.border).toEqual(o.getCell('C26').style.border);
  });

  it('is a no-op on a complete form and refuses to overwrite its input', async () => {
    const inp = join(dir, 'seed000.xlsx');
    copyFileSync('test/fixtures/seed000.xlsx', inp);
    expect(await quiet(['apply', inp, '--set', 'project-common', '-o', inp])).toBe(2);
    const out = join(dir, 'seed000-noop.xlsx');
    expect(await quiet(['apply', inp, '--set', 'project-common', '-o', out])).toBe(0);
    const a = await readWorkbookFile(inp);
    const b = await readWorkbookFile(out);
    expect(rowLines(b[0])).toEqual(rowLines(a[0]));
  });

  it('exit codes: unknown set 2, missing -o 2, no form of the kind 1, unreadable file 2', async () => {
    const out = join(dir, 'x.xlsx');
    expect(await quiet(['apply', 'test/fixtures/seed000.xlsx', '--set', 'nope', '-o', out])).toBe(2);
    expect(await quiet(['apply', 'test/fixtures/seed000.xlsx'])).toBe(2);
    expect(await quiet(['apply', 'test/fixtures/seed000.xlsx', '--set', 'department-common', '-o', out])).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(await quiet(['apply', join(dir, 'missing.xlsx'), '-o', out])).toBe(2);
    expect(await quiet(['list'])).toBe(0);
  });

  it('user sets in the workbook folder: a valid one is used, an invalid one is a clear error', async () => {
    const userDir = mkdtempSync(join(tmpdir(), 'ts-user-'));
    const inp = await withoutStandardRows('seed000', userDir);
    const mini = {
      id: 'my-region',
      name: '本地项目共性指标',
      kind: 'project',
      sections: [
        {
          key: 'decision',
          label: '决策',
          groups: [
            { key: 'projectSetup', label: '项目立项', items: [{ name: '立项依据充分性', half: '充分', full: '充分' }] },
          ],
        },
      ],
    };
    writeFileSync(join(userDir, 'target-sheet.templates.json'), JSON.stringify(mini));
    const out = join(userDir, 'out.xlsx');
    expect(await quiet(['apply', inp, '--set', 'my-region', '-o', out])).toBe(0);
    const rows = recognize((await readWorkbookFile(out))[0])[0].indicators.filter((n) => n.level1?.key === 'decision');
    expect(rows.map((n) => n.level3?.text)).toEqual(['立项依据充分性']);
    writeFileSync(join(userDir, 'bad.template.json'), JSON.stringify({ ...mini, id: 'Bad Id', kind: 'x' }));
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await run(['apply', inp, '--set', 'my-region', '-o', join(userDir, 'out2.xlsx')]);
    const printed = err.mock.calls.flat().join('\n');
    err.mockRestore();
    expect(code).toBe(2);
    expect(printed).toMatch(/bad\.template\.json/);
    expect(printed).toMatch(/kind/);
  });
});
