/** One message catalogue: zh-CN and English have the same ids and placeholders; zod errors are translated. */
import { z } from 'zod';
import { catalogue, msg, placeholders, setLanguage } from '../../src/messages';
import '../../src/messages/languages';
import { parseConfig } from '../../src/config/load';
import { parseTemplateFile } from '../../src/templates/user-sets';
import { captureRun } from '../helpers/capture';

afterEach(() => setLanguage('zh-CN'));

test('zh-CN and en have the same ids, each with the same placeholders', () => {
  const zh = catalogue('zh-CN');
  const en = catalogue('en');
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const id of Object.keys(zh) as (keyof typeof zh)[])
    expect({ id, placeholders: placeholders(en[id]).sort() }).toEqual({
      id,
      placeholders: placeholders(zh[id]).sort(),
    });
});

test('the zh-CN catalogue is Chinese text (or only placeholders and punctuation)', () => {
  for (const [id, text] of Object.entries(catalogue('zh-CN'))) {
    const own = text.replace(/\{\w+\}/g, '');
    expect({ id, ok: /[\u4e00-\u9fa5]/.test(own) || !/[A-Za-z]/.test(own) }).toEqual({ id, ok: true });
  }
});

test('placeholders are filled in, in the chosen language', () => {
  expect(msg('file.notFound', { file: 'a.xlsx' })).toBe('a.xlsx：找不到文件。');
  setLanguage('en');
  expect(msg('file.notFound', { file: 'a.xlsx' })).toBe('a.xlsx: file not found.');
});

test('zod errors that reach a user are in Chinese', () => {
  const config = parseConfig({ rules: { 'expr.fullwidth': 'maybe' }, extra: 1 });
  expect(config.ok).toBe(false);
  if (!config.ok) {
    expect(config.errors.join('\n')).toMatch(/[\u4e00-\u9fa5]/);
    expect(config.errors.join('\n')).not.toMatch(/Invalid|Unrecognized|expected/);
  }
  const sets = parseTemplateFile(JSON.stringify({ id: 'x', name: 'X', kind: 'project', sections: 3 }));
  expect(sets.ok).toBe(false);
  if (!sets.ok) expect(sets.errors.join('\n')).toMatch(/^sections：.*[\u4e00-\u9fa5]/m);
  expect(z.string().safeParse(1).error?.issues[0].message).toMatch(/[\u4e00-\u9fa5]/);
});

describe('the CLI speaks zh-CN, or English with --lang en', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CLI entry module, loaded as the bin does
  const { main } = require('../../src/cli/main') as { main: (argv: string[]) => Promise<number> };

  test('a missing file, in zh-CN by default and in English with --lang en', async () => {
    const zh = await captureRun(main, ['check', 'no-such-file.xlsx']);
    expect(zh.code).toBe(2);
    expect(zh.out).toContain('no-such-file.xlsx');
    expect(zh.out).toContain('找不到文件');
    const en = await captureRun(main, ['check', '--lang', 'en', 'no-such-file.xlsx']);
    expect(en.code).toBe(2);
    expect(en.out).toContain('file not found');
    expect(en.out).not.toMatch(/[\u4e00-\u9fa5]/);
  });

  test('an unknown language is refused', async () => {
    const r = await captureRun(main, ['--lang=fr', 'check', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('fr');
  });

  test('expr explains a value in zh-CN, and in English with --lang en', async () => {
    const zh = await captureRun(main, ['expr', '≥95%']);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('定量 (quantitative)');
    expect(zh.out).toContain('写法规范');
    const en = await captureRun(main, ['--lang', 'en', 'expr', '≥95%']);
    expect(en.out).toContain('quantitative (quantitative)');
    expect(en.out).toContain('well formed');
    const help = await captureRun(main, ['--lang', 'en', 'expr', '--help']);
    expect(help.out).toContain('usage: target-sheet expr');
  });
});
