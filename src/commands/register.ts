import type { Session } from '../app/session';
import { handleCommand } from '../startup/ribbon-queue';
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
 * Handles the ribbon's functions from now on, starting with the clicks that arrived before the session was
 * ready (the actions themselves were associated by src/startup/office.ts as soon as office.js ran). `session`
 * gives the runtime's session; the entry point that calls this wires the Excel host into it.
 */
export function registerCommands(session: () => Session): void {
  if (registered) return;
  registered = true;
  handleCommand('runCheck', (event) => void runCheckCommand(event, officeCommandEnv(session)));
  // 新建绩效目标表: the pane opens on the 模板 tab's 新建 section (same page: the shared runtime's pane)
  handleCommand('openNewForm', (event) => {
    const { actions } = session();
    actions.setTab('template');
    actions.setTemplateFocus('new');
    Promise.resolve(Office.addin.showAsTaskpane())
      .catch(() => undefined)
      .finally(() => event.completed());
  });
}
