import {
  Button,
  Checkbox,
  Field,
  Link,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, Filter20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import type { Finding, Severity } from '../../model/finding';
import { SEVERITY_LABEL } from '../../app/findings-view';
import { formLabel } from '../../app/report';
import { RULE_FAMILIES, activeFilterCount, familyOf, formKeyOf, type RuleFamily, type Triage } from '../../app/triage';
import { ruleTitle } from '../../app/rule-names';
import { msg, type MessageId } from '../../messages';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    boxSizing: 'border-box',
    maxWidth: 'calc(100vw - 16px)',
    width: '280px',
  },
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: 0, width: '100%' },
  ignored: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  restore: { flexShrink: 0, whiteSpace: 'nowrap' },
  ignoredItem: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const FAMILY_LABEL: Record<RuleFamily, MessageId> = {
  expr: 'triage.family.expr',
  total: 'triage.family.total',
  consistency: 'triage.family.consistency',
  structure: 'triage.family.structure',
  plan: 'triage.family.plan',
};

export const familyLabel = (family: RuleFamily): string => msg(FAMILY_LABEL[family]);

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** The forms findings point into, in result order: key and label (“工作表 · 项目名称”). */
function formOptions(state: PaneState): { key: string; label: string }[] {
  const result = state.result;
  if (!result) return [];
  const seen = new Map<string, string>();
  for (const f of result.findings)
    if (!seen.has(formKeyOf(f))) seen.set(formKeyOf(f), `${f.sheet} · ${formLabel(result.forms, f)}`);
  return [...seen.entries()].map(([key, label]) => ({ key, label }));
}

/**
 * Triage above the list: a 筛选 button (a popover with severity, rule family and form: compact at 320 px),
 * the collapsed info findings (“另有 N 条提示”) and the rules ignored for this workbook, each restorable.
 */
export function TriageBar({
  state,
  actions,
  triage,
  active,
  listed,
}: {
  state: PaneState;
  actions: PaneActions;
  triage: Triage;
  /** Findings not ignored (what the filters choose from). */
  active: readonly Finding[];
  /** How many the list shows. */
  listed: number;
}) {
  const styles = useStyles();
  const { filter } = state;
  const narrowed = activeFilterCount(filter);
  const bySeverity = (s: Severity) => active.filter((f) => f.severity === s).length;
  const byFamily = (fam: RuleFamily) => active.filter((f) => familyOf(f.rule) === fam).length;
  const families = RULE_FAMILIES.filter((fam) => byFamily(fam) > 0 || filter.families.includes(fam));
  const forms = formOptions(state);
  const busy = state.busy !== null;
  const ignoredRules = [...triage.byIgnoredRule.entries()];
  return (
    <div className={styles.ignored} data-testid="triage">
      <div className={styles.bar}>
        <Popover trapFocus positioning="below-start">
          <PopoverTrigger disableButtonEnhancement>
            <Button
              size="small"
              icon={<Filter20Regular />}
              appearance={narrowed > 0 ? 'primary' : 'secondary'}
              title={msg('triage.filterTitle')}
              data-testid="filter"
            >
              {narrowed > 0 ? msg('triage.filterActive', { count: narrowed }) : msg('triage.filter')}
            </Button>
          </PopoverTrigger>
          <PopoverSurface
            className={styles.surface}
            aria-label={msg('triage.filterTitle')}
            data-testid="filter-popover"
          >
            <fieldset className={styles.group}>
              <legend className={styles.legend}>{msg('triage.severity')}</legend>
              {SEVERITIES.map((s) => (
                <Checkbox
                  key={s}
                  label={`${SEVERITY_LABEL[s]}（${bySeverity(s)}）`}
                  checked={filter.severities.includes(s)}
                  onChange={(_, d) =>
                    actions.setFilter({ severities: toggled(filter.severities, s, d.checked === true) })
                  }
                  data-testid={`filter-severity-${s}`}
                />
              ))}
            </fieldset>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>{msg('triage.family')}</legend>
              {families.map((fam) => (
                <Checkbox
                  key={fam}
                  label={`${familyLabel(fam)}（${byFamily(fam)}）`}
                  checked={filter.families.includes(fam)}
                  onChange={(_, d) =>
                    actions.setFilter({ families: toggled(filter.families, fam, d.checked === true) })
                  }
                  data-testid={`filter-family-${fam}`}
                />
              ))}
            </fieldset>
            {forms.length > 1 && (
              <Field label={msg('triage.form')}>
                <Select
                  className={styles.select}
                  value={filter.form ?? ''}
                  onChange={(_, d) => actions.setFilter({ form: d.value === '' ? null : d.value })}
                  data-testid="filter-form"
                >
                  <option value="">{msg('triage.allForms')}</option>
                  {forms.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Button
              size="small"
              disabled={narrowed === 0}
              onClick={() => actions.clearFilter()}
              data-testid="filter-clear"
            >
              {msg('triage.clear')}
            </Button>
          </PopoverSurface>
        </Popover>
        {narrowed > 0 && (
          <Text size={200} data-testid="filter-shown">
            {msg('triage.shown', { shown: listed, total: active.length })}{' '}
            <Link as="button" onClick={() => actions.clearFilter()} data-testid="filter-reset">
              {msg('triage.clear')}
            </Link>
          </Text>
        )}
        {triage.collapsedInfo > 0 ? (
          <Text size={200} data-testid="more-info">
            {msg('triage.moreInfo', { count: triage.collapsedInfo })}{' '}
            <Link as="button" onClick={() => actions.setShowInfo(true)} data-testid="show-info">
              {msg('triage.showInfo')}
            </Link>
          </Text>
        ) : (
          state.showInfo &&
          !filter.severities.includes('info') &&
          active.some((f) => f.severity === 'info') && (
            <Link as="button" onClick={() => actions.setShowInfo(false)} data-testid="hide-info">
              {msg('triage.hideInfo')}
            </Link>
          )
        )}
      </div>
      {ignoredRules.length > 0 && (
        <details data-testid="ignored-rules">
          <summary>
            <Text size={200}>{msg('triage.ignoredRules', { count: ignoredRules.length })}</Text>
          </summary>
          <ul className={styles.list}>
            {ignoredRules.map(([rule, count]) => (
              <li key={rule} className={styles.ignoredItem} data-testid="ignored-rule" data-rule={rule}>
                <Text size={200}>{msg('triage.ignoredRule', { rule: ruleTitle(rule), count })}</Text>
                <Button
                  className={styles.restore}
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndo16Regular />}
                  disabled={busy}
                  title={msg('triage.restoreTitle', { rule: ruleTitle(rule) })}
                  onClick={() => void actions.restoreRule(rule)}
                  data-testid="restore-rule"
                >
                  {msg('triage.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
