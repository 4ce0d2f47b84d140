import { MSO_CTP_DOCK_RIGHT, type EtApplication, type EtTaskPane } from './et-api';
import { msg } from '../../messages';

/** Ribbon control ids (ribbon.xml) and their images (copied to dist-wps/images/). */
export const CONTROLS = {
  btnCheck: 'images/check.svg',
  btnPane: 'images/pane.svg',
  btnClear: 'images/clear.svg',
  btnTemplate: 'images/template.svg',
  btnNewForm: 'images/new-form.svg',
} as const;
export type ControlId = keyof typeof CONTROLS;

export interface RibbonControl {
  Id: string;
}

/** What the buttons do; the entry wires these to the session, the pane and notices. */
export interface RibbonActions {
  check(): Promise<void>;
  clearMarks(): Promise<void>;
  notify(message: string): void;
}

/**
 * The task pane of the active window: created once (docked right, id kept in PluginStorage per window),
 * then shown or hidden. `toggle` false only shows it.
 */
export function showPane(app: EtApplication, url: string, toggle: boolean): EtTaskPane | null {
  if (!app.CreateTaskPane || !app.PluginStorage) return null;
  const key = `targetSheet.pane.${app.ActiveWindow?.Hwnd ?? app.ActiveWindow?.Caption ?? 'main'}`;
  const id = app.PluginStorage.getItem(key);
  const existing = id === null || id === undefined || id === '' ? null : (app.GetTaskPane?.(Number(id)) ?? null);
  if (existing) {
    existing.Visible = toggle ? !existing.Visible : true;
    return existing;
  }
  const pane = app.CreateTaskPane(url, msg('host.wpsPaneTitle'));
  pane.DockPosition = MSO_CTP_DOCK_RIGHT;
  app.PluginStorage.setItem(key, pane.ID);
  pane.Visible = true;
  return pane;
}

/** The callbacks ribbon.xml names (`ribbon.OnAddinLoad`, …); WPS calls them on `window.ribbon`. */
export function createRibbon(app: () => EtApplication | null, paneUrl: () => string, actions: RibbonActions) {
  let ui: unknown = null;
  // work may return a promise; its rejection is reported like a throw
  const run = (work: () => unknown): void => {
    Promise.resolve()
      .then(work)
      .catch((e: unknown) => actions.notify(e instanceof Error ? e.message : String(e)));
  };
  return {
    OnAddinLoad(ribbonUI: unknown): boolean {
      ui = ribbonUI;
      // WPS asks OnGetEnabled once: without a workbook at start the buttons would stay grey, so the ribbon
      // is invalidated whenever a workbook opens or a window becomes active
      const a = app();
      const invalidate = (): void => {
        const r = ui as { Invalidate?: () => void } | null;
        try {
          r?.Invalidate?.();
        } catch {
          // an old build without Invalidate: nothing better to do
        }
      };
      for (const name of ['WorkbookOpen', 'NewWorkbook', 'WindowActivate', 'WorkbookActivate'] as const)
        a?.ApiEvent.AddApiEventListener(name, invalidate);
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const a = app();
      if (!a) return false;
      switch (control.Id as ControlId) {
        case 'btnCheck':
          run(async () => {
            await actions.check();
            showPane(a, paneUrl(), false);
          });
          break;
        case 'btnPane':
          run(() => showPane(a, paneUrl(), true));
          break;
        case 'btnClear':
          run(() => actions.clearMarks());
          break;
        case 'btnTemplate':
          run(() => showPane(a, `${paneUrl()}#template`, false));
          break;
        case 'btnNewForm':
          run(() => showPane(a, `${paneUrl()}#new`, false));
          break;
        default:
          return false;
      }
      return true;
    },
    GetImage(control: RibbonControl): string {
      return CONTROLS[control.Id as ControlId] ?? CONTROLS.btnCheck;
    },
    OnGetEnabled(control: RibbonControl): boolean {
      const a = app();
      if (control.Id === 'btnPane') return a !== null;
      return a?.ActiveWorkbook !== null && a?.ActiveWorkbook !== undefined;
    },
    ribbonUI: () => ui,
  };
}

export type Ribbon = ReturnType<typeof createRibbon>;
