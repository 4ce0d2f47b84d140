import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUpload20Regular,
  CalendarArrowRight20Regular,
  Delete20Regular,
  DocumentAdd20Regular,
} from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import type { FormKind } from '../../model/form';
import type { Preset } from '../../templates/preset-schema';
import { BUILT_IN_PRESETS, mergePresets, presetForForm } from '../../templates/presets';
import { msg } from '../../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  year: { width: '96px', minWidth: 0 },
  // Fluent's Input has a wide minimum width: without this it overflows its 96 px field onto the button
  yearInput: { width: '96px', minWidth: 0 },
  grow: { flexGrow: 1, minWidth: '160px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  mine: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  mineItem: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  mineName: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

const nextYear = (): number => new Date().getFullYear() + 1;

/** 新建绩效目标表 and 复制为新年度 (a lazily loaded chunk of the 模板 tab). */
export default function NewFormSection({
  state,
  actions,
  userPresets,
}: {
  state: PaneState;
  actions: PaneActions;
  userPresets?: readonly Preset[];
}) {
  const styles = useStyles();
  // beside the workbook (props), then the ones the user imported (per-user storage)
  const mine = [...(userPresets ?? []), ...state.userPresets];
  const presets = mergePresets(BUILT_IN_PRESETS, mine);
  const [kind, setKind] = useState<FormKind>('project');
  const ofKind = presets.filter((p) => p.kind === kind);
  const [presetId, setPresetId] = useState<string>(ofKind[0]?.id ?? '');
  const [year, setYear] = useState(String(nextYear()));
  const [name, setName] = useState('');
  const forms = state.result?.forms ?? [];
  const form = forms[Math.min(state.templateForm, forms.length - 1)];
  const [rollYear, setRollYear] = useState('');
  const busy = state.busy !== null;
  const root = useRef<HTMLElement>(null);
  const userCount = mine.length;
  const file = useRef<HTMLInputElement>(null);
  const [rollPreset, setRollPreset] = useState('');
  const matched = form ? presetForForm(presets, form) : null;
  const rollChoices = form ? presets.filter((p) => p.kind === form.kind) : [];
  const rollChosen = rollChoices.some((p) => p.id === rollPreset) ? rollPreset : '';

  const importFile = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    await actions.importPresets(await f.text(), f.name);
    if (file.current) file.current.value = ''; // the same file can be chosen again after a fix
  };

  useEffect(() => {
    if (state.templateFocus !== 'new') return;
    root.current?.scrollIntoView({ block: 'start' });
    root.current?.querySelector('select')?.focus();
    actions.setTemplateFocus(null);
  }, [state.templateFocus, actions]);

  const chosen = ofKind.some((p) => p.id === presetId) ? presetId : (ofKind[0]?.id ?? '');
  const targetYear = rollYear || String((form?.year ?? new Date().getFullYear()) + 1);
  const built = state.built;
  return (
    <section ref={root} className={styles.root} aria-labelledby="new-form-title" data-testid="new-form">
      <Subtitle2 as="h2" id="new-form-title">
        {msg('build.title')}
      </Subtitle2>
      <Text size={200}>{msg('build.intro')}</Text>
      <div className={styles.row}>
        <Field label={msg('build.kind')}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as FormKind)} data-testid="new-kind">
            <option value="project">{msg('kind.project')}</option>
            <option value="department">{msg('kind.department')}</option>
          </Select>
        </Field>
        <Field label={msg('build.year')} className={styles.year}>
          <Input
            className={styles.yearInput}
            value={year}
            inputMode="numeric"
            onChange={(_, d) => setYear(d.value)}
            data-testid="new-year"
          />
        </Field>
      </div>
      <Field label={msg('build.preset')} hint={userCount ? msg('build.userPresets', { count: userCount }) : undefined}>
        <Select value={chosen} onChange={(_, d) => setPresetId(d.value)} data-testid="new-preset">
          {ofKind.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          icon={<ArrowUpload20Regular />}
          disabled={busy}
          onClick={() => file.current?.click()}
          title={msg('preset.importHint')}
          data-testid="preset-import"
        >
          {msg('preset.import')}
        </Button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className={styles.hidden}
          aria-label={msg('preset.import')}
          onChange={(e) => void importFile(e.target.files?.[0])}
          data-testid="preset-file"
        />
      </div>
      {state.userPresets.length > 0 && (
        <div>
          <Text size={200} weight="semibold" block>
            {msg('preset.userTitle')}
          </Text>
          <ul className={styles.mine} data-testid="preset-list">
            {state.userPresets.map((p) => (
              <li key={p.id} className={styles.mineItem}>
                <Text size={200} className={styles.mineName}>
                  {msg('preset.userItem', { name: p.name, kind: msg(`kind.${p.kind}`) })}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  disabled={busy}
                  aria-label={msg('preset.removeLabel', { name: p.name })}
                  title={msg('preset.remove')}
                  onClick={() => void actions.removePreset(p.id)}
                  data-testid="preset-remove"
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={msg('build.name')}>
        <Input
          value={name}
          placeholder={msg('build.namePlaceholder')}
          onChange={(_, d) => setName(d.value)}
          data-testid="new-name"
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<DocumentAdd20Regular />}
          disabled={busy || !chosen}
          onClick={() => void actions.createForm({ presetId: chosen, year: Number(year), name })}
          data-testid="new-create"
        >
          {msg('build.create')}
        </Button>
      </div>
      {built?.kind === 'new' && (
        <MessageBar intent={built.errors ? 'warning' : 'success'} data-testid="new-result">
          <MessageBarBody>
            {msg('build.createdShort', { sheet: built.sheet, errors: built.errors, warnings: built.warnings })}
          </MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h2">{msg('roll.title')}</Subtitle2>
      <Text size={200}>{form ? msg('roll.intro') : msg('roll.needForm')}</Text>
      <div className={styles.row}>
        <Field label={msg('roll.year')} className={styles.year}>
          <Input
            className={styles.yearInput}
            value={targetYear}
            inputMode="numeric"
            onChange={(_, d) => setRollYear(d.value)}
            disabled={!form}
            data-testid="roll-year"
          />
        </Field>
        <Field label={msg('roll.preset')} className={styles.grow}>
          <Select
            value={rollChosen}
            onChange={(_, d) => setRollPreset(d.value)}
            disabled={!form}
            data-testid="roll-preset"
          >
            <option value="">
              {matched ? msg('roll.presetAuto', { name: matched.name }) : msg('roll.presetNone')}
            </option>
            {rollChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          icon={<CalendarArrowRight20Regular />}
          disabled={busy || !form}
          onClick={() => void actions.rollForward(Number(targetYear), rollChosen || undefined)}
          data-testid="roll-run"
        >
          {msg('roll.run')}
        </Button>
      </div>
      {built?.kind === 'roll' && (
        <div data-testid="roll-result">
          <Text weight="semibold" block>
            {msg('roll.copied', { sheet: built.sheet, count: built.edits.length })}
          </Text>
          <ul className={styles.list}>
            {built.edits.map((e) => (
              <li key={e.cell}>
                {msg(e.after === '' ? 'roll.changeCleared' : 'roll.change', {
                  cell: e.cell,
                  what: e.what,
                  before: e.before.slice(0, 40),
                  after: e.after.slice(0, 40),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
