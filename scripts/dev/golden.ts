// Writes test/layout/golden/<fixture>.json from the canonical seed workbooks. Review every diff by hand
// against the seed texts before committing: these files are the expected models.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import { summarize } from '../../test/layout/summary';

// void: a rejection still ends the process (unhandled rejection)
void (async () => {
  const root = join(__dirname, '..', '..', 'test');
  for (const name of ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']) {
    const grids = await readWorkbookFile(join(root, 'fixtures', `${name}.xlsx`));
    const forms = grids.flatMap((g) => recognize(g)).map(summarize);
    writeFileSync(join(root, 'layout', 'golden', `${name}.json`), JSON.stringify(forms, null, 1) + '\n');
    console.log(name, forms.length);
  }
})();
