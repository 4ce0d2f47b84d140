import { FluentProvider, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { PaneActions } from '../controller';
import { usePaneState, type Store } from '../store';
import { Toolbar } from './Toolbar';
import { Summary } from './Summary';
import { StatusBanner } from './StatusBanner';
import { FindingList } from './FindingList';
import { FindingDetail } from './FindingDetail';
import { findingKey, groupFindings } from '../findings-view';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    fontFamily: `${tokens.fontFamilyBase}, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`,
  },
});

export interface AppProps {
  store: Store;
  actions: PaneActions;
  theme?: Theme;
}

/** The pane: reads state from the store, calls actions; it never talks to Excel itself. */
export function App({ store, actions, theme }: AppProps) {
  const styles = useStyles();
  const state = usePaneState(store);
  const ignored = new Set(state.ignored);
  const groups = state.result ? groupFindings(state.result, (f) => state.showIgnored || !ignored.has(findingKey(f))) : [];
  const current = state.result?.findings.find((f) => findingKey(f) === state.current) ?? null;
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang="zh-CN">
      <main className={styles.root} data-testid="pane">
        <Toolbar state={state} actions={actions} />
        <StatusBanner state={state} actions={actions} />
        {state.result && <Summary state={state} groups={groups} actions={actions} />}
        {current && <FindingDetail finding={current} state={state} actions={actions} />}
        {state.result && <FindingList groups={groups} state={state} actions={actions} />}
      </main>
    </FluentProvider>
  );
}
