/** Every rule, in documentation order (family, then id). Add a rule: write its file, list it here. */
import type { Rule } from './types';
import { rule as totalSum } from './total/sum';
import { rule as totalPartExceedsTotal } from './total/part-exceeds-total';
import { rule as totalHalfExceedsFull } from './total/half-exceeds-full';
import { rule as planNonDecreasing } from './plan/non-decreasing';
import { rule as planReachesFull } from './plan/reaches-full';
import { rule as consistencyGoalYear } from './consistency/goal-year';
import { rule as structureUnknownLevel1 } from './structure/unknown-level1';
import { rule as structureUnknownLevel2 } from './structure/unknown-level2';
import { rule as structureLevel3Missing } from './structure/level3-missing';
import { rule as structureLevel2InLevel3 } from './structure/level2-in-level3';
import { rule as structureEmptyLevel2 } from './structure/empty-level2';
import { rule as structureCostUnderProcess } from './structure/cost-under-process';
import { rule as structureMissingStandard } from './structure/missing-standard';
import { rule as structureMissingSatisfaction } from './structure/missing-satisfaction';
import { rule as structureEmptySatisfaction } from './structure/empty-satisfaction';
import { rule as structureDuplicateName } from './structure/duplicate-name';
import { rule as structureValueInTextColumn } from './structure/value-in-text-column';
import { rule as structureEmptyGoal } from './structure/empty-goal';
import { rule as structureOutputCoreMissing } from './structure/output-core-missing';
import { rule as structureValueMissing } from './structure/value-missing';
import { rule as structureUnplaced } from './structure/unplaced';

export const RULES: readonly Rule[] = [
  totalSum,
  totalPartExceedsTotal,
  totalHalfExceedsFull,
  consistencyGoalYear,
  structureUnknownLevel1,
  structureUnknownLevel2,
  structureLevel3Missing,
  structureLevel2InLevel3,
  structureEmptyLevel2,
  structureCostUnderProcess,
  structureMissingStandard,
  structureMissingSatisfaction,
  structureEmptySatisfaction,
  structureDuplicateName,
  structureValueInTextColumn,
  structureEmptyGoal,
  structureOutputCoreMissing,
  structureValueMissing,
  structureUnplaced,
  planNonDecreasing,
  planReachesFull,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
