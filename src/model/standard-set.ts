/**
 * A standard 决策/过程 indicator set as the checker compares a form with it (structure.missing-standard).
 * The data comes from the template catalog (src/templates: built-in sets and the user's), one source for
 * what `template apply` inserts and what the rule expects.
 */
import type { FormKind } from './form';
import type { Level1Key } from './keys';

export interface StandardItem {
  level1: Level1Key;
  /** The 二级 label (项目立项, 预算管理 …). */
  level2: string;
  level3: string;
  /** Typical value (全年). */
  value: string;
}

export interface StandardSet {
  id: string;
  name: string;
  kind: FormKind;
  items: StandardItem[];
}
