import type { ExcelEnv, ExcelRunOptions, XlContext } from './api';

/** The ExcelEnv of the running Office host (globals `Office` and `Excel` from office.js). */
export function officeEnv(): ExcelEnv {
  const settings = Office.context.document.settings;
  return {
    run: <T>(batch: (context: XlContext) => Promise<T>, options?: ExcelRunOptions) =>
      options
        ? Excel.run(options, (ctx) => batch(ctx as unknown as XlContext))
        : Excel.run((ctx) => batch(ctx as unknown as XlContext)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // diagnostics is missing on the oldest hosts (then: downloads assumed to work)
    platform: (Office.context.diagnostics as Office.ContextInformation | undefined)?.platform as string | undefined,
    settings: {
      get: (key) => {
        const v: unknown = settings.get(key);
        return v ?? null;
      },
      set: (key, value) => settings.set(key, value),
      remove: (key) => {
        settings.remove(key);
      },
      save: () =>
        new Promise<void>((resolve, reject) =>
          settings.saveAsync((r) =>
            r.status === Office.AsyncResultStatus.Succeeded
              ? resolve()
              : reject(new Error(r.error?.message ?? 'settings.saveAsync failed')),
          ),
        ),
    },
  };
}
