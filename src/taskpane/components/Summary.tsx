import { Button, CounterBadge, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import type { Finding } from '../../model/finding';
import { countBySeverity, findingKey, orderedFindings, type FormGroup } from '../../app/findings-view';
import { msg } from '../../messages';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  /** Stays at the top while the list scrolls: the counts and 上一个/下一个 are always at hand. */
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  count: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

/** Counts by severity, forms found, previous/next. */
export function Summary({
  state,
  groups,
  active,
  actions,
}: {
  state: PaneState;
  groups: FormGroup[];
  /** Findings not ignored: the counts (whatever the filters and the collapsed info hide). */
  active: readonly Finding[];
  actions: PaneActions;
}) {
  const styles = useStyles();
  const list = orderedFindings(groups);
  const counts = countBySeverity(active);
  const at = list.findIndex((f) => findingKey(f) === state.current);
  const forms = state.result?.forms.length ?? 0;
  return (
    <section aria-label={msg('pane.summary.label')} data-testid="summary" className={styles.sticky}>
      <div className={styles.row}>
        <span className={styles.count} data-testid="count-error">
          <CounterBadge count={counts.error} color="danger" showZero overflowCount={Number.MAX_SAFE_INTEGER} />{' '}
          <Text>{msg('severity.error')}</Text>
        </span>
        <span className={styles.count} data-testid="count-warning">
          <CounterBadge count={counts.warning} color="important" showZero overflowCount={Number.MAX_SAFE_INTEGER} />{' '}
          <Text>{msg('severity.warning')}</Text>
        </span>
        <span className={styles.count} data-testid="count-info">
          <CounterBadge count={counts.info} color="informative" showZero overflowCount={Number.MAX_SAFE_INTEGER} />{' '}
          <Text>{msg('severity.info')}</Text>
        </span>
        <Text size={200}>{msg('pane.summary.forms', { count: forms })}</Text>
      </div>
      <div className={styles.row}>
        <Button
          icon={<ArrowUp20Regular />}
          disabled={list.length === 0}
          onClick={() => void actions.previous()}
          data-testid="previous"
        >
          {msg('pane.summary.previous')}
        </Button>
        <Button
          icon={<ArrowDown20Regular />}
          disabled={list.length === 0}
          onClick={() => void actions.next()}
          data-testid="next"
        >
          {msg('pane.summary.next')}
        </Button>
        <Text data-testid="position">
          {list.length === 0 ? msg('pane.summary.none') : `${at < 0 ? '-' : at + 1} / ${list.length}`}
        </Text>
        {state.ignored.length > 0 && (
          <Switch
            label={msg('pane.summary.showIgnored', { count: state.ignored.length })}
            checked={state.showIgnored}
            onChange={(_, d) => actions.setShowIgnored(d.checked)}
          />
        )}
      </div>
    </section>
  );
}
