import { useSyncExternalStore } from 'react';
import type { PaneState, Store } from '../app/store';

/** The pane state as React state: components re-render when the app's store changes. */
export function usePaneState(store: Store): PaneState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
