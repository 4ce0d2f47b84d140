/**
 * `npm run fixtures`: writes the seed workbooks and their variants to test/fixtures/ (see
 * test/fixtures/README.md) and the layout-family workbooks to test/fixtures/families/. Deterministic: re-running gives byte-identical files.
 *
 * The sample workbooks are built from test/fixtures/samples/*.tsv (the transcriptions, kept in the repo).
 */
import * as fs from 'fs';
import * as path from 'path';
import { allFamilies } from './families';
import { familyWorkbook } from './families/sheet';
import { unknownHeaders } from './families/unknown-headers';
import { looksLikeForm, notAFormSheets } from './families/unrecognized';
import { allFixtures } from './seeds/catalog';
import { FIXTURES_DIR, readSamples } from './seeds/samples';
import { workbookBytes } from './seeds/write';

async function main(): Promise<void> {
  const fixtures = allFixtures(readSamples());
  for (const fx of fixtures) {
    const file = path.join(FIXTURES_DIR, fx.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await workbookBytes(fx.sheets));
  }
  // the layout-family workbooks (test/fixtures/families/README.md)
  // a form only a mapping can read (docs/mapping.md): not a family, kept in test/fixtures/mapping; sheets
  // with no readable form (structure.unrecognized): test/fixtures/unrecognized
  const families = [...allFamilies(), unknownHeaders(), looksLikeForm(), notAFormSheets()];
  for (const fx of families) {
    const file = path.join(FIXTURES_DIR, fx.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await familyWorkbook(fx.sheets, fx.origin));
  }
  console.log(`wrote ${fixtures.length} workbooks to test/fixtures and ${families.length} to test/fixtures/families`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
