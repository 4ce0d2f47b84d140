/**
 * Golden models of the seed workbooks (test/fixtures, built from the seed texts) and the promise that
 * every layout variant of a form yields the same model except addresses.
 * The golden JSON files were reviewed by hand against the seed text; regenerate with
 * `node bin/run-ts.js scripts/dev/golden.ts` and review the diff before committing.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import { FormSchema, type Form } from '../../src/model/form';
import { summarize, type FormSummary } from './summary';

const FIX = join(__dirname, '..', 'fixtures');
const cache = new Map<string, Promise<Form[]>>();
function formsOf(file: string): Promise<Form[]> {
  if (!cache.has(file))
    cache.set(
      file,
      readWorkbookFile(join(FIX, file)).then((gs) => gs.flatMap((g) => recognize(g))),
    );
  return cache.get(file)!;
}
const golden = (name: string): FormSummary[] =>
  JSON.parse(readFileSync(join(__dirname, 'golden', `${name}.json`), 'utf8')) as FormSummary[];

/** Counted by hand from the seed text: indicator rows (a 三级 name or a value) per 一级, per form. */
const HAND_COUNTS: Record<string, Record<string, number>[]> = {
  seed000: [{ decision: 6, process: 7, output: 35, effect: 12, satisfaction: 3 }],
  seed001: [
    { output: 24, effect: 12, satisfaction: 6 },
    { output: 22, effect: 6, satisfaction: 6 },
  ],
  seed003: [{ decision: 6, process: 25, duty: 44, effect: 10, satisfaction: 2 }],
  seed004: [
    { decision: 6, process: 25, duty: 6, effect: 1 },
    { decision: 6, process: 25, duty: 4, effect: 2, satisfaction: 1 },
    { decision: 6, process: 25, duty: 4, effect: 3, satisfaction: 1 },
    { decision: 6, process: 25, duty: 3, effect: 1 },
    { decision: 3, '?结果': 2, process: 25, duty: 4, effect: 1 },
  ],
};

const SEEDS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'];
const VARIANTS = ['nomerge', 'filled', 'spaces', 'shifted', 'noise'];

describe('seed workbooks: golden models', () => {
  test.each(SEEDS)('%s matches its reviewed golden model and the schema', async (name) => {
    const forms = await formsOf(`${name}.xlsx`);
    for (const f of forms) FormSchema.parse(f);
    expect(forms.map(summarize)).toEqual(golden(name));
  });

  test.each(Object.keys(HAND_COUNTS))('%s indicator counts per 一级 equal the hand count', async (name) => {
    const forms = await formsOf(`${name}.xlsx`);
    expect(forms.map((f) => summarize(f).counts)).toEqual(HAND_COUNTS[name]);
  });

  test('seed 002: seventeen project forms (15 numbered, 8 and 10 in two parts) after the department text', async () => {
    const forms = await formsOf('seed002.xlsx');
    expect(forms).toHaveLength(17);
    expect(forms.every((f) => f.kind === 'project' && f.year === 2020)).toBe(true);
    expect(forms.map((f) => f.name)).toContain('专项业务费-贷款管理专项经费');
    // 预算数 = 财政资金 + 其他资金 and the spending plan of the first form
    const f = forms[0];
    expect(f.funds.map((x) => [x.key, x.amounts['全年']?.text ?? null])).toEqual([
      ['total', '25'],
      ['fiscal', '25'],
      ['other', null],
    ]);
    expect(f.plan.map((p) => `${p.label.text}=${p.value?.text ?? ''}`)).toEqual([
      '3月底=10%',
      '6月底=30%',
      '10月底=60%',
      '12月底=100%',
    ]);
    // forms 6 and 8-02 have no 满意度 block
    expect(forms.filter((x) => !x.indicators.some((n) => n.level1?.key === 'satisfaction')).map((x) => x.name)).toEqual(
      ['营业大厅运转费', '专项业务费-贷款管理专项经费'],
    );
  });

  test('seed 004: the 锡山 and 惠山 project lines and their half-year sums as printed', async () => {
    const forms = await formsOf('seed004.xlsx');
    const lines = (i: number, p: string) =>
      forms[i].funds.filter((x) => x.key === 'projectLine').map((x) => Number(x.amounts[p]?.value ?? 0));
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(forms[3].name).toBe('无锡市住房公积金管理中心锡山分中心');
    expect(sum(lines(3, '半年'))).toBe(139.01);
    expect(forms[3].funds.find((x) => x.key === 'project')?.amounts['半年'].value).toBe(150);
    expect(sum(lines(4, '半年'))).toBe(201.36);
    expect(Math.max(...lines(4, '半年'))).toBe(130.83);
    expect(forms[4].goals.find((g) => g.key === 'annual')?.value?.text).toMatch(/^2023年/);
  });

  test('seed 000: the shifted cells are read where they belong and their real cell is kept', async () => {
    const [f] = await formsOf('seed000.xlsx');
    const byName = (t: string) => f.indicators.find((n) => n.level3?.text === t)!;
    const wb = byName('维保维护费用');
    expect([wb.level2?.key, wb.values['半年'].text, wb.values['全年'].text]).toEqual(['cost', '≤20万元', '≤54.95万元']);
    expect(wb.level3!.address.startsWith('B')).toBe(true); // written in the 二级 column
    const rate = byName('综合服务平台运营设备日检查合格率');
    expect(rate.level3!.address.startsWith('A')).toBe(true); // written in the 一级 column
    expect(rate.values['全年'].text).toBe('=100%');
  });
});

describe('layout variants give the same model except addresses', () => {
  for (const name of SEEDS) {
    test.each(VARIANTS)(`${name}-%s`, async (variant) => {
      const base = (await formsOf(`${name}.xlsx`)).map(summarize);
      const got = (await formsOf(`${name}-${variant}.xlsx`)).map(summarize);
      expect(got).toEqual(base);
    });
  }

  test('two forms on one sheet are the forms of seed 000 and the first of seed 001', async () => {
    const got = (await formsOf('two-forms-one-sheet.xlsx')).map(summarize);
    expect(got).toEqual([
      (await formsOf('seed000.xlsx')).map(summarize)[0],
      (await formsOf('seed001.xlsx')).map(summarize)[0],
    ]);
  });

  test('one form per sheet gives the seventeen forms of seed 002 (without the document year)', async () => {
    const got = (await formsOf('one-form-per-sheet.xlsx')).map((f) => ({ ...summarize(f), year: null }));
    expect(got).toEqual((await formsOf('seed002.xlsx')).map((f) => ({ ...summarize(f), year: null })));
  });

  test('an ordinary workbook gives no form', async () => {
    expect(await formsOf('not-a-form.xlsx')).toEqual([]);
  });
});
