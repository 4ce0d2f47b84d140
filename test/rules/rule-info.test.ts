/**
 * src/rules/info.ts (what the pane shows of each rule, without the rules' code) is generated from the registry
 * (node bin/run-ts.js scripts/rule-info.ts): it must say what the rules say.
 */
import { RULES } from '../../src/rules/registry';
import { RULE_INFO, ruleInfo } from '../../src/rules/info';

test('every rule has its family, description and mechanical flag; unknown ids have none', () => {
  for (const r of RULES)
    expect(ruleInfo(r.id)).toEqual({
      family: r.meta.family,
      description: r.meta.description,
      ...(r.meta.mechanical ? { mechanical: true } : {}),
    });
  expect(Object.keys(RULE_INFO)).toEqual(RULES.map((r) => r.id)); // no rule left out, none removed still listed
  expect(ruleInfo('no.such-rule')).toBeUndefined();
  expect(ruleInfo('toString')).toBeUndefined();
});
