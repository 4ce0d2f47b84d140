// Dev aid: prints a compact view of what the recognizer finds in TSV samples or xlsx files.
import { readFileSync } from 'fs';
import { basename } from 'path';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import { recognize } from '../../src/layout/recognize';
import type { Grid } from '../../src/model/grid';

async function grids(file: string): Promise<Grid[]> {
  if (file.endsWith('.tsv')) return [gridFromTsv(basename(file), readFileSync(file, 'utf8'))];
  const { readWorkbookFile } = await import('../../src/hosts/file/xlsx-file'); // exceljs only when needed
  return readWorkbookFile(file);
}

// void: a rejection still ends the process (unhandled rejection)
void (async () => {
  const verbose = process.argv.includes('-v');
  for (const file of process.argv.slice(2).filter((a) => a !== '-v')) {
    for (const g of await grids(file)) {
      const forms = recognize(g);
      console.log(`== ${file} [${g.sheet}] forms=${forms.length}`);
      for (const f of forms) {
        const per: Record<string, number> = {};
        for (const n of f.indicators)
          if (n.level3 || Object.keys(n.values).length)
            per[n.level1?.text.replace(/\s+/g, '') ?? '-'] = (per[n.level1?.text.replace(/\s+/g, '') ?? '-'] ?? 0) + 1;
        console.log(
          `  ${f.kind} ${f.year} "${f.title}" name=${f.name} range=${f.range} periods=${f.periods.join('/')} fundsP=${f.fundsPeriods.join('/')}`,
        );
        console.log(`   header: ${f.header.map((h) => `${h.key}=${(h.value?.text ?? '∅').slice(0, 12)}`).join(' | ')}`);
        console.log(
          `   funds: ${f.funds
            .map(
              (x) =>
                `${x.key}${x.parent ? '<' + x.parent : ''}(${x.label.text.trim().slice(0, 8)})${Object.entries(
                  x.amounts,
                )
                  .map(([p, c]) => p + ':' + c.text)
                  .join(',')}`,
            )
            .join(' ')}`,
        );
        console.log(
          `   goals: ${f.goals.map((g) => `${g.key}@${g.label.address}=${(g.value?.text ?? '∅').slice(0, 10)}`).join(' ')}  plan: ${f.plan.map((p) => `${p.label.text}=${p.value?.text ?? '∅'}`).join(' ')}`,
        );
        console.log(
          `   tables: ${f.tables.map((t) => `${t.range}[${t.columns.map((c) => c.role + (c.period ? ':' + c.period : '')).join(',')}]`).join(' ')}`,
        );
        console.log(`   indicators: ${f.indicators.length} per1: ${JSON.stringify(per)}`);
        if (verbose)
          for (const n of f.indicators)
            console.log(
              `     r${n.row} ${n.block ?? ''} [${n.level1?.key ?? '?'}:${n.level1?.text.replace(/\s+/g, '')}] [${n.level2?.key ?? '?'}:${n.level2?.text.replace(/\s+/g, '').slice(0, 12)}] ${n.level3?.address ?? ''} ${n.level3?.text.slice(0, 20) ?? '∅'} => ${Object.entries(
                n.values,
              )
                .map(([p, c]) => p + ':' + c.text)
                .join(' ')}`,
            );
        if (f.unplaced.length)
          console.log(`   unplaced: ${f.unplaced.map((c) => `${c.address}:${c.text.slice(0, 15)}`).join(' | ')}`);
      }
    }
  }
})();
