/** The built-in standard sets as the checker sees them: from the template catalog (the one source). */
import type { StandardSet } from '../../src/model/standard-set';
import { standardSets } from '../../src/templates/catalog';

function set(id: string): StandardSet {
  const found = standardSets().find((s) => s.id === id);
  if (!found) throw new Error(`no built-in template set ${id}`);
  return found;
}

export const PROJECT_COMMON = set('project-common');
export const DEPARTMENT_COMMON = set('department-common');
