import '../startup/polyfills'; // first: Fluent UI needs WeakRef
import { createRoot } from 'react-dom/client';
import { isWps } from '../hosts/browser/detect';
import { download } from '../hosts/browser/download';
import { userPreferences } from '../hosts/browser/user-preferences';
import { createExcelHost, officeEnv } from '../hosts/excel';
import { FileHost } from '../hosts/file/file-host';
import { createWpsHost } from '../hosts/wps';
import { ensureSession } from '../app/session';
import { focusFromHash, tabFromHash } from '../app/store';
import { Workbench } from '../app/workbench';
import { registerCommands } from '../commands/register';
import { after, FILE_MODE_AFTER_MS, officeHost } from '../startup/office';
import { App } from './components/App';
import { FileMode } from './components/FileMode';
import { officeTheme } from './theme';
import { msg } from '../messages';

/** The workbook shown when the page opens without Excel, so a newcomer sees the checker at work. */
const SAMPLE = { url: 'assets/sample.xlsx', name: msg('files.sampleName') };

type Root = ReturnType<typeof createRoot>;

/** A plain browser (or Office still loading): browser file mode over dropped workbooks, the sample preloaded. */
async function fileMode(root: Root): Promise<void> {
  const bench = new Workbench({
    open: (bytes, name) => FileHost.open(bytes, name),
    save: download,
    preferences: userPreferences('file'),
  });
  root.render(<FileMode bench={bench} />);
  const res = await fetch(SAMPLE.url).catch(() => null);
  if (res?.ok && bench.get().files.length === 0)
    await bench.addFiles([{ name: SAMPLE.name, bytes: () => res.arrayBuffer() }], { sample: true });
}

/**
 * Excel or WPS: the pane over the host's session; then (Excel) queued ribbon clicks are handled. The entry is
 * the one place that wires concrete hosts into the app — the pane and (shared runtime) the ribbon handlers
 * over the same session.
 */
async function hostMode(root: Root, kind: 'excel' | 'wps'): Promise<void> {
  const sessionOf = () =>
    ensureSession(() => (kind === 'wps' ? createWpsHost() : createExcelHost(officeEnv())), {
      save: download,
      preferences: userPreferences(kind),
    });
  const session = sessionOf();
  if (tabFromHash(window.location.hash) === 'template') session.actions.setTab('template');
  session.actions.setTemplateFocus(focusFromHash(window.location.hash));
  root.render(<App store={session.store} actions={session.actions} theme={officeTheme()} />);
  try {
    await session.actions.init();
  } finally {
    if (kind === 'excel') registerCommands(sessionOf);
  }
}

/**
 * Entry of taskpane.html. Never waits on office.js for long: when Office is not ready within
 * FILE_MODE_AFTER_MS (a hanging CDN, a plain browser) file mode shows, and the pane switches to Excel if
 * Office becomes ready afterwards.
 */
async function main(): Promise<void> {
  if ((window as { __engineTooOld?: boolean }).__engineTooOld) return; // the bootstrap's message stays
  const root = createRoot(document.getElementById('container') as HTMLElement);
  if (isWps(window)) return hostMode(root, 'wps');
  const office = officeHost();
  const first = await Promise.race([office, after(FILE_MODE_AFTER_MS, 'pending' as const)]);
  if (first === 'excel') return hostMode(root, 'excel');
  void fileMode(root);
  if (first === 'pending' && (await office) === 'excel') await hostMode(root, 'excel');
}

void main();
