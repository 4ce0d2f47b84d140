/**
 * The workbook's recognition mapping (docs/mapping.md): loaded from host storage when the session starts,
 * set or cleared by the user (the 识别结果 view), stored back in the workbook, and given to every check.
 * A stored mapping that cannot be used (invalid, or of a newer version) is said in zh-CN, never ignored silently.
 */
import { msg } from '../../messages';
import { MAPPING_KEY, type HostStorage } from '../../hosts/host';
import type { Mapping } from '../../model/mapping';
import type { PaneActions } from '../controller';
import type { ActionContext } from './context';

/** The mapping's parser (zod and the schema) loads with the first stored or set mapping, not with the pane. */
const mappingJson = () => import(/* webpackChunkName: "mapping-json" */ '../mapping-json');

export type MappingActions = Pick<PaneActions, 'setMapping' | 'clearMapping'>;

/** Host storage key of the mapping (Excel document settings, WPS document properties, file: the state sheet). */
export const MAPPING = MAPPING_KEY;

export interface LoadedMapping {
  mapping: Mapping | null;
  /** Why a stored mapping is not used (zh-CN), or null. */
  error: string | null;
}

/** The stored mapping; none stored (or cleared: an empty text) is no mapping and no error. */
export async function loadMapping(storage: HostStorage | undefined): Promise<LoadedMapping> {
  const raw = await storage?.get(MAPPING);
  if (!raw || raw.trim() === '') return { mapping: null, error: null };
  const parsed = (await mappingJson()).parseMappingText(raw);
  if (parsed.ok) return { mapping: parsed.mapping, error: null };
  return { mapping: null, error: msg('mapping.storedInvalid', { reason: parsed.errors.join('；') }) };
}

/** Stores a mapping in the workbook (null clears it); false where the host cannot store anything. */
export async function storeMapping(storage: HostStorage | undefined, mapping: Mapping | null): Promise<boolean> {
  if (!storage) return false;
  await storage.set(MAPPING, mapping ? (await mappingJson()).mappingText(mapping) : '');
  return true;
}

export function mappingActions(ctx: ActionContext): MappingActions {
  const { store, host } = ctx;
  return {
    setMapping: (mapping) =>
      ctx.guard('mapping', async () => {
        const parsed = (await mappingJson()).parseMapping(mapping);
        if (!parsed.ok) {
          store.set({ error: msg('mapping.invalid', { errors: parsed.errors.join('\n  ') }) });
          return;
        }
        const stored = await storeMapping(host.storage, parsed.mapping);
        store.set({ mapping: parsed.mapping, mappingError: null });
        await ctx.check(store.get().marked);
        store.set({ notice: msg(stored ? 'mapping.saved' : 'mapping.savedNoStorage') });
      }),
    clearMapping: () =>
      ctx.guard('mapping', async () => {
        await storeMapping(host.storage, null);
        store.set({ mapping: null, mappingError: null });
        await ctx.check(store.get().marked);
        store.set({ notice: msg('mapping.cleared') });
      }),
  };
}
