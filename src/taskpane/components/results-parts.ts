/**
 * The parts of the 校验 tab that show only once a check has results: the finding list (with its detail card)
 * and the triage bar (with the filter popover). They form a chunk of their own, so the pane's initial JS
 * stays within the DESIGN.md budget; LazyResults loads it right after the pane's first render.
 */
export { FindingList } from './FindingList';
export { TriageBar } from './TriageBar';
