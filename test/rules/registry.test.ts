/**
 * The hand-kept rule registry checked against the files: every rule file under src/rules/<family>/ is
 * registered with the id <family>.<file-name>, and every diagnostic id the value grammar can emit is
 * reported by a rule (else a parse problem would never reach the user).
 */
import { readdirSync } from 'fs';
import path from 'path';
import { EXPR_DIAGNOSTIC_IDS } from '../../src/expr/diagnostics';
import { RULES } from '../../src/rules/registry';
import { RULE_FAMILIES, type Rule } from '../../src/rules/types';

const RULES_DIR = path.resolve(__dirname, '../../src/rules');

/** Every module under src/rules/<family>/ that exports `rule` (helpers such as diagnostic-rule.ts do not). */
function ruleFiles(): { family: string; name: string; rule: Rule }[] {
  const out: { family: string; name: string; rule: Rule }[] = [];
  for (const family of RULE_FAMILIES) {
    for (const file of readdirSync(path.join(RULES_DIR, family)).filter((f) => f.endsWith('.ts'))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file is loaded to see whether it is a rule
      const mod = require(path.join(RULES_DIR, family, file)) as { rule?: Rule };
      if (mod.rule) out.push({ family, name: file.replace(/\.ts$/, ''), rule: mod.rule });
    }
  }
  return out;
}

const files = ruleFiles();

test('rule files are found in every family', () => {
  for (const family of RULE_FAMILIES) expect(files.some((f) => f.family === family)).toBe(true);
  expect(files.length).toBeGreaterThan(50);
});

test('every rule file is registered, with the id <family>.<file-name>', () => {
  const registered = new Set(RULES);
  const wrong = files.filter((f) => f.rule.id !== `${f.family}.${f.name}` || f.rule.meta.family !== f.family);
  expect(wrong.map((f) => `${f.family}/${f.name}.ts: ${f.rule.id}`)).toEqual([]);
  expect(files.filter((f) => !registered.has(f.rule)).map((f) => `${f.family}/${f.name}.ts`)).toEqual([]);
  expect(RULES.length).toBe(files.length);
});

test('every diagnostic of the value grammar is reported by a rule', () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect(EXPR_DIAGNOSTIC_IDS.filter((id) => !ids.has(id))).toEqual([]);
});
