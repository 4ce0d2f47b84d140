/**
 * A 1M-cell sheet is checked to the end (no timing assertion here: speed is `npm run bench`'s job; this
 * only proves the checker completes on such a sheet without throwing or running out of memory, within
 * jest's generous timeout).
 */
import { checkGrids } from '../../src/check';
import { syntheticForm } from '../../bench/synthetic';
import { FindingSchema } from '../../src/model';

jest.setTimeout(120_000);

test('1M cells (a 200k-row form, 5 columns) is checked completely', () => {
  const grid = syntheticForm(200_000);
  // some noise, so that rules have something to say
  for (let r = 100; r < grid.rows; r += 997) grid.values[r][4] = r % 2 ? '#REF!' : 'x'.repeat(50);
  expect(grid.rows * grid.cols).toBeGreaterThanOrEqual(1_000_000);
  const { forms, findings } = checkGrids([grid]);
  expect(forms).toHaveLength(1);
  expect(forms[0].indicators.length).toBeGreaterThan(190_000);
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings.slice(0, 100)) expect(FindingSchema.safeParse(f).success).toBe(true);
});
