import { createWpsHost } from '../hosts/wps';
import { createRoot } from 'react-dom/client';
import { detectHost } from '../hosts/browser/detect';
import { NoHostScreen } from '../hosts/browser/NoHostScreen';
import { createExcelHost, officeEnv } from '../hosts/excel';
import { registerCommands } from '../commands/register';
import { App } from './components/App';
import { getSession, startSession } from './session';
import { officeTheme } from './theme';

/** Entry of taskpane.html: the pane, and (shared runtime) the ribbon command handlers. */
async function main(): Promise<void> {
  const root = createRoot(document.getElementById('container') as HTMLElement);
  const kind = await detectHost();
  if (kind === 'browser') {
    // a plain browser gets file mode (issue 9), for now the explanation.
    root.render(<NoHostScreen />);
    return;
  }
  const session = getSession() ?? startSession(kind === 'wps' ? createWpsHost() : createExcelHost(officeEnv()));
  if (kind === 'excel') registerCommands();
  root.render(<App store={session.store} actions={session.actions} theme={officeTheme()} />);
  await session.actions.init();
}

void main();
