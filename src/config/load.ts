/**
 * Config loading as pure functions: the caller reads the file (Node in the CLI, settings storage in the
 * pane) and passes the parsed JSON. Unknown keys, bad settings and unknown rule names are errors with a
 * zh-CN message, so a typo never silently disables nothing.
 */
import { msg } from '../messages';
import { zodInCurrentLanguage } from '../messages/zod-locale';

import type { CheckOptions } from '../check';
import { RULES } from '../rules/registry';
import { unknownNames } from '../rules/select';
import { ConfigSchema, type Config } from './schema';

export const CONFIG_FILE = 'target-sheet.config.json';

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function parseConfig(json: unknown): ConfigResult {
  zodInCurrentLanguage();
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) =>
        msg('config.issue', { path: i.path.length > 0 ? i.path.join('.') : msg('config.root'), message: i.message }),
      ),
    };
  }
  const names = [...(parsed.data.only ?? []), ...Object.keys(parsed.data.rules ?? {})];
  const unknown = unknownNames(RULES, names);
  if (unknown.length > 0) return { ok: false, errors: unknown.map((name) => msg('config.unknownRule', { name })) };
  return { ok: true, config: parsed.data };
}

/** Settings from several configs, later ones winning (user settings first, the workbook's config last). */
export function mergeConfigs(...configs: (Config | null | undefined)[]): Config {
  const out: Config = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.only) out.only = c.only;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
  }
  return out;
}

/** Check options from a config and the command line's --rules (which replaces `only`). */
export function toCheckOptions(config: Config, rules?: string[]): CheckOptions {
  const only = rules && rules.length > 0 ? rules : config.only;
  return { ...(only ? { rules: only } : {}), ...(config.rules ? { overrides: config.rules } : {}) };
}
