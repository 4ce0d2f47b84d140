/**
 * A recognition's mapping (mappingFromForms), given back to the recognizer, reads the same indicators: the
 * mapping printed by `model --json` is a faithful description of how the sheet was read.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../../src/hosts/file/xlsx-file';
import { recognize } from '../../../src/layout/recognize';
import { mappingFromForms } from '../../../src/layout/mapping/derive';
import { MappingSchema } from '../../../src/model/mapping';
import type { Form } from '../../../src/model/form';

const FIX = join(__dirname, '..', '..', 'fixtures');

/** What a rule sees of the indicators: levels (text and key), name, values, extras, by address. */
function indicators(forms: Form[]) {
  return forms.map((f) =>
    f.indicators.map((n) => ({
      row: n.row,
      level1: n.level1 && { text: n.level1.text, key: n.level1.key },
      level2: n.level2 && { text: n.level2.text, key: n.level2.key },
      level3: n.level3?.address ?? null,
      values: Object.fromEntries(Object.entries(n.values).map(([p, c]) => [p, `${c.address}=${c.text}`])),
      unit: n.unit?.address,
      operator: n.operator?.address,
      joined: n.joined,
    })),
  );
}

// a table holding several projects (项目名称 columns) is split into forms by the readers: a mapping names tables, not projects
const SKIP = new Set(['multi-project-county.xlsx', 'multi-project-town.xlsx']);
const files = [
  ...readdirSync(join(FIX, 'families'))
    .filter((f) => f.endsWith('.xlsx') && !SKIP.has(f))
    .map((f) => join('families', f)),
  ...['seed000.xlsx', 'seed001.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx', 'seed001-shifted.xlsx'],
];

test('fixtures to compare', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

test.each(files)('%s: mappingFromForms(recognize(x)) re-applied reads the same indicators', async (file) => {
  const grids = await readWorkbookFile(join(FIX, file));
  const forms = grids.flatMap((g) => recognize(g));
  expect(forms.length).toBeGreaterThan(0);
  const mapping = MappingSchema.parse(JSON.parse(JSON.stringify(mappingFromForms(forms))));
  const again = grids.flatMap((g) => recognize(g, { mapping: mapping.sheets[g.sheet] }));
  expect(indicators(again)).toEqual(indicators(forms));
  expect(again.map((f) => [f.range, f.kind, f.title, f.year, f.header.length, f.funds.length, f.goals.length])).toEqual(
    forms.map((f) => [f.range, f.kind, f.title, f.year, f.header.length, f.funds.length, f.goals.length]),
  );
});
