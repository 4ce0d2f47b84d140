/**
 * Building forms from the pane: 新建绩效目标表 (a preset written into a new sheet, then checked),
 * 复制为新年度 (the recognized form copied to a new sheet for the next year), 指标库 insertion at the
 * selected row and the library's typing suggestions. Presets, the new-form builder and the library are
 * loaded on first use (dynamic imports: separate chunks), so the pane's initial JS does not carry them.
 */
import { msg } from '../../messages';
import { fromA1, fromRangeA1, columnName } from '../../core/address';
import { textOf } from '../../core/grid';
import type { EditEvent } from '../../hosts/host';
import type { Preset } from '../../templates/preset-schema';
import type { LibraryEntry } from '../../templates/library';
import type { BuildOutcome } from '../store';
import { gridOf } from '../templates-view';
import type { ActionContext } from './context';
import { insertUndoable } from './fixes';

export interface NewFormRequest {
  presetId: string;
  year: number;
  name?: string;
}

export interface BuildActions {
  createForm: (request: NewFormRequest) => Promise<void>;
  rollForward: (year: number, presetId?: string) => Promise<void>;
  importPresets: (text: string, file: string) => Promise<void>;
  removePreset: (id: string) => Promise<void>;
  /** The imported presets from per-user storage into the state (invalid ones are left out). */
  loadUserPresets: () => Promise<void>;
  insertLibraryEntry: (name: string) => Promise<void>;
  acceptLibrarySuggestion: (name: string) => Promise<void>;
}

/** Built-in presets and the user's (a user preset with a built-in id replaces it). */
export async function loadPresets(user: readonly Preset[] = []): Promise<Preset[]> {
  const { BUILT_IN_PRESETS, mergePresets } = await import(/* webpackChunkName: "build" */ '../../templates/presets');
  return mergePresets(BUILT_IN_PRESETS, user);
}

async function findEntry(name: string): Promise<LibraryEntry | undefined> {
  const { LIBRARY } = await import(/* webpackChunkName: "library" */ '../../templates/library');
  return LIBRARY.find((e) => e.name === name);
}

