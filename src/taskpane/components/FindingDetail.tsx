import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular, EyeOff20Regular, Wrench20Regular } from '@fluentui/react-icons';
import type { Finding } from '../../model/finding';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { SEVERITY_LABEL, findingKey } from '../../app/findings-view';
import { SeverityIcon } from './SeverityIcon';
import { CellPreview } from './CellPreview';
import { ruleTitle } from '../../app/rule-names';
import { msg, msgAround } from '../../messages';

const useStyles = makeStyles({
  card: {
    maxWidth: '100%',
    boxSizing: 'border-box',
    marginTop: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fix: { fontFamily: tokens.fontFamilyMonospace, paddingLeft: '2px', paddingRight: '2px' },
});

/** Keys on a list item (shown in the buttons' tooltips). */
export const SHORTCUTS = { ignore: 'I', review: 'R', fix: 'F' } as const;

/** The selected finding: what is wrong, what a correct value looks like, and what can be done. */
export function FindingDetail({
  finding,
  state,
  actions,
}: {
  finding: Finding;
  state: PaneState;
  actions: PaneActions;
}) {
  const styles = useStyles();
  const key = findingKey(finding);
  const busy = state.busy !== null;
  const ignored = state.ignored.includes(key);
  const reviewed = state.reviewed.includes(key);
  const fixTo = msgAround('pane.detail.fixTo', 'text');
  return (
    <Card data-testid="detail" appearance="filled-alternative" className={styles.card}>
      <CardHeader
        image={<SeverityIcon severity={finding.severity} />}
        header={
          <Text weight="semibold">{`${finding.sheet}!${finding.cell} · ${SEVERITY_LABEL[finding.severity]}`}</Text>
        }
        description={
          <Text size={200} title={finding.rule}>
            {ruleTitle(finding.rule)}
          </Text>
        }
      />
      <Text data-testid="detail-message">{finding.message}</Text>
      {state.fileName && <CellPreview finding={finding} grid={state.grids.find((g) => g.sheet === finding.sheet)} />}
      {finding.suggestion && (
        <Text data-testid="detail-suggestion">{msg('pane.detail.suggestion', { suggestion: finding.suggestion })}</Text>
      )}
      <div className={styles.actions}>
        {finding.fix && (
          <Button
            appearance="primary"
            icon={<Wrench20Regular />}
            disabled={busy}
            onClick={() => void actions.applyFix(key)}
            title={msg('pane.detail.fixTitle', { key: SHORTCUTS.fix })}
            aria-keyshortcuts={SHORTCUTS.fix}
            data-testid="apply-fix"
          >
            {finding.fix.summary ? (
              finding.fix.summary
            ) : (
              <>
                {fixTo[0]}
                <span className={styles.fix}>{finding.fix.text}</span>
                {fixTo[1]}
              </>
            )}
          </Button>
        )}
        <Button
          icon={<EyeOff20Regular />}
          disabled={busy}
          onClick={() => void actions.toggleIgnored(key)}
          title={msg(ignored ? 'pane.detail.unignoreTitle' : 'pane.detail.ignoreTitle', { key: SHORTCUTS.ignore })}
          aria-keyshortcuts={SHORTCUTS.ignore}
          data-testid="ignore"
        >
          {msg(ignored ? 'pane.detail.unignore' : 'pane.detail.ignore')}
        </Button>
        <Button
          icon={<CheckmarkCircle20Regular />}
          disabled={busy}
          onClick={() => void actions.toggleReviewed(key)}
          title={msg(reviewed ? 'pane.detail.unreviewTitle' : 'pane.detail.reviewTitle', { key: SHORTCUTS.review })}
          aria-keyshortcuts={SHORTCUTS.review}
          data-testid="review"
        >
          {msg(reviewed ? 'pane.detail.unreview' : 'pane.detail.review')}
        </Button>
      </div>
    </Card>
  );
}
