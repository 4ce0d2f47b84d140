/**
 * Unreadable inputs in the CLI: corrupt, encrypted (CFB container), old .xls, .csv and zero-byte files
 * each give one clear message (English / 中文) and exit 2, while the other files of the same call are
 * still checked and reported. Driven through the command's run() with captured output.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/check';
import { captureRun } from '../helpers/capture';
import { FIXTURES } from './corpus';

const capture = (args: string[]) => captureRun(run, args);

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
let dir = '';
const bad: Record<string, { file: string; expect: RegExp }> = {};

beforeAll(() => {
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'ts-fuzz-cfg-'));
  dir = mkdtempSync(join(tmpdir(), 'ts-fuzz-in-'));
  const seed = readFileSync(join(FIXTURES, 'seed001.xlsx'));
  const put = (name: string, data: Buffer | string, expect: RegExp) => {
    writeFileSync(join(dir, name), data);
    bad[name] = { file: join(dir, name), expect };
  };
  put('zero.xlsx', Buffer.alloc(0), /empty|空/);
  // an Office-encrypted .xlsx is an OLE compound file holding EncryptionInfo + EncryptedPackage
  put(
    'encrypted.xlsx',
    Buffer.concat([CFB, Buffer.alloc(504), Buffer.from('EncryptionInfo EncryptedPackage')]),
    /encrypted|加密/,
  );
  put('old.xls', Buffer.concat([CFB, Buffer.alloc(1024, 7)]), /\.xls|97-2003/);
  put(
    'table.csv',
    '一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人数,≥100人\n',
    /not an \.xlsx|不是 \.xlsx/,
  );
  put('truncated.xlsx', seed.subarray(0, Math.floor(seed.length / 2)), /damaged|损坏|not an \.xlsx/);
  const flipped = Buffer.from(seed);
  for (let i = 200; i < flipped.length; i += 97) flipped[i] ^= 0xff;
  put('bitrot.xlsx', flipped, /damaged|损坏|not an \.xlsx/);
  put(
    'zip-not-workbook.xlsx',
    Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    /not an \.xlsx|不是 \.xlsx|damaged|损坏/,
  );
  copyFileSync(join(FIXTURES, 'seed004.xlsx'), join(dir, 'good.xlsx'));
});

describe.each([
  'zero.xlsx',
  'encrypted.xlsx',
  'old.xls',
  'table.csv',
  'truncated.xlsx',
  'bitrot.xlsx',
  'zip-not-workbook.xlsx',
])('%s', (name) => {
  test('one clear message, exit 2, the good file of the same call still checked', async () => {
    const { file, expect: pattern } = bad[name];
    const { code, out } = await capture([file, join(dir, 'good.xlsx'), '--json']);
    expect(code).toBe(2);
    const { files } = JSON.parse(out) as {
      files: { file: string; error?: string; findings: unknown[]; forms: unknown[] }[];
    };
    expect(files).toHaveLength(2);
    expect(files[0].error).toMatch(pattern);
    expect(files[0].error).toMatch(/[\u4e00-\u9fa5]/); // a message for finance staff, in Chinese
    expect(files[0].error!.split('\n')).toHaveLength(1);
    expect(files[0].error).not.toMatch(/\n\s+at /); // no stack trace
    expect(files[1].error).toBeUndefined();
    expect(files[1].forms.length).toBeGreaterThan(0);
    expect(files[1].findings.length).toBeGreaterThan(0);
  });

  test('the text report names the file once with its message, and still reports the good file', async () => {
    const { code, out } = await capture([bad[name].file, join(dir, 'good.xlsx')]);
    expect(code).toBe(2);
    expect(out.split('\n').filter((l) => l.includes('无法读取：'))).toHaveLength(1);
    expect(out).toContain('good.xlsx');
    expect(out).toMatch(/1 个无法读取/);
  });
});
