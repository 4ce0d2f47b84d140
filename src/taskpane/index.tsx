import { createRoot } from 'react-dom/client';
import { detectHost } from '../hosts/browser/detect';
import { createExcelHost, officeEnv } from '../hosts/excel';
import { createWpsHost } from '../hosts/wps';
import { registerCommands } from '../commands/register';
import { App } from './components/App';
import { FileMode } from './components/FileMode';
import { Workbench } from './workbench';
import { getSession, startSession } from './session';
import { tabFromHash } from './store';
import { officeTheme } from './theme';

/** The workbook shown when the page opens without Excel, so a newcomer sees the checker at work. */
const SAMPLE = { url: 'assets/sample.xlsx', name: '项目支出绩效目标表（示例）.xlsx' };

/** Entry of taskpane.html: the pane, and (shared runtime) the ribbon command handlers. */
async function main(): Promise<void> {
  const root = createRoot(document.getElementById('container') as HTMLElement);
  const kind = await detectHost();
  if (kind === 'browser') {
    // A plain browser: browser file mode over dropped workbooks, the sample preloaded.
    const bench = new Workbench();
    root.render(<FileMode bench={bench} />);
    const res = await fetch(SAMPLE.url).catch(() => null);
    if (res?.ok && bench.get().files.length === 0)
      await bench.addFiles([{ name: SAMPLE.name, bytes: () => res.arrayBuffer() }], { sample: true });
    return;
  }
  // Inside WPS 表格 the same pane runs over the ET adapter (window.Application); ribbon commands are Excel's only.
  const session = getSession() ?? startSession(kind === 'wps' ? createWpsHost() : createExcelHost(officeEnv()));
  if (kind === 'excel') registerCommands();
  if (tabFromHash(window.location.hash) === 'template') session.actions.setTab('template');
  root.render(<App store={session.store} actions={session.actions} theme={officeTheme()} />);
  await session.actions.init();
}

void main();
