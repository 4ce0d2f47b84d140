/**
 * The check engine (recognition, rules, expression grammar: about a fifth of the pane's code) as a chunk of
 * its own: the pane's first download renders without it and the engine loads with the first check.
 */
import type { TemplateSet } from '../templates/schema';
import type { CheckFn } from './controller';

/** A CheckFn that imports src/check on first use (once; webpack and Node cache the module). */
export function lazyCheck(userSets: readonly TemplateSet[] = []): CheckFn {
  return async (grids, o) => {
    const { checkGrids } = await import(/* webpackChunkName: "check" */ '../check');
    return checkGrids(grids, { userSets, mapping: o?.mapping });
  };
}
