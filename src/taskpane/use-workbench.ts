import { useSyncExternalStore } from 'react';
import type { Workbench, WorkbenchState } from '../app/workbench';

/** The file-mode workbench as React state. */
export function useWorkbench(bench: Workbench): WorkbenchState {
  return useSyncExternalStore(bench.subscribe, bench.get, bench.get);
}
