/**
 * Noise budget: runs the checker over every .xlsx under test/fixtures (or the given paths) and prints findings
 * per form by rule, and the average per form. `node bin/run-ts.js scripts/dev/noise.ts [--json] [--list RULE]`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { checkGrids } from '../../src/check';

function xlsxUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return xlsxUnder(p);
    return e.name.endsWith('.xlsx') ? [p] : [];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const listAt = args.indexOf('--list');
  const list = listAt >= 0 ? args[listAt + 1] : null;
  const files = args.filter((a, i) => !a.startsWith('--') && i !== listAt + 1);
  const paths = files.length > 0 ? files : xlsxUnder('test/fixtures').sort();
  const byRule = new Map<string, number>();
  const bySeverity = new Map<string, number>();
  let forms = 0;
  let findings = 0;
  const rows: Record<string, unknown>[] = [];
  for (const file of paths) {
    const grids = await readWorkbookFile(file);
    const { forms: fs_, findings: found } = checkGrids(grids);
    forms += fs_.length;
    findings += found.length;
    const perRule: Record<string, number> = {};
    for (const f of found) {
      perRule[f.rule] = (perRule[f.rule] ?? 0) + 1;
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
      if (list !== null && (list === 'all' || f.rule === list || f.rule.startsWith(list + '.')))
        console.log(
          `${path.basename(file)}\t${f.sheet}!${f.cell}${f.also ? '+' + f.also.join(',') : ''}\t${f.rule}\t${f.severity}\t${f.message}`,
        );
    }
    rows.push({
      file: path.relative('.', file),
      forms: fs_.length,
      findings: found.length,
      shown: found.filter((f) => f.severity !== 'info').length,
      perRule,
    });
  }
  if (json) {
    console.log(JSON.stringify({ forms, findings, byRule: Object.fromEntries(byRule), rows }, null, 1));
    return;
  }
  if (list) return;
  for (const r of rows) console.log(`${String(r.file)}\tforms ${String(r.forms)}\tfindings ${String(r.findings)}`);
  console.log('\nby rule:');
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${rule}`);
  console.log(`\nby severity: ${JSON.stringify(Object.fromEntries(bySeverity))}`);
  console.log(`files ${paths.length}, forms ${forms}, findings ${findings}, per form ${(findings / forms).toFixed(2)}`);
}

void main();
