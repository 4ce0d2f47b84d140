import { Suspense, lazy } from 'react';
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { PaneActions } from '../../app/controller';
import type { Store } from '../../app/store';
import { usePaneState } from '../use-pane-state';
import { Toolbar } from './Toolbar';
import { Summary } from './Summary';
import { StatusBanner } from './StatusBanner';
import { FindingList } from './FindingList';
import { findingKey, groupFindings } from '../../app/findings-view';
import { TemplatePanel } from './TemplatePanel';
import { Announcer } from './Announcer';
import { SuggestionBar } from './SuggestionBar';
import { BUILT_IN_SETS } from '../../templates/catalog';
import type { TemplateSet } from '../../templates/schema';
import { msg } from '../../messages';

// the 识别结果 view is a chunk of its own, loaded when its tab is first opened (the pane's initial JS stays small)
const RecognitionPanel = lazy(() => import(/* webpackChunkName: "recognition" */ './RecognitionPanel'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    fontFamily: `${tokens.fontFamilyBase}, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`,
  },
  full: { minHeight: '100vh' },
});

export interface AppProps {
  store: Store;
  actions: PaneActions;
  theme?: Theme;
  sets?: readonly TemplateSet[];
}

/** The pane: reads state from the store, calls actions; it never talks to Excel itself. */
export function App({ store, actions, theme, sets }: AppProps) {
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang="zh-CN">
      <PaneView store={store} actions={actions} sets={sets} fullHeight />
    </FluentProvider>
  );
}

/** The pane's content (also shown per file in browser file mode): 校验 and 模板 tabs. */
export function PaneView({
  store,
  actions,
  sets,
  fullHeight,
}: {
  store: Store;
  actions: PaneActions;
  sets?: readonly TemplateSet[];
  fullHeight?: boolean;
}) {
  const styles = useStyles();
  const state = usePaneState(store);
  const ignored = new Set(state.ignored);
  const groups = state.result
    ? groupFindings(state.result, (f) => state.showIgnored || !ignored.has(findingKey(f)))
    : [];
  return (
    <main className={fullHeight ? `${styles.root} ${styles.full}` : styles.root} data-testid="pane">
      <TabList
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, d) => actions.setTab(d.value === 'template' || d.value === 'recog' ? d.value : 'check')}
      >
        <Tab value="check" data-testid="tab-check">
          校验
        </Tab>
        <Tab value="template" data-testid="tab-template">
          模板
        </Tab>
        <Tab value="recog" data-testid="tab-recog">
          {msg('recog.tab')}
        </Tab>
      </TabList>
      <Announcer state={state} />
      <SuggestionBar state={state} actions={actions} />
      {state.tab === 'recog' ? (
        <>
          <StatusBanner state={state} actions={actions} />
          <Suspense fallback={<Spinner size="small" />}>
            <RecognitionPanel state={state} actions={actions} />
          </Suspense>
        </>
      ) : state.tab === 'template' ? (
        <>
          <StatusBanner state={state} actions={actions} />
          <TemplatePanel state={state} actions={actions} sets={sets ?? BUILT_IN_SETS} />
        </>
      ) : (
        <>
          <Toolbar state={state} actions={actions} />
          <StatusBanner state={state} actions={actions} />
          {state.result && <Summary state={state} groups={groups} actions={actions} />}
          {state.result && <FindingList groups={groups} state={state} actions={actions} />}
        </>
      )}
    </main>
  );
}
