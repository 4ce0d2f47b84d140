import type { Form, IndicatorNode } from '../model/form';

/**
 * A real indicator row: it names a 三级 indicator or holds a value. The model also keeps label-only rows
 * (an 二级 with nothing under it) so rules can report them; counts shown to people leave those out.
 */
export function isIndicatorRow(n: IndicatorNode): boolean {
  return n.level3 !== null || Object.values(n.values).some((v) => v.text !== '');
}

export function indicatorRowCount(form: Form): number {
  let n = 0;
  for (const node of form.indicators) if (isIndicatorRow(node)) n++;
  return n;
}
