import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';

/** After typing a standard label into an empty row: the matching standard rows, one click to insert. */
export function SuggestionBar({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const s = state.suggestion;
  if (!s) return null;
  const busy = state.busy !== null;
  const names = s.names.length > 4 ? `${s.names.slice(0, 4).join('、')} 等` : s.names.join('、');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="suggestion">
      <MessageBarBody>
        <MessageBarTitle>
          第 {s.row} 行：{s.summary}
        </MessageBarTitle>
        {names}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="不用了"
            icon={<Dismiss20Regular />}
            onClick={() => actions.dismissSuggestion()}
            data-testid="suggestion-dismiss"
          />
        }
      >
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabled={busy}
          onClick={() => void actions.acceptSuggestion()}
          data-testid="suggestion-accept"
        >
          插入 {s.names.length} 行
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
