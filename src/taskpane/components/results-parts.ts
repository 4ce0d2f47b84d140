/**
 * The parts of the pane that are used only once a check has results: the finding list (with its detail card),
 * the triage bar (with the filter popover) and the report menus (Fluent Menu and its positioning). They form a chunk of their own, so the pane's initial JS
 * stays within the DESIGN.md budget; LazyResults loads it right after the pane's first render.
 */
export { FindingList } from './FindingList';
export { TriageBar } from './TriageBar';
export { ReportMenu } from './ReportMenu';
