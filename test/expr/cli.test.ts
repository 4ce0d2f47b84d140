/** `target-sheet expr`: run() with captured console output. */
import { run } from '../../src/cli/expr';
import { captureRun } from '../helpers/capture';
import { ExprSchema } from '../../src/model/expr';

const capture = (args: string[]) => captureRun(run, args);

describe('target-sheet expr', () => {
  test('--json: the acceptance example', async () => {
    const { code, out } = await capture(['≥95%', '=篇', '430 元/人', '90%左右', '--json']);
    expect(code).toBe(0);
    const parsed: unknown = JSON.parse(out);
    expect(Array.isArray(parsed)).toBe(true);
    const exprs = (parsed as unknown[]).map((x) => ExprSchema.parse(x));
    expect(exprs).toHaveLength(4);
    const [a, b, c, d] = exprs;
    expect(a).toMatchObject({ raw: '≥95%', kind: 'quantitative', op: '>=', number: 95, unit: '%', diagnostics: [] });
    expect(b?.number).toBeNull();
    expect(b?.diagnostics.map((x) => x.id)).toEqual(['expr.number-missing']);
    expect(c).toMatchObject({ kind: 'quantitative', op: null, number: 430, unit: '元/人' });
    expect(c?.diagnostics.map((x) => x.id)).toEqual(['expr.operator-missing']);
    expect(d).toMatchObject({ kind: 'quantitative', number: 90, unit: '%' });
    expect(d?.diagnostics.map((x) => x.id)).toEqual(['expr.approximate']);
  });

  test('readable output explains each value', async () => {
    const { code, out } = await capture(['≥95%', '＝100%', '明显提高']);
    expect(code).toBe(0);
    expect(out).toContain('“≥95%”  → 定量 (quantitative)');
    expect(out).toContain('normalized ≥95%');
    expect(out).toContain('✓ 写法规范');
    expect(out).toContain('! expr.fullwidth:');
    expect(out).toContain('建议改为：=100%');
    expect(out).toContain('定性 (qualitative)');
    expect(out).toContain('word       明显提高');
  });

  test('--json with one text is still an array', async () => {
    const { out } = await capture(['--json', '≥4']);
    const parsed = JSON.parse(out) as unknown[];
    expect(parsed).toHaveLength(1);
    expect(ExprSchema.parse(parsed[0]).diagnostics.map((x) => x.id)).toEqual(['expr.unit-missing']);
  });

  test('an empty text is explained, not dropped', async () => {
    const { code, out } = await capture(['', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as unknown[])[0]).toMatchObject({ raw: '', kind: 'empty' });
  });

  test('-- lets a value look like an option', async () => {
    const { out } = await capture(['--json', '--', '--']);
    expect((JSON.parse(out) as unknown[])[0]).toMatchObject({ raw: '--', kind: 'empty' });
  });

  test('--help prints usage and exits 0', async () => {
    const { code, out } = await capture(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('用法：target-sheet expr <指标值…> [--json]');
  });

  test('no text: usage on stderr, exit 2', async () => {
    const { code, err } = await capture([]);
    expect(code).toBe(2);
    expect(err).toContain('用法：');
  });
});
