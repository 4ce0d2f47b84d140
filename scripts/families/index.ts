import { approval } from './approval';
import { core2021 } from './core2021';
import { flat } from './flat';
import { funds } from './funds';
import { habits } from './habits';
import { ministry2015 } from './ministry2015';
import { multi } from './multi';
import type { FamilyFixture } from './sheet';
import { transfer } from './transfer';
import { tree } from './tree';

/** Every layout-family workbook (test/fixtures/families, see its README), in README order. */
export function allFamilies(): FamilyFixture[] {
  return [
    ...ministry2015(),
    ...core2021(),
    ...transfer(),
    ...approval(),
    ...tree(),
    ...flat(),
    ...multi(),
    ...habits(),
    ...funds(),
  ];
}
