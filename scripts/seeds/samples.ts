import * as fs from 'fs';
import * as path from 'path';

/** test/fixtures, where the workbooks go. */
export const FIXTURES_DIR = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
/** The sample transcriptions (test/fixtures/samples/*.tsv, in the repo) the samples/*.xlsx are built from. */
export const SAMPLES_DIR = path.join(FIXTURES_DIR, 'samples');

export function readSamples(dir = SAMPLES_DIR): { file: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}
