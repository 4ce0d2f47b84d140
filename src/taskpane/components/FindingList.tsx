import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { findingKey, type FormGroup } from '../../app/findings-view';
import { SeverityIcon } from './SeverityIcon';
import { MSG } from '../../app/messages';
import { ruleDescription, ruleTitle } from '../../app/rule-names';

const useStyles = makeStyles({
  rule: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  muted: { opacity: 0.55 },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em', color: tokens.colorNeutralForeground2 },
});

/** Findings grouped by form, then by rule; a click selects the cell in the sheet. */
export function FindingList({
  groups,
  state,
  actions,
}: {
  groups: FormGroup[];
  state: PaneState;
  actions: PaneActions;
}) {
  const styles = useStyles();
  if (groups.length === 0) return state.emptySheet ? null : <Text data-testid="no-findings">{MSG.noFindings}</Text>;
  const ignored = new Set(state.ignored);
  const reviewed = new Set(state.reviewed);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)} data-testid="findings">
      {groups.map((g) => (
        <AccordionItem key={g.key} value={g.key}>
          <AccordionHeader size="small">
            {g.title}（{g.counts.error + g.counts.warning + g.counts.info}）
          </AccordionHeader>
          <AccordionPanel>
            {g.rules.map((r) => (
              <div key={r.rule}>
                <Text
                  size={200}
                  className={styles.rule}
                  block
                  title={`${ruleDescription(r.rule)}（${r.rule}）`}
                  data-testid="rule-title"
                >
                  {ruleTitle(r.rule)}（{r.findings.length}）
                </Text>
                {r.findings.map((f) => {
                  const key = findingKey(f);
                  return (
                    <button
                      key={key}
                      type="button"
                      className={mergeClasses(
                        styles.item,
                        key === state.current && styles.current,
                        (ignored.has(key) || reviewed.has(key)) && styles.muted,
                      )}
                      onClick={() => void actions.select(key)}
                      aria-current={key === state.current}
                      data-testid="finding"
                      data-key={key}
                    >
                      <SeverityIcon severity={f.severity} />
                      <span className={styles.cell}>{f.cell}</span>
                      <span>
                        {f.message}
                        {reviewed.has(key) ? '（已复核）' : ignored.has(key) ? '（已忽略）' : ''}
                      </span>
                    </button>
                  );
                })}
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
