/**
 * User-facing zh-CN text lives in the message catalogue (src/messages), not inline in the pane, the app layer,
 * the hosts or the ribbon commands: a CJK string, template or JSX-text literal there fails this test. Domain
 * data written in Chinese (vocabulary matched against cells, signatures inside sheet formulas) is allowed per
 * file, with the reason and the exact literals, so new text in an allowed file still fails.
 */
import { filesUnder, inlineTexts, inlineTextsOf } from './inline-text';

const SCANNED = [
  ...filesUnder('src/taskpane', /\.tsx?$/),
  ...filesUnder('src/app', /\.ts$/),
  ...filesUnder('src/hosts', /\.ts$/),
  ...filesUnder('src/commands', /\.ts$/),
];

const ALLOWED: Record<string, { reason: string; texts: string[] }> = {
  'src/hosts/mark-rules.ts': {
    reason: 'the signature inside our conditional-format formulas, by which marks are found and cleared',
    texts: ['预算绩效目标表校验'],
  },
  'src/app/mapping-edits.ts': {
    reason: 'the period name 全年 as read from value column headers (domain vocabulary)',
    texts: ['全年'],
  },
  'src/app/recognition-view.ts': {
    reason: 'the period name 全年 as read from value column headers (domain vocabulary)',
    texts: ['全年'],
  },
};

test('the scan covers the pane, app, hosts and commands sources', () => {
  expect(SCANNED).toContain('src/taskpane/components/Summary.tsx');
  expect(SCANNED).toContain('src/app/report.ts');
  expect(SCANNED).toContain('src/hosts/excel/notes.ts');
  expect(SCANNED).toContain('src/commands/commands.ts');
  for (const file of Object.keys(ALLOWED)) expect(SCANNED).toContain(file);
});

test('no zh-CN text inline outside the catalogue (except listed domain data)', () => {
  const stray = SCANNED.flatMap(inlineTextsOf)
    .filter((t) => !ALLOWED[t.file]?.texts.includes(t.text))
    .map((t) => `${t.file}:${t.line} ${JSON.stringify(t.text)}`);
  expect(stray).toEqual([]);
});

test('every allow-list entry is still needed', () => {
  for (const [file, { texts }] of Object.entries(ALLOWED)) {
    const found = new Set(inlineTextsOf(file).map((t) => t.text));
    expect({ file, unused: texts.filter((t) => !found.has(t)) }).toEqual({ file, unused: [] });
  }
});

describe('the scanner', () => {
  test('finds JSX text, attributes, strings and template parts', () => {
    const source = [
      'const a = <span title="标题">新的文字</span>;',
      "const b = 'ok' + '字符串';",
      'const c = `前缀 ${a} 后缀`;',
      'const d = `整句`;',
    ].join('\n');
    expect(inlineTexts('x.tsx', source).map((t) => [t.line, t.text])).toEqual([
      [1, '标题'],
      [1, '新的文字'],
      [2, '字符串'],
      [3, '前缀'],
      [3, '后缀'],
      [4, '整句'],
    ]);
  });

  test('ignores comments, regular expressions, literal types and non-CJK text', () => {
    const source = [
      '// 注释',
      '/** 文档注释 */',
      'const re = /绩效目标表/; // 行尾注释',
      "type Period = '全年' | '半年';",
      "const s = 'plain text（A）、B';",
      'const j = <b>{/* JSX 注释 */}</b>;',
    ].join('\n');
    expect(inlineTexts('y.tsx', source)).toEqual([]);
  });
});
