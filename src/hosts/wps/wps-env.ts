import type { Host } from '../host';
import type { EtApplication } from './et-api';
import { createEtHost } from './et-host';
import { msg } from '../../messages';

interface WpsGlobals {
  Application?: EtApplication;
  wps?: EtApplication;
}

/** WPS's `window.Application` (or the older `window.wps`), or null outside WPS. */
export function wpsApplication(
  win: unknown = typeof window === 'undefined' ? undefined : window,
): EtApplication | null {
  const w = win as WpsGlobals | undefined;
  return w?.Application ?? w?.wps ?? null;
}

/** The host for a page running inside WPS 表格 (the pane's host detection calls this for 'wps'). */
export function createWpsHost(win?: unknown): Host {
  const app = wpsApplication(win);
  if (!app) throw new Error(msg('host.noWps'));
  return createEtHost(app);
}
