import { Suspense, lazy } from 'react';
import {
  Button,
  Divider,
  Spinner,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TableAdd20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import type { TemplateSet } from '../../templates/schema';
import type { Preset } from '../../templates/preset-schema';
import { msg, type MessageId } from '../../messages';

// 新建/复制为新年度 and 指标库 carry the presets and the 300+ entry library: chunks loaded when the tab opens
const NewFormSection = lazy(() => import(/* webpackChunkName: "build" */ './NewFormSection'));
const LibrarySection = lazy(() => import(/* webpackChunkName: "library" */ './LibrarySection'));
import { itemCount } from '../../templates/set-items';
import { plannedRowCount } from '../../templates/planner';
import { columnIndex } from '../../core/address';
import { MISSING_STANDARD, formLabel, formsMissingStandard, templatePreview } from '../../app/templates-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // a select is as wide as its longest option (a form's long name): it fits the pane instead
  fit: { minWidth: 0, maxWidth: '100%' },
  fitSelect: { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  wrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
  },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
});

const KIND = {
  project: 'recog.kind.project',
  department: 'recog.kind.department',
} as const satisfies Record<TemplateSet['kind'], MessageId>;

/** 模板: the standard indicator sets, a preview of the rows the planner would insert, 插入 and 补齐. */
export function TemplatePanel({
  state,
  actions,
  sets,
  presets,
}: {
  state: PaneState;
  actions: PaneActions;
  sets: readonly TemplateSet[];
  presets?: readonly Preset[];
}) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const forms = state.result?.forms ?? [];
  const preview = templatePreview(state, sets);
  const missing = formsMissingStandard(state);
  const missingCount = (state.result?.findings ?? []).filter((f) => f.rule === MISSING_STANDARD).length;
  const rows = preview ? plannedRowCount(preview.plan) : 0;
  return (
    <section className={styles.root} aria-label={msg('pane.tab.template')} data-testid="template-panel">
      <Suspense fallback={<Spinner size="tiny" label={msg('library.loading')} />}>
        <NewFormSection state={state} actions={actions} userPresets={presets} />
      </Suspense>
      <Divider />
      <Field label={msg('pane.template.set')}>
        <Select
          className={styles.fit}
          select={{ className: styles.fitSelect }}
          value={state.templateSet ?? ''}
          onChange={(_, d) => actions.setTemplateSet(d.value || null)}
          data-testid="template-set"
        >
          <option value="">{msg('pane.template.auto')}</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {msg('pane.template.option', { name: s.name, kind: msg(KIND[s.kind]), count: itemCount(s) })}
            </option>
          ))}
        </Select>
      </Field>
      {!state.result && (
        <div className={styles.bar}>
          <Text>{msg('pane.template.needCheck')}</Text>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void actions.runCheck()}
            data-testid="template-check"
          >
            {msg('pane.template.recognize')}
          </Button>
        </div>
      )}
      {state.result && forms.length === 0 && <Text>{msg('pane.template.noForm')}</Text>}
      {forms.length > 1 && (
        <Field label={msg('pane.template.target')}>
          <Select
            className={styles.fit}
            select={{ className: styles.fitSelect }}
            value={String(state.templateForm)}
            onChange={(_, d) => actions.setTemplateForm(Number(d.value))}
            data-testid="template-form"
          >
            {forms.map((f, i) => (
              <option key={i} value={i}>
                {formLabel(f, i)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {preview && preview.set.kind !== preview.form.kind && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {msg('pane.template.kindMismatch', {
              set: preview.set.name,
              setKind: msg(KIND[preview.set.kind]),
              formKind: msg(KIND[preview.form.kind]),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && preview.set.kind === preview.form.kind && rows === 0 && (
        <Text data-testid="template-complete">
          {msg('pane.template.complete', {
            form: formLabel(preview.form, state.templateForm),
            set: preview.set.name,
          })}
        </Text>
      )}
      {preview && rows > 0 && (
        <div data-testid="template-preview">
          {[...preview.plan].reverse().map((ins) => {
            const cols = [...new Set(ins.rows.flatMap((r) => Object.keys(r)))].sort(
              (a, b) => columnIndex(a) - columnIndex(b),
            );
            return (
              <div key={ins.beforeRow} className={styles.wrap}>
                <Text size={200} block>
                  {msg('pane.template.insertAt', { sheet: ins.sheet, row: ins.beforeRow, count: ins.rows.length })}
                </Text>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      {cols.map((c) => (
                        <th key={c} className={styles.th}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {ins.rows.map((r, i) => (
                      <tr key={i}>
                        {cols.map((c) => (
                          <td key={c} className={styles.td}>
                            {r[c] ?? ''}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </div>
      )}
      <div className={styles.bar}>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabled={busy || rows === 0}
          onClick={() => void actions.insertTemplate()}
          data-testid="template-insert"
        >
          {rows ? msg('pane.insertRows', { count: rows }) : msg('pane.template.insert')}
        </Button>
        <Button
          icon={<TextBulletListAdd20Regular />}
          disabled={busy || missing.length === 0}
          onClick={() => void actions.fillMissingStandard()}
          data-testid="template-fill-missing"
        >
          {missingCount
            ? msg('pane.template.fillMissingCount', { count: missingCount })
            : msg('pane.template.fillMissing')}
        </Button>
      </div>
      {state.typingAvailable && (
        <div>
          <Switch
            label={msg('pane.template.autoInsert')}
            checked={state.autoInsert}
            onChange={(_, d) => void actions.setAutoInsert(d.checked)}
            data-testid="auto-insert"
          />
          <Text size={200} block>
            {msg(state.autoInsert ? 'pane.template.autoInsertOn' : 'pane.template.autoInsertOff')}
          </Text>
        </div>
      )}
      <Divider />
      <Suspense fallback={<Spinner size="tiny" label={msg('library.loading')} />}>
        <LibrarySection state={state} actions={actions} />
      </Suspense>
    </section>
  );
}
