/**
 * What a ribbon button asks of the pane when the ribbon runs in another page than the pane (WPS: the ribbon
 * page and the pane are separate pages, each with its own session), as stored text. The transport (WPS:
 * PluginStorage) is the host's; what a request does is the app's (src/app/pane-requests.ts).
 */

/** 一键校验: check and mark; a section: the tab (and 模板 section) a button opens. */
export type PaneRequest = { action: 'check' } | { action: 'open'; section: PaneSection };

/** The pane's places a button can open: 校验, the 模板 tab, its 新建 section. */
export type PaneSection = 'check' | 'template' | 'new';

/** A request older than this is dropped: a pane that opens much later must not run a stale 一键校验. */
export const REQUEST_TTL_MS = 60_000;

interface Envelope {
  request: PaneRequest;
  /** When it was posted (ms since the epoch). */
  at: number;
}

export function encodePaneRequest(request: PaneRequest, now: number): string {
  const envelope: Envelope = { request, at: now };
  return JSON.stringify(envelope);
}

/** The request in a stored text, or null when there is none, it is unreadable or older than REQUEST_TTL_MS. */
export function decodePaneRequest(raw: unknown, now: number): PaneRequest | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { request, at } = v as Partial<Envelope>;
  if (typeof at !== 'number' || now - at > REQUEST_TTL_MS || now < at - REQUEST_TTL_MS) return null;
  if (request?.action === 'check') return { action: 'check' };
  if (request?.action === 'open' && ['check', 'template', 'new'].includes(request.section))
    return { action: 'open', section: request.section };
  return null;
}
