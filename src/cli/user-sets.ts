import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { msg } from '../messages';
import { BUILT_IN_SETS } from '../templates/catalog';
import type { TemplateSet } from '../templates/schema';
import { isUserSetFile, mergeSets, parseTemplateFile } from '../templates/user-sets';

/** The valid user sets of a folder (target-sheet.templates.json, *.template.json); invalid files are reported. */
export function userSetsIn(dir: string): { sets: TemplateSet[]; errors: string[] } {
  const errors: string[] = [];
  const sets: TemplateSet[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter(isUserSetFile).sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    const parsed = parseTemplateFile(readFileSync(join(dir, name), 'utf8'));
    if (parsed.ok) sets.push(...parsed.sets);
    else errors.push(msg('template.invalidFile', { file: join(dir, name), errors: parsed.errors.join('\n  ') }));
  }
  return { sets, errors };
}

/** Built-in sets and the valid user sets of a folder (what `template` lists and applies). */
export function setsIn(dir: string): { sets: TemplateSet[]; errors: string[] } {
  const user = userSetsIn(dir);
  return { sets: mergeSets(BUILT_IN_SETS, user.sets), errors: user.errors };
}