export function buildActions(ctx: ActionContext): BuildActions & {
  /** A 三级 typed into an indicator table: matching library entries (null: nothing to offer). */
  onTypedLevel3: (e: EditEvent, formIndex: number, row: number, col: string) => Promise<boolean>;
} {
  const { store, host, deps } = ctx;
  /** Presets beside the workbook (deps) and the ones the user imported, after the built-in ones. */
  const allPresets = (): Promise<Preset[]> => loadPresets([...(deps.presets ?? []), ...store.get().userPresets]);
  const savePresets = async (presets: Preset[]): Promise<void> => {
    try {
      await deps.preferences?.savePresets(JSON.stringify(presets));
    } catch {
      throw new Error(msg('preset.notStored'));
    }
  };

  const outcome = (kind: BuildOutcome['kind'], sheet: string, edits: BuildOutcome['edits']): BuildOutcome => {
    const findings = (store.get().result?.findings ?? []).filter((f) => f.sheet === sheet);
    return {
      kind,
      sheet,
      edits,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    };
  };

  /** The row's cells (column letter → text) of the form's table columns. */
  const readRow = async (sheet: string, row: number, c0: number, c1: number): Promise<Record<string, string>> => {
    if (!host.readRange) return {};
    const values = (await host.readRange(sheet, `${columnName(c0)}${row}:${columnName(c1)}${row}`))[0] ?? [];
    const out: Record<string, string> = {};
    values.forEach((v, i) => (out[columnName(c0 + i)] = textOf(v)));
    return out;
  };

  return {
    createForm: (request) =>
      ctx.guard('build', async () => {
        if (!host.addSheet) throw new Error(msg('build.noAddSheet'));
        if (!Number.isInteger(request.year) || request.year < 2000 || request.year > 2100)
          throw new Error(msg('build.badYear'));
        const presets = await allPresets();
        const preset = presets.find((p) => p.id === request.presetId);
        if (!preset)
          throw new Error(
            msg('new.unknownPreset', { preset: request.presetId, presets: presets.map((p) => p.id).join(', ') }),
          );
        const set = ctx.sets.find((s) => s.id === preset.standardSet && s.kind === preset.kind);
        if (!set)
          throw new Error(
            msg('new.noSet', { preset: preset.id, set: preset.standardSet, kind: msg(`kind.${preset.kind}`) }),
          );
        const { describeNewForm } = await import(/* webpackChunkName: "build" */ '../../templates/new-form');
        const d = describeNewForm(preset, set, { year: request.year, name: request.name?.trim() || undefined });
        const { name } = await host.addSheet(d);
        await ctx.check(store.get().marked);
        const built = outcome('new', name, []);
        // the 新建 section shows the outcome (no second banner above it)
        store.set({ built, notice: null });
      }),

    rollForward: (year, presetId) =>
      ctx.guard('build', async () => {
        if (!host.copySheet) throw new Error(msg('roll.noCopy'));
        const s = store.get();
        const form = s.result?.forms[Math.min(s.templateForm, s.result.forms.length - 1)];
        const grid = form && gridOf(s, form.sheet);
        if (!form || !grid) throw new Error(msg('roll.needForm'));
        const { rollForward } = await import(/* webpackChunkName: "build" */ '../../templates/roll');
        const { presetForForm } = await import(/* webpackChunkName: "build" */ '../../templates/presets');
        const presets = await allPresets();
        const preset = presetId ? presets.find((p) => p.id === presetId) : presetForForm(presets, form);
        if (presetId && !preset)
          throw new Error(msg('new.unknownPreset', { preset: presetId, presets: presets.map((p) => p.id).join(', ') }));
        const edits = rollForward(grid, form, year, preset?.rollClear);
        if (edits.length === 0) throw new Error(msg('roll.nothing', { sheet: form.sheet, year }));
        const base = form.sheet.includes(String(form.year))
          ? form.sheet.replace(String(form.year), String(year))
          : `${form.sheet} ${year}`;
        const { name } = await host.copySheet(
          form.sheet,
          base,
          edits.map((e) => ({ cell: e.cell, text: e.after })),
        );
        await ctx.check(store.get().marked);
        store.set({ built: outcome('roll', name, edits), notice: null });
      }),

    importPresets: (text, file) =>
      ctx.guard('build', async () => {
        const { parsePresetFile } = await import(/* webpackChunkName: "build" */ '../../templates/presets');
        const parsed = parsePresetFile(text);
        if (!parsed.ok) throw new Error(msg('preset.invalid', { file, errors: parsed.errors.join('；') }));
        // a preset imported again (same id) replaces the earlier one
        const kept = store.get().userPresets.filter((p) => !parsed.presets.some((n) => n.id === p.id));
        const next = [...kept, ...parsed.presets];
        await savePresets(next);
        store.set({
          userPresets: next,
          notice: msg('preset.imported', {
            count: parsed.presets.length,
            names: parsed.presets.map((p) => p.name).join('、'),
          }),
        });
      }),

    removePreset: (id) =>
      ctx.guard('build', async () => {
        const gone = store.get().userPresets.find((p) => p.id === id);
        if (!gone) return;
        const next = store.get().userPresets.filter((p) => p.id !== id);
        await savePresets(next);
        store.set({ userPresets: next, notice: msg('preset.removed', { name: gone.name }) });
      }),

    loadUserPresets: async () => {
      const text = await deps.preferences?.loadPresets();
      if (!text) return;
      const { parseStoredPresets } = await import(/* webpackChunkName: "build" */ '../../templates/presets');
      // an older or edited value that no longer validates is left out, never breaks the pane
      const presets = parseStoredPresets(text);
      if (presets.length) store.set({ userPresets: presets });
    },

    insertLibraryEntry: (name) =>
      ctx.guard('library', async () => {
        const entry = await findEntry(name);
        // one cell is wanted: the selection's top-left
        const sel = await host.readSelection?.();
        if (!entry || !sel) throw new Error(msg('library.noSelection'));
        if (!store.get().result) await ctx.check(store.get().marked);
        const row = fromRangeA1(sel.range.replace(/\$/g, '')).r0 + 1;
        const { placeEntry, tableAt } = await import(/* webpackChunkName: "library" */ '../../templates/library-place');
        const form = store.get().result?.forms.find((f) => f.sheet === sel.sheet && tableAt(f, row));
        const plan = form && placeEntry(form, entry, row);
        if (!plan) throw new Error(msg('library.outsideTable', { row }));
        await insertUndoable(ctx, plan);
        await ctx.check(store.get().marked);
        store.set({
          notice: msg('library.inserted', { row: row + 1, name: entry.name, value: entry.example }),
          suggestion: null,
        });
      }),

    acceptLibrarySuggestion: (name) =>
      ctx.guard('template', async () => {
        const sug = store.get().suggestion;
        const form = sug && store.get().result?.forms[sug.form];
        const entry = await findEntry(name);
        if (!sug || !form || !entry) return;
        const { typedEntryCells, tableAt } = await import(
          /* webpackChunkName: "library" */ '../../templates/library-place'
        );
        const table = tableAt(form, sug.row);
        if (!table) return;
        const cols = table.columns.map((c) => fromA1(`${c.col}1`).col);
        const current = await readRow(sug.sheet, sug.row, Math.min(...cols), Math.max(...cols));
        const cells = typedEntryCells(form, entry, sug.row, current);
        // name, operator, value template, unit: one write (one undo record in Excel) and one pane undo step
        const wanted = Object.entries(cells).map(([c, text]) => ({ sheet: sug.sheet, cell: `${c}${sug.row}`, text }));
        if (wanted.length > 0) {
          const written = await host.writeCells(wanted);
          const edits = wanted.map((w, i) => ({ ...w, previous: written[i]?.previous ?? '' }));
          store.set((s) => ({ undo: [...s.undo, { edits }] }));
        }
        await ctx.check(store.get().marked);
        store.set({
          suggestion: null,
          notice: msg('suggest.filled', { row: sug.row, name: entry.name, value: entry.example }),
        });
      }),

    onTypedLevel3: async (e, formIndex, row, col) => {
      const form = store.get().result?.forms[formIndex];
      if (!form || !host.readRange) return false;
      const lib = await import(/* webpackChunkName: "library" */ '../../templates/library-place');
      if (!lib.isLevel3Column(form, fromA1(`${col}1`).col)) return false;
      const typed = textOf((await host.readRange(e.sheet, `${col}${row}`))[0]?.[0] ?? null).trim();
      const hits = lib.libraryMatches(typed, form);
      if (hits.length === 0 || (hits.length === 1 && hits[0].name === typed && !hits[0].example)) return false;
      store.set({
        suggestion: {
          sheet: e.sheet,
          row,
          col,
          form: formIndex,
          label: typed,
          summary: msg('suggest.library', { row, typed }),
          names: hits.map((h) => h.name),
          library: hits.map((h) => ({
            name: h.name,
            level2: h.level2,
            operator: h.operator,
            unit: h.unit,
            example: h.example,
          })),
        },
      });
      return true;
    },
  };
}
