import { ensureSession } from '../app/session';
import { createExcelHost, officeEnv } from '../hosts/excel';
import { download } from '../hosts/browser/download';
import { userPreferences } from '../hosts/browser/user-preferences';
import { officeHost } from '../startup/office';
import { registerCommands } from './register';

/**
 * Entry of commands.html: registers 一键校验 when this page is the function file, and shows a notice
 * (`?notice=…`, opened as a dialog by the command where the pane cannot be shown from code).
 */
const notice = new URLSearchParams(window.location.search).get('notice');
if (notice !== null) {
  const el = document.getElementById('notice');
  if (el) {
    el.style.padding = '16px';
    el.style.fontSize = '14px';
    el.textContent = notice;
  }
}
if (notice === null) {
  void officeHost().then((host) => {
    if (host === 'excel')
      registerCommands(() =>
        ensureSession(() => createExcelHost(officeEnv()), { save: download, preferences: userPreferences('excel') }),
      );
  });
}
