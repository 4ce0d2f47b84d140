/** Which host runs the page: Excel (office.js), WPS (ET JSAPI) or a plain browser (file mode). */
export type HostKind = 'excel' | 'wps' | 'browser';

interface WpsWindow {
  wps?: unknown;
  Application?: { Name?: string };
}

/** WPS is recognised by its globals (no script to wait for). */
export function isWps(win: Window = window): boolean {
  const w = win as unknown as WpsWindow;
  const name = w.Application?.Name;
  return w.wps !== undefined || (w.Application !== undefined && /wps|et/i.test(typeof name === 'string' ? name : ''));
}

/**
 * Detects the host. WPS is recognised by its globals; Excel by office.js reporting Excel after onReady.
 * When office.js could not load (offline, intranet without a local copy) or never becomes ready, the page
 * is in a plain browser.
 */
export async function detectHost(win: Window = window, timeoutMs = 5000): Promise<HostKind> {
  if (isWps(win)) return 'wps';
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'browser';
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const info = await Promise.race([Office.onReady(), timeout]);
  return info && info.host === Office.HostType.Excel ? 'excel' : 'browser';
}
