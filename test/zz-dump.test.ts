import { readWorkbookFile } from '../src/hosts/file/xlsx-file';
import { recognize } from '../src/layout/recognize';
test('dump', async () => {
  const out: string[] = [];
  for (const file of ['transfer-project-selfeval', 'approval-project-health', 'approval-department-edu', 'core2021-project-water'])
  for (const g of await readWorkbookFile(`test/fixtures/families/${file}.xlsx`)) {
    out.push('=== ' + file);
    g.values.forEach((r, i) => out.push(`${i + 1} ${r.map((v) => (v === null ? '' : String(v))).join(' | ')}`));
    for (const f of recognize(g)) out.push([f.kind, f.year, f.range, JSON.stringify(f.tables.map(t=>({range:t.range,headerRow:t.headerRow,headerRows:t.headerRows,cols:t.columns.map(c=>c.col+':'+c.role+':'+c.header)}))), JSON.stringify(f.header.map(h=>[h.key,h.label.text,h.value?.address]))].join(' '));
  }
  require('fs').writeFileSync('/tmp/dump.txt', out.join('\n'));
});
