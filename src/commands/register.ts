import type { Session } from '../app/session';
import { runCheckCommand, type CommandEnv } from './run-check';

function officeCommandEnv(session: () => Session): CommandEnv {
  const canShowPane = Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
  return {
    session,
    canShowPane,
    showPane: () => Office.addin.showAsTaskpane(),
    notify: (message) =>
      new Promise<void>((resolve) => {
        const base = window.location.href.replace(/[^/]*(\?.*)?$/, '');
        const url = `${base}commands.html?notice=${encodeURIComponent(message)}`;
        Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, () => resolve());
      }),
  };
}

let registered = false;

/**
 * Associates the ribbon's function names with their handlers (shared runtime or function file). `session`
 * gives the runtime's session; the entry point that calls this wires the Excel host into it.
 */
export function registerCommands(session: () => Session): void {
  if (registered) return;
  registered = true;
  const handler = (event: Office.AddinCommands.Event) => void runCheckCommand(event, officeCommandEnv(session));
  if (Office.actions?.associate) Office.actions.associate('runCheck', handler);
  (window as unknown as { runCheck?: typeof handler }).runCheck = handler; // function files without Office.actions
}
