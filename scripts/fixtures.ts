/**
 * `npm run fixtures`: writes the seed workbooks and their variants to test/fixtures/ (see
 * test/fixtures/README.md). Deterministic: re-running gives byte-identical files.
 *
 * The sample workbooks are built from test/fixtures/samples/*.tsv (the transcriptions, kept in the repo).
 */
import * as fs from 'fs';
import * as path from 'path';
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
  console.log(`wrote ${fixtures.length} workbooks to test/fixtures`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
