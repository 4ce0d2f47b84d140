import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { msg } from '../../messages';

const useStyles = makeStyles({
  entries: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
  },
  entry: { justifyContent: 'flex-start', textAlign: 'left' },
});

/**
 * After typing a standard label into an empty row: the matching standard rows, one click to insert. After
 * typing part of a 三级 name: matching 指标库 entries with operator and unit, one click fills the row.
 */
export function SuggestionBar({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const s = state.suggestion;
  if (!s) return null;
  const busy = state.busy !== null;
  const dismiss = (
    <Button
      appearance="transparent"
      aria-label={msg('suggest.dismiss')}
      icon={<Dismiss20Regular />}
      onClick={() => actions.dismissSuggestion()}
      data-testid="suggestion-dismiss"
    />
  );
  if (s.library)
    return (
      <MessageBar intent="info" layout="multiline" data-testid="suggestion">
        <MessageBarBody>
          <MessageBarTitle>{s.summary}</MessageBarTitle>
          <div className={styles.entries}>
            {s.library.map((e) => (
              <Button
                key={e.name}
                size="small"
                appearance="subtle"
                className={styles.entry}
                disabled={busy}
                aria-label={msg('suggest.fill', { name: e.name })}
                onClick={() => void actions.acceptLibrarySuggestion(e.name)}
                data-testid="suggestion-entry"
              >
                {`${e.name}  ${e.operator ?? msg('library.qualitative')}${e.unit ? ` · ${e.unit}` : ''}  ${e.example}`}
              </Button>
            ))}
          </div>
        </MessageBarBody>
        <MessageBarActions containerAction={dismiss} />
      </MessageBar>
    );
  const names =
    s.names.length > 4 ? msg('pane.suggest.more', { names: s.names.slice(0, 4).join('、') }) : s.names.join('、');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="suggestion">
      <MessageBarBody>
        <MessageBarTitle>{msg('pane.suggest.row', { row: s.row, summary: s.summary })}</MessageBarTitle>
        {names}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss}>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabled={busy}
          onClick={() => void actions.acceptSuggestion()}
          data-testid="suggestion-accept"
        >
          {msg('pane.insertRows', { count: s.names.length })}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
