import { createRoot } from 'react-dom/client';
import { detectHost } from '../hosts/browser/detect';
import { download } from '../hosts/browser/download';
import { createExcelHost, officeEnv } from '../hosts/excel';
import { FileHost } from '../hosts/file/file-host';
import { createWpsHost } from '../hosts/wps';
import { ensureSession } from '../app/session';
import { tabFromHash } from '../app/store';
import { Workbench } from '../app/workbench';
import { registerCommands } from '../commands/register';
import { App } from './components/App';
import { FileMode } from './components/FileMode';
import { officeTheme } from './theme';

/** The workbook shown when the page opens without Excel, so a newcomer sees the checker at work. */
const SAMPLE = { url: 'assets/sample.xlsx', name: '项目支出绩效目标表（示例）.xlsx' };

/**
 * Entry of taskpane.html: the one place that wires concrete hosts into the app — the pane, and (shared
 * runtime) the ribbon command handlers over the same session.
 */
async function main(): Promise<void> {
  const root = createRoot(document.getElementById('container') as HTMLElement);
  const kind = await detectHost();
  if (kind === 'browser') {
    // A plain browser: browser file mode over dropped workbooks, the sample preloaded.
    const bench = new Workbench({ open: (bytes, name) => FileHost.open(bytes, name), save: download });
    root.render(<FileMode bench={bench} />);
    const res = await fetch(SAMPLE.url).catch(() => null);
    if (res?.ok && bench.get().files.length === 0)
      await bench.addFiles([{ name: SAMPLE.name, bytes: () => res.arrayBuffer() }], { sample: true });
    return;
  }
  // Inside WPS 表格 the same pane runs over the ET adapter (window.Application); ribbon commands are Excel's only.
  const session = () =>
    ensureSession(() => (kind === 'wps' ? createWpsHost() : createExcelHost(officeEnv())), { save: download });
  if (kind === 'excel') registerCommands(session);
  if (tabFromHash(window.location.hash) === 'template') session().actions.setTab('template');
  root.render(<App store={session().store} actions={session().actions} theme={officeTheme()} />);
  await session().actions.init();
}

void main();
