import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { MSG } from '../../app/messages';
import { msg } from '../../messages';

/** What is going on: progress, errors, empty sheet, no form recognised, notices. */
export function StatusBanner({ state, actions }: { state: PaneState; actions: PaneActions }) {
  return (
    <>
      {(state.status === 'reading' || state.status === 'checking') && (
        <div data-testid="progress">
          <Spinner
            size="tiny"
            label={msg(state.status === 'reading' ? 'pane.reading' : 'pane.checking')}
            labelPosition="after"
          />
          {state.progress !== null && <ProgressBar value={state.progress} />}
        </div>
      )}
      {state.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{state.notice}</MessageBarBody>
          {
            // outside 校验 (whose toolbar has 撤销修改) an insertion the pane undoes is taken back here
            state.tab !== 'check' && state.undo.at(-1)?.inserted !== undefined && (
              <MessageBarActions>
                <Button
                  size="small"
                  icon={<ArrowUndo20Regular />}
                  disabled={state.busy !== null}
                  onClick={() => void actions.undoFix()}
                  data-testid="undo-insert"
                >
                  {msg('pane.undoInsert')}
                </Button>
              </MessageBarActions>
            )
          }
        </MessageBar>
      )}
      {state.status === 'idle' && !state.error && <Text>{MSG.idle}</Text>}
      {state.status === 'ready' && state.emptySheet && (
        <MessageBar intent="warning" data-testid="empty-sheet">
          <MessageBarBody>{MSG.emptySheet}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' &&
        !state.emptySheet &&
        state.result &&
        state.result.forms.length === 0 &&
        state.result.findings.length === 0 && (
          <MessageBar intent="warning" data-testid="no-form">
            <MessageBarBody>{MSG.noForm}</MessageBarBody>
          </MessageBar>
        )}
    </>
  );
}
