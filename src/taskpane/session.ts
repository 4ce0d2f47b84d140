import { checkGrids } from '../check';
import type { Host } from '../hosts/host';
import { createController, type CheckFn, type PaneActions } from './controller';
import { Store } from './store';

/** One store and one set of actions per runtime: the pane and the ribbon command share them (shared runtime). */
export interface Session {
  store: Store;
  actions: PaneActions;
  host: Host;
}

let current: Session | null = null;

export function startSession(host: Host, check: CheckFn = (grids) => checkGrids(grids)): Session {
  const store = new Store();
  current = { store, host, actions: createController(store, { host, check }) };
  return current;
}

export function getSession(): Session | null {
  return current;
}
