import { useCallback, useId } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PaneActions } from '../../app/controller';
import type { SelectionEdit } from '../../app/actions/recognition';
import type { PaneState } from '../../app/store';
import { recognitionView, roleOptions, sheetPeriods, type FormView, type ViewTable } from '../../app/recognition-view';
import { formRef, tableRef } from '../../app/mapping-edits';
import { fromRangeA1 } from '../../core/address';
import { msg } from '../../messages';
import { gridWindow } from '../../app/selection-grid';
import { SelectionGrid } from './SelectionGrid';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  parts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  part: { justifyContent: 'space-between', width: '100%', fontWeight: tokens.fontWeightRegular },
  range: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  column: {
    display: 'grid',
    gridTemplateColumns: '2em minmax(0, 1fr) 10.5em',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  letter: { fontFamily: tokens.fontFamilyMonospace, textAlign: 'center' },
  header: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // a select as wide as its longest option (a form's long name) would push the pane wider: it fits instead
  fit: { minWidth: 0, maxWidth: '100%' },
  fitSelect: { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
});

/** 识别结果: what was recognized in the chosen form, click a part to select it, and corrections of the reading. */
export default function RecognitionPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  if (!state.result) {
    return (
      <section className={styles.root} aria-label={msg('recog.tab')} data-testid="recog-panel">
        <Text>{msg('recog.noResult')}</Text>
      </section>
    );
  }
  const forms = recognitionView(state.result, state.grids, state.mapping);
  const at = Math.min(state.recogForm, Math.max(0, forms.length - 1));
  const form: FormView | undefined = forms[at];
  const periods = form ? sheetPeriods(forms, form.sheet) : [];
  return (
    <section
      className={styles.root}
      aria-label={msg('recog.tab')}
      aria-busy={busy}
      data-testid="recog-panel"
      data-busy={busy ? 'true' : 'false'}
    >
      {state.mapping && (
        <MessageBar intent="info" data-testid="recog-mapped">
          <MessageBarBody>{msg('recog.mapped')}</MessageBarBody>
        </MessageBar>
      )}
      {forms.length === 0 && <Text data-testid="recog-no-form">{msg('recog.noForm')}</Text>}
      {forms.length > 1 && (
        <Field label={msg('recog.form')}>
          <Select
            className={styles.fit}
            select={{ className: styles.fitSelect }}
            value={String(at)}
            onChange={(_, d) => actions.setRecogForm(Number(d.value))}
            data-testid="recog-form"
          >
            {forms.map((f, i) => (
              <option key={i} value={i}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {forms.length === 1 && form && (
        <Text weight="semibold" data-testid="recog-form-label">
          {form.label}
        </Text>
      )}
      {form && form.problems.length > 0 && (
        <MessageBar intent="warning" data-testid="recog-problems">
          <MessageBarBody>
            {msg('recog.problems')}：{form.problems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {form && (
        <div className={styles.section}>
          <h2 className={styles.heading}>{msg('recog.parts')}</h2>
          <ul className={styles.parts} data-testid="recog-parts">
            <PartButton label={msg('recog.part.form')} sheet={form.sheet} range={form.range} actions={actions} />
            {form.parts.map((p) => (
              <PartButton
                key={`${p.kind}-${p.range}`}
                label={p.label}
                sheet={p.sheet}
                range={p.range}
                actions={actions}
                detail={
                  p.kind === 'table' ? msg('recog.indicators', { count: (p as ViewTable).indicators }) : undefined
                }
              />
            ))}
          </ul>
        </div>
      )}
      {form?.tables.map((t) => (
        <TableCard
          key={t.range}
          forms={forms}
          form={form}
          table={t}
          periods={periods}
          state={state}
          actions={actions}
        />
      ))}
      {form && (
        <div className={styles.section} data-testid="recog-unrecognized">
          <h2 className={styles.heading}>{msg('recog.unrecognized')}</h2>
          {form.unrecognized.length === 0 ? (
            <Text size={200}>{msg('recog.allPlaced')}</Text>
          ) : (
            <>
              <Text size={200}>{msg('recog.unrecognizedCount', { count: form.unrecognized.length })}</Text>
              <ul className={styles.parts}>
                {form.unrecognized.slice(0, 20).map((u) => (
                  <PartButton
                    key={u.cell}
                    label={u.text.length > 24 ? `${u.text.slice(0, 24)}…` : u.text}
                    sheet={form.sheet}
                    range={u.cell}
                    actions={actions}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <Corrections state={state} actions={actions} forms={forms} form={form} busy={busy} />
    </section>
  );
}

function PartButton({
  label,
  sheet,
  range,
  detail,
  actions,
}: {
  label: string;
  sheet: string;
  range: string;
  detail?: string;
  actions: PaneActions;
}) {
  const styles = useStyles();
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.part}
        onClick={() => void actions.selectRange(sheet, range)}
        aria-label={msg('recog.part.select', { part: label, range })}
        data-testid="recog-part"
        data-range={range}
      >
        <span>
          {label}
          {detail ? ` · ${detail}` : ''}
        </span>
        <span className={styles.range}>{range}</span>
      </Button>
    </li>
  );
}

const HEADER_ROWS = [0, 1, 2, 3, 4, 5];

function TableCard({
  forms,
  form,
  table,
  periods,
  state,
  actions,
}: {
  forms: FormView[];
  form: FormView;
  table: ViewTable;
  periods: string[];
  state: PaneState;
  actions: PaneActions;
}) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const ref = tableRef(forms, form, table);
  const title = `${table.label} ${table.range}`;
  return (
    <div className={styles.table} data-testid="recog-table" data-range={table.range}>
      <h2 className={styles.heading}>{msg('recog.columns', { table: title })}</h2>
      <Field label={msg('recog.headerRows')} orientation="horizontal">
        <Select
          value={String(table.headerRows)}
          disabled={busy}
          onChange={(_, d) => void actions.correctReading({ kind: 'headerRows', table: ref, rows: Number(d.value) })}
          data-testid="recog-header-rows"
        >
          {HEADER_ROWS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      {table.columns.map((c) => (
        <div key={c.col} className={styles.column} data-testid="recog-column" data-col={c.col}>
          <Text className={styles.letter}>{c.col}</Text>
          <Text className={styles.header} title={c.header} size={200}>
            {c.header || msg('recog.column.noHeader')}
          </Text>
          <Select
            value={c.role}
            disabled={busy}
            aria-label={msg('recog.role', { col: c.col })}
            onChange={(_, d) => void actions.correctReading({ kind: 'role', table: ref, col: c.col, role: d.value })}
            data-testid={`recog-role-${c.col}`}
          >
            {roleOptions(periods, c.role).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
      {state.selectionAvailable && (
        <div className={styles.bar}>
          <SelectionButton
            actions={actions}
            busy={busy}
            testId="recog-table-from-selection"
            label={msg('recog.tableFromSelection')}
            edit={(sel) => (sel.sheet === form.sheet ? { kind: 'tableRange', table: ref, range: sel.range } : null)}
          />
        </div>
      )}
    </div>
  );
}

function Corrections({
  state,
  actions,
  forms,
  form,
  busy,
}: {
  state: PaneState;
  actions: PaneActions;
  forms: FormView[];
  form: FormView | undefined;
  busy: boolean;
}) {
  const styles = useStyles();
  const hintId = useId();
  const ref = form ? formRef(forms, form) : null;
  // file mode: the workbook is open nowhere else, so the view draws the cells to select on
  const gridSheet = form?.sheet ?? state.grids.find((g) => g.rows > 0)?.sheet;
  const gridView =
    state.fileName !== null
      ? gridWindow(
          state.grids.find((g) => g.sheet === gridSheet),
          form?.range,
        )
      : null;
  const sheet = gridView?.sheet;
  const select = useCallback(
    (range: string) => {
      if (sheet) void actions.selectRange(sheet, range);
    },
    [actions, sheet],
  );
  const next = form ? forms.find((f) => f.sheet === form.sheet && f.index !== form.index && below(f, form)) : undefined;
  return (
    <div className={styles.section} data-testid="recog-corrections">
      <h2 className={styles.heading}>{msg('recog.corrections')}</h2>
      {state.selectionAvailable && (
        <>
          {gridView && (
            <>
              <Text size={200} id={hintId}>
                {msg('recog.grid.hint')}
              </Text>
              <SelectionGrid
                view={gridView}
                selection={state.selection?.sheet === gridView.sheet ? state.selection.range : null}
                onSelect={select}
                describedBy={hintId}
              />
            </>
          )}
          <Text size={200} data-testid="recog-selection" aria-live="polite">
            {state.selection
              ? msg('recog.selection', { range: state.selection.range })
              : msg(gridView ? 'recog.noSelectionGrid' : 'recog.noSelection')}
          </Text>
          <div className={styles.bar}>
            <SelectionButton
              actions={actions}
              busy={busy}
              testId="recog-add-table"
              label={msg('recog.useAsTable')}
              edit={(sel) => ({ kind: 'addTable', sheet: sel.sheet, range: sel.range })}
            />
            {ref && (
              <SelectionButton
                actions={actions}
                busy={busy}
                testId="recog-form-range"
                label={msg('recog.useAsForm')}
                edit={(sel) => (sel.sheet === ref.sheet ? { kind: 'formRange', form: ref, range: sel.range } : null)}
              />
            )}
            <SelectionButton
              actions={actions}
              busy={busy}
              testId="recog-add-form"
              label={msg('recog.addForm')}
              edit={(sel) => ({
                kind: 'addForm',
                sheet: sel.sheet,
                range: sel.range,
                formKind: form?.kind ?? 'project',
              })}
            />
            {ref && (
              <SelectionButton
                actions={actions}
                busy={busy}
                testId="recog-split"
                label={msg('recog.split')}
                edit={(sel) =>
                  sel.sheet === ref.sheet ? { kind: 'split', form: ref, row: fromRangeA1(sel.range).r0 + 1 } : null
                }
              />
            )}
            <SelectionButton
              actions={actions}
              busy={busy}
              testId="recog-exclude"
              label={msg('recog.exclude')}
              edit={(sel) => ({ kind: 'exclude', sheet: sel.sheet, range: sel.range })}
            />
          </div>
        </>
      )}
      <div className={styles.bar}>
        {ref && next && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => void actions.correctReading({ kind: 'join', form: ref })}
            data-testid="recog-join"
          >
            {msg('recog.join')}
          </Button>
        )}
        <Button
          size="small"
          disabled={busy || !state.mapping}
          onClick={() => void actions.clearMapping()}
          data-testid="recog-reset"
        >
          {msg('recog.reset')}
        </Button>
      </div>
    </div>
  );
}

function below(a: FormView, b: FormView): boolean {
  return fromRangeA1(a.range).r0 > fromRangeA1(b.range).r0;
}

/** A correction taken from the user's selection (one per button: the edit it makes, or null to refuse). */
function SelectionButton({
  actions,
  busy,
  testId,
  label,
  edit,
}: {
  actions: PaneActions;
  busy: boolean;
  testId: string;
  label: string;
  edit: SelectionEdit;
}) {
  return (
    <Button size="small" disabled={busy} onClick={() => void actions.correctFromSelection(edit)} data-testid={testId}>
      {label}
    </Button>
  );
}
