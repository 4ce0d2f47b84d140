import { APPROVAL } from './approval.expected';
import { CORE2021 } from './core2021.expected';
import type { FixtureExpect } from './expect';
import { FLAT } from './flat.expected';
import { FUNDS } from './funds.expected';
import { HABITS } from './habits.expected';
import { MINISTRY2015 } from './ministry2015.expected';
import { MULTI } from './multi.expected';
import { TRANSFER } from './transfer.expected';
import { TREE } from './tree.expected';

/** The expectations of every layout family, by family (test/fixtures/families/README.md). */
export const FAMILIES: Record<string, FixtureExpect[]> = {
  '2015 finance-ministry 申报表': MINISTRY2015,
  '2021 core-indicator table': CORE2021,
  'transfer-payment 区域/项目 表': TRANSFER,
  批复表: APPROVAL,
  'one tree column (budget-system exports)': TREE,
  'flat lists without levels': FLAT,
  'several projects in one table': MULTI,
  'typing habits': HABITS,
  'funds and header bands': FUNDS,
};
