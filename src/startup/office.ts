/**
 * office.js without blocking the page: the script is injected (async) from the URL in
 * `<meta name="office-js">`, and its ribbon actions are associated the moment it has run. The pane waits
 * for `officeHost()` at most FILE_MODE_AFTER_MS before showing file mode, and switches to Excel when Office
 * becomes ready later (a slow CDN); a CDN that hangs or fails never keeps the pane blank.
 */
import { dispatcher } from './ribbon-queue';

/** What the page runs in, as far as office.js can tell: Excel, another Office host, or no Office at all. */
export type OfficeHost = 'excel' | 'other' | 'none';

/** Wait this long for Office before the pane shows file mode (it still switches when Office arrives). */
export const FILE_MODE_AFTER_MS = 1500;

/** The ribbon's function names (manifest.xml <FunctionName>). */
export const RIBBON_COMMANDS = ['runCheck', 'openNewForm'];

let started: Promise<OfficeHost> | undefined;

function associate(names: string[]): void {
  for (const name of names) {
    const run = dispatcher(name);
    if (typeof Office !== 'undefined' && Office.actions?.associate) Office.actions.associate(name, run);
    (window as unknown as Record<string, unknown>)[name] = run; // function files of hosts without Office.actions
  }
}

function hostOf(): Promise<OfficeHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('none');
  return Office.onReady().then(
    (info) => (info && info.host === Office.HostType.Excel ? 'excel' : info && info.host ? 'other' : 'none'),
    () => 'none' as const,
  );
}

function load(doc: Document): Promise<OfficeHost> {
  const w = window as unknown as { __engineTooOld?: boolean };
  const url = doc.querySelector('meta[name="office-js"]')?.getAttribute('content');
  if (w.__engineTooOld || !url) return Promise.resolve('none');
  const commands = doc.querySelector('meta[name="ribbon-commands"]')?.getAttribute('content');
  const names = commands ? commands.split(/[\s,]+/).filter(Boolean) : [];
  if (typeof Office !== 'undefined') {
    associate(names); // office.js already on the page (an older page template)
    return hostOf();
  }
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('load', () => {
      associate(names);
      void hostOf().then(resolve);
    });
    script.addEventListener('error', () => resolve('none'));
    doc.head.appendChild(script);
  });
}

/** Starts loading office.js (once per page); resolves when Office is ready or known to be absent. */
export function officeHost(doc: Document = document): Promise<OfficeHost> {
  started ??= load(doc);
  return started;
}

/** Resolves after `ms` with `value`. */
export const after = <T>(ms: number, value: T): Promise<T> => new Promise((r) => setTimeout(() => r(value), ms));
