import { readFileSync } from 'fs';
import { renderRulesDoc, RULES_DOC_PATH } from '../../scripts/gen-rules-doc';
import { RULES } from '../../src/rules/registry';

test('docs/rules.md is generated from the current rules (run node bin/run-ts.js scripts/gen-rules-doc.ts)', () => {
  expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
});

test('every rule has a section', () => {
  const doc = renderRulesDoc();
  for (const r of RULES) expect(doc).toContain(`### ${r.id}`);
});
