/**
 * How the WPS ribbon page asks the pane for something (一键校验, a section): the two are separate pages,
 * and the one thing WPS shares between an add-in's pages is `Application.PluginStorage` (“can pass data
 * between different pages of the same add-in”, et-jsapi-declare). It has no change event, so the ribbon
 * leaves the request under the window's key and the pane looks for it when it has started and then every
 * POLL_MS; taking a request clears the key, so each one is carried out once.
 */
import { decodePaneRequest, encodePaneRequest, type PaneRequest } from '../../model/pane-request';
import type { EtApplication } from './et-api';

const REQUEST_KEY = 'targetSheet.request';
export const POLL_MS = 400;

/** The key of the active window (one pane per window; the pane's own id is kept under the same suffix). */
export function windowKey(app: EtApplication): string {
  return String(app.ActiveWindow?.Hwnd ?? app.ActiveWindow?.Caption ?? 'main');
}

export function requestKey(window: string): string {
  return `${REQUEST_KEY}.${window}`;
}

/** Leaves the request for the active window's pane; false where WPS has no PluginStorage. */
export function postPaneRequest(app: EtApplication, request: PaneRequest, now = Date.now()): boolean {
  if (!app.PluginStorage) return false;
  app.PluginStorage.setItem(requestKey(windowKey(app)), encodePaneRequest(request, now));
  return true;
}

/** Takes back a request no pane will see (the pane could not be shown). */
export function withdrawPaneRequest(app: EtApplication): void {
  app.PluginStorage?.setItem(requestKey(windowKey(app)), '');
}

export interface PaneRequestWatcher {
  /** Takes the pending request, if any, and carries it out (one at a time, in order). */
  poll(): Promise<void>;
  stop(): void;
}

/**
 * The pane's side: the window is the one active when the pane starts (the pane WPS opened for it). Requests
 * are handled one after the other; a request that fails is dropped (the pane shows its error itself).
 */
export function watchPaneRequests(
  app: EtApplication,
  handle: (request: PaneRequest) => Promise<void>,
  options: { intervalMs?: number; now?: () => number } = {},
): PaneRequestWatcher {
  const key = requestKey(windowKey(app));
  const now = options.now ?? Date.now;
  let queue: Promise<void> = Promise.resolve();
  const take = (): PaneRequest | null => {
    const storage = app.PluginStorage;
    const raw = storage?.getItem(key);
    if (!storage || raw === null || raw === undefined || raw === '') return null;
    storage.setItem(key, '');
    return decodePaneRequest(raw, now());
  };
  const poll = (): Promise<void> => {
    const request = take();
    if (request) queue = queue.then(() => handle(request)).catch(() => undefined);
    return queue;
  };
  const timer = options.intervalMs === 0 ? null : setInterval(() => void poll(), options.intervalMs ?? POLL_MS);
  return {
    poll,
    stop: () => {
      if (timer !== null) clearInterval(timer);
    },
  };
}
