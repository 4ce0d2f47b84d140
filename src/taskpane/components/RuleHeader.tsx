import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EyeOff16Regular, Wrench16Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import type { RuleGroup } from '../../app/findings-view';
import { findingKey } from '../../app/findings-view';
import { bulkEdits, bulkFixes, isActive } from '../../app/triage';
import { ruleDescription, ruleTitle } from '../../app/rule-names';
import { msg } from '../../messages';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: { color: tokens.colorNeutralForeground3, minWidth: 0, overflowWrap: 'anywhere', flexGrow: 1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** A rule's heading in the list: its name and count, 全部修正 (mechanical fixes only) and 忽略此类. */
export function RuleHeader({ group, state, actions }: { group: RuleGroup; state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const ignored = new Set(state.ignored);
  const rules = new Set(state.ignoredRules);
  const fixes = bulkFixes(group.findings.filter((f) => isActive(f, ignored, rules)));
  // a habit fixed across a form is one finding with many cells: the button counts cells
  const cells = bulkEdits(fixes).length;
  const name = ruleTitle(group.rule);
  return (
    <div className={styles.head} data-testid="rule-head" data-rule={group.rule}>
      <Text
        size={200}
        className={styles.title}
        title={`${ruleDescription(group.rule)}（${group.rule}）`}
        data-testid="rule-title"
      >
        {name}（{group.findings.length}）
      </Text>
      <span className={styles.actions}>
        {cells > 1 && (
          <Button
            size="small"
            appearance="subtle"
            icon={<Wrench16Regular />}
            disabled={busy}
            title={msg('triage.fixAllTitle', { count: cells })}
            onClick={() => void actions.fixAll(fixes.map(findingKey))}
            data-testid="fix-all"
          >
            {msg('triage.fixAll', { count: cells })}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          icon={<EyeOff16Regular />}
          disabled={busy}
          title={msg('triage.ignoreRuleTitle', { rule: name })}
          aria-label={`${msg('triage.ignoreRule')}：${name}`}
          onClick={() => void actions.ignoreRule(group.rule)}
          data-testid="ignore-rule"
        >
          {msg('triage.ignoreRule')}
        </Button>
      </span>
    </div>
  );
}
