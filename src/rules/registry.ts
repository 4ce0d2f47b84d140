/** Every rule, in documentation order. Add a rule: write its file, list it here. */
import type { Rule } from './types';
import { rule as exprNumberMissing } from './expr/number-missing';
import { rule as exprPlaceholder } from './expr/placeholder';
import { rule as exprExcelSerial } from './expr/excel-serial';
import { rule as exprUnparsed } from './expr/unparsed';
import { rule as exprApproximate } from './expr/approximate';
import { rule as exprTextAround } from './expr/text-around';
import { rule as exprOperatorConflict } from './expr/operator-conflict';
import { rule as exprRangeReversed } from './expr/range-reversed';
import { rule as exprRangeUnits } from './expr/range-units';
import { rule as exprRangeOperator } from './expr/range-operator';
import { rule as exprOperatorMissing } from './expr/operator-missing';
import { rule as exprUnitMissing } from './expr/unit-missing';
import { rule as exprChineseNumeral } from './expr/chinese-numeral';
import { rule as exprLatex } from './expr/latex';
import { rule as exprFullwidth } from './expr/fullwidth';
import { rule as exprAsciiOperator } from './expr/ascii-operator';
import { rule as exprOperatorVariant } from './expr/operator-variant';
import { rule as exprUnknownWord } from './expr/unknown-word';
import { rule as exprRateNeedsNumber } from './expr/rate-needs-number';
import { rule as exprRatePercent } from './expr/rate-percent';
import { rule as exprCostDirection } from './expr/cost-direction';
import { rule as exprVacuous } from './expr/vacuous';
import { rule as exprRateOver100 } from './expr/rate-over-100';
import { rule as exprDirection } from './expr/direction';
import { rule as exprNumberExpected } from './expr/number-expected';
import { rule as exprYesNo } from './expr/yes-no';
import { rule as exprWordExpected } from './expr/word-expected';
import { rule as exprUnitContradiction } from './expr/unit-contradiction';
import { rule as exprStrictOperator } from './expr/strict-operator';
import { rule as exprDeadlineValue } from './expr/deadline-value';
import { rule as exprZeroTarget } from './expr/zero-target';
import { rule as consistencyPerUnitFunds } from './consistency/per-unit-funds';
import { rule as consistencyTaskFunds } from './consistency/task-funds';
import { rule as totalLineRepeatsTotal } from './total/line-repeats-total';
import { rule as structureMissingLevel1 } from './structure/missing-level1';
import { rule as structureMissingCost } from './structure/missing-cost';
import { rule as consistencyPerUnitPeriods } from './consistency/per-unit-periods';
import { rule as consistencyCumulativePeriods } from './consistency/cumulative-periods';
import { rule as totalSum } from './total/sum';
import { rule as totalPartExceedsTotal } from './total/part-exceeds-total';
import { rule as totalHalfExceedsFull } from './total/half-exceeds-full';
import { rule as planNonDecreasing } from './plan/non-decreasing';
import { rule as planReachesFull } from './plan/reaches-full';
import { rule as consistencyGoalYear } from './consistency/goal-year';
import { rule as consistencyDeadlineYear } from './consistency/deadline-year';
import { rule as consistencyGoalNumbers } from './consistency/goal-numbers';
import { rule as structureUnknownLevel1 } from './structure/unknown-level1';
import { rule as structureUnknownLevel2 } from './structure/unknown-level2';
import { rule as structureLevel3Missing } from './structure/level3-missing';
import { rule as structureRowShifted } from './structure/row-shifted';
import { rule as structureLevel2InLevel3 } from './structure/level2-in-level3';
import { rule as structureEmptyLevel2 } from './structure/empty-level2';
import { rule as structureCostUnderProcess } from './structure/cost-under-process';
import { rule as structureMissingStandard } from './structure/missing-standard';
import { rule as structureMissingSatisfaction } from './structure/missing-satisfaction';
import { rule as structureEndedEarly } from './structure/ended-early';
import { rule as structureEmptySatisfaction } from './structure/empty-satisfaction';
import { rule as structureDuplicateName } from './structure/duplicate-name';
import { rule as structureValueInTextColumn } from './structure/value-in-text-column';
import { rule as structureEmptyGoal } from './structure/empty-goal';
import { rule as structureOutputCoreMissing } from './structure/output-core-missing';
import { rule as structureValueMissing } from './structure/value-missing';
import { rule as structureUnplaced } from './structure/unplaced';
import { rule as structureUnrecognized } from './structure/unrecognized';
import { rule as structureMappingMismatch } from './structure/mapping-mismatch';

export const RULES: readonly Rule[] = [
  // value grammar, most important first (one of them per cell, see RuleMeta.exclusive)
  exprNumberMissing,
  exprPlaceholder,
  exprExcelSerial,
  exprUnparsed,
  exprDeadlineValue,
  exprApproximate,
  exprTextAround,
  exprOperatorConflict,
  exprRangeReversed,
  exprRangeUnits,
  exprRangeOperator,
  exprOperatorMissing,
  exprUnitMissing,
  exprChineseNumeral,
  exprLatex,
  exprFullwidth,
  exprAsciiOperator,
  exprOperatorVariant,
  exprUnknownWord,
  exprRateNeedsNumber,
  exprRatePercent,
  exprCostDirection,
  exprVacuous,
  exprRateOver100,
  exprDirection,
  exprZeroTarget,
  exprNumberExpected,
  exprYesNo,
  exprWordExpected,
  exprUnitContradiction,
  exprStrictOperator,
  totalSum,
  totalPartExceedsTotal,
  totalHalfExceedsFull,
  totalLineRepeatsTotal,
  consistencyPerUnitPeriods,
  consistencyCumulativePeriods,
  consistencyGoalYear,
  consistencyDeadlineYear,
  consistencyGoalNumbers,
  consistencyPerUnitFunds,
  consistencyTaskFunds,
  structureUnknownLevel1,
  structureUnknownLevel2,
  structureRowShifted,
  structureLevel3Missing,
  structureLevel2InLevel3,
  structureEmptyLevel2,
  structureCostUnderProcess,
  structureMissingStandard,
  structureMissingSatisfaction,
  structureEndedEarly,
  structureMissingLevel1,
  structureMissingCost,
  structureEmptySatisfaction,
  structureDuplicateName,
  structureValueInTextColumn,
  structureEmptyGoal,
  structureOutputCoreMissing,
  structureValueMissing,
  structureUnrecognized,
  structureUnplaced,
  structureMappingMismatch,
  planNonDecreasing,
  planReachesFull,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
