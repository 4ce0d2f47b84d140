/**
 * Entry of the WPS add-in (dist-wps/index.html, loaded by WPS when the add-in starts): installs the ribbon
 * callbacks named in ribbon.xml on `window.ribbon`. The pane (taskpane.html, the same React pane as in Excel)
 * is its own page with its own session: 一键校验 and the section buttons ask it through PluginStorage
 * (pane-channel.ts), so the check runs where the user's ignored and reviewed findings are. Only where WPS
 * cannot show a pane does 一键校验 check here, after loading that state from the workbook.
 */
import { msg } from '../../messages';
import { ensureSession, type Session } from '../../app/session';
import { summaryText } from '../../app/summary';
import { userPreferences } from '../browser/user-preferences';
import { createEtHost } from './et-host';
import { wpsApplication } from './wps-env';
import { createRibbon } from './ribbon';

function session(): Session {
  const app = wpsApplication();
  if (!app) throw new Error(msg('command.noWps'));
  return ensureSession(() => createEtHost(app), { preferences: userPreferences('wps') });
}

let started: Promise<void> | null = null;

function notify(message: string): void {
  window.alert(message);
}

const ribbon = createRibbon(
  () => wpsApplication(),
  () => new URL('taskpane.html', window.location.href).href,
  {
    async check() {
      const s = session();
      started ??= s.actions.init();
      await started;
      await s.actions.runCheck({ mark: true });
      notify(summaryText(s.store.get()));
    },
    async clearMarks() {
      await session().host.clearMarks();
    },
    notify,
  },
);

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
