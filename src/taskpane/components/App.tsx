import {
  FluentProvider,
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
  const ignored = new Set(state.ignored);
  const groups = state.result
    ? groupFindings(state.result, (f) => state.showIgnored || !ignored.has(findingKey(f)))
    : [];
  return (
    <main className={fullHeight ? `${styles.root} ${styles.full}` : styles.root} data-testid="pane">
      <TabList
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, d) => actions.setTab(d.value === 'template' ? 'template' : 'check')}
      >
        <Tab value="check" data-testid="tab-check">
          校验
        </Tab>
        <Tab value="template" data-testid="tab-template">
          模板
        </Tab>
      </TabList>
      <Announcer state={state} />
      <SuggestionBar state={state} actions={actions} />
      {state.tab === 'template' ? (
        <>
          <StatusBanner state={state} actions={actions} />
          <TemplatePanel state={state} actions={actions} sets={sets ?? BUILT_IN_SETS} presets={presets} />
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
