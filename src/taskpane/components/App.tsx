import { Suspense, lazy, useEffect } from 'react';
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
import { groupFindings } from '../../app/findings-view';
import { activeFilterCount, isActive, triage } from '../../app/triage';
import { LazyFindingList, LazyTriageBar, loadResultParts } from './LazyResults';
import { ScopeChoice } from './ScopeChoice';
import { TemplatePanel } from './TemplatePanel';
import { Announcer } from './Announcer';
import { SuggestionBar } from './SuggestionBar';
import { BUILT_IN_SETS } from '../../templates/catalog';
import type { TemplateSet } from '../../templates/schema';
import { msg } from '../../messages';

// the 识别结果 view is a chunk of its own, loaded when its tab is first opened (the pane's initial JS stays small)
const RecognitionPanel = lazy(() => import(/* webpackChunkName: "recognition" */ './RecognitionPanel'));
import type { Preset } from '../../templates/preset-schema';

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
  /** The user's own 新建 presets. */
  presets?: readonly Preset[];
}

/** The pane: reads state from the store, calls actions; it never talks to Excel itself. */
export function App({ store, actions, theme, sets, presets }: AppProps) {
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang="zh-CN">
      <PaneView store={store} actions={actions} sets={sets} presets={presets} fullHeight />
    </FluentProvider>
  );
}

/** The pane's content (also shown per file in browser file mode): 校验 and 模板 tabs. */
export function PaneView({
  store,
  actions,
  sets,
  presets,
  fullHeight,
}: {
  store: Store;
  actions: PaneActions;
  sets?: readonly TemplateSet[];
  presets?: readonly Preset[];
  fullHeight?: boolean;
}) {
  const styles = useStyles();
  const state = usePaneState(store);
  // the finding list and triage bar are a lazy chunk: fetched now, so it is there when a check ends
  useEffect(() => void loadResultParts(), []);
  const ignored = new Set(state.ignored);
  const ignoredRules = new Set(state.ignoredRules);
  const tri = state.result ? triage(state.result.findings, state) : null;
  const groups = state.result && tri ? groupFindings(state.result, tri.listed) : [];
  const active = state.result?.findings.filter((f) => isActive(f, ignored, ignoredRules)) ?? [];
  const listed = groups.reduce((n, g) => n + g.counts.error + g.counts.warning + g.counts.info, 0);
  return (
    <main className={fullHeight ? `${styles.root} ${styles.full}` : styles.root} data-testid="pane">
      <TabList
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, d) => actions.setTab(d.value === 'template' || d.value === 'recog' ? d.value : 'check')}
      >
        <Tab value="check" data-testid="tab-check">
          {msg('pane.check')}
        </Tab>
        <Tab value="template" data-testid="tab-template">
          {msg('pane.tab.template')}
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
          <TemplatePanel state={state} actions={actions} sets={sets ?? BUILT_IN_SETS} presets={presets} />
        </>
      ) : (
        <>
          <Toolbar state={state} actions={actions} />
          <ScopeChoice state={state} actions={actions} />
          <StatusBanner state={state} actions={actions} />
          {state.result && <Summary state={state} groups={groups} active={active} actions={actions} />}
          {state.result && tri && (active.length > 0 || tri.byIgnoredRule.size > 0) && (
            <LazyTriageBar state={state} actions={actions} triage={tri} active={active} listed={listed} />
          )}
          {state.result && (groups.length > 0 || !tri?.collapsedInfo) && (
            <LazyFindingList
              groups={groups}
              state={state}
              actions={actions}
              filtered={activeFilterCount(state.filter) > 0}
            />
          )}
        </>
      )}
    </main>
  );
}
