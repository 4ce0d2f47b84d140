/**
 * Seeded mutations of every seed workbook: the checker never throws, returns schema-valid forms and
 * findings, and never changes its input (the grids are deep-frozen and compared afterwards).
 */
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { Grid } from '../../src/model/grid';
import { deepFreeze, fixtureGrids, MUTATIONS, rng, schemaProblem, strangeSheets } from './corpus';

const ROUNDS = 1; // mutations per (workbook, mutation kind); the seed is fixed, so failures reproduce

function checkSafely(grids: Grid[], label: string): void {
  const before = JSON.stringify(grids);
  deepFreeze(grids);
  let result;
  try {
    for (const g of grids) recognize(g);
    result = checkGrids(grids);
  } catch (err) {
    throw new Error(`${label}: the checker threw: ${(err as Error).stack}`);
  }
  const problem = schemaProblem(result);
  if (problem) throw new Error(`${label}: ${problem}`);
  if (JSON.stringify(grids) !== before) throw new Error(`${label}: the input grid changed`);
}

let corpus: { file: string; grids: Grid[] }[] = [];

beforeAll(async () => {
  corpus = await fixtureGrids();
});

test('the corpus holds every seed workbook', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
  expect(corpus.some((c) => c.file === 'seed000.xlsx')).toBe(true);
});

test('unmutated seed workbooks check cleanly and stay unchanged', () => {
  for (const { file, grids } of corpus)
    checkSafely(
      grids.map((g) => JSON.parse(JSON.stringify(g)) as Grid),
      file,
    );
});

describe.each(MUTATIONS.map((m) => [m.name, m] as const))('mutation: %s', (_name, mutation) => {
  test('never throws, schema-valid output, input untouched', () => {
    let cases = 0;
    corpus.forEach(({ file, grids }, fi) => {
      for (let round = 0; round < ROUNDS; round++) {
        const seed = fi * 1000 + round * 17 + mutation.name.length;
        const rand = rng(seed);
        const mutated = grids.map((g) => mutation.apply(JSON.parse(JSON.stringify(g)) as Grid, rand));
        checkSafely(mutated, `${file} / ${mutation.name} / seed ${seed}`);
        cases++;
      }
    });
    expect(cases).toBe(corpus.length * ROUNDS);
  });
});

test('mutations stacked on each other', () => {
  const rand = rng(4242);
  corpus.forEach(({ file, grids }, fi) => {
    const chain = [0, 1, 2].map(() => MUTATIONS[Math.floor(rand() * MUTATIONS.length)]);
    const mutated = grids.map((g) =>
      chain.reduce((acc, m) => m.apply(acc, rand), JSON.parse(JSON.stringify(g)) as Grid),
    );
    checkSafely(mutated, `${file} / ${chain.map((m) => m.name).join(' + ')} / #${fi}`);
  });
});

test('empty and non-form sheets, alone and next to a form', () => {
  const strange = strangeSheets(rng(7));
  for (const g of strange) checkSafely([g], g.sheet);
  const seed = corpus.find((c) => c.file === 'seed000.xlsx');
  checkSafely(
    [...strangeSheets(rng(8)), ...(seed?.grids ?? [])].map((g) => JSON.parse(JSON.stringify(g)) as Grid),
    'strange + seed000',
  );
  const result = checkGrids(strangeSheets(rng(9)).filter((g) => g.sheet !== '只有表头'));
  expect(result.forms.filter((f) => f.sheet === '空表' || f.sheet === '名单')).toEqual([]);
});

test('cells named like Object.prototype members are plain text to the dictionaries', () => {
  const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'propertyIsEnumerable'];
  const seed = corpus.find((c) => c.file === 'seed001.xlsx')!;
  names.forEach((name, k) => {
    const rand = rng(k);
    const grids = seed.grids.map((g) => {
      const out = JSON.parse(JSON.stringify(g)) as Grid;
      for (const row of out.values) for (let c = 0; c < row.length; c++) if (rand() < 0.25) row[c] = name;
      return out;
    });
    checkSafely(grids, `seed001 / ${name}`);
  });
});
