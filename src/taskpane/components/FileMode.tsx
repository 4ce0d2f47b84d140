import { useRef, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Dismiss20Regular, DocumentAdd20Regular } from '@fluentui/react-icons';
import { PaneView } from './App';
import type { IncomingFile, Workbench } from '../../app/workbench';
import { FileList } from './FileList';
import { useWorkbench } from '../use-workbench';
import { msg } from '../../messages';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    fontFamily: `${tokens.fontFamilyBase}, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`,
    maxWidth: '960px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalM,
    textAlign: 'center',
    cursor: 'pointer',
    display: 'block',
  },
  over: {
    borderTopColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

const asIncoming = (files: FileList | File[] | null): IncomingFile[] =>
  [...(files ?? [])].map((f) => ({ name: f.name, bytes: () => f.arrayBuffer() }));

/** Browser file mode: drop or pick .xlsx workbooks; each gets the same pane (findings, preview, marked copy, report). */
export function FileMode({ bench }: { bench: Workbench }) {
  const styles = useStyles();
  const state = useWorkbench(bench);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const active = state.files.find((f) => f.id === state.active && f.session);
  const take = (files: FileList | File[] | null) => void bench.addFiles(asIncoming(files));
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <div
        className={styles.page}
        data-testid="file-mode"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer.files);
        }}
      >
        <header className={styles.head}>
          <div>
            <Title3 as="h1">{msg('files.title')}</Title3>
            <Text size={200} block>
              {msg('files.intro')}
            </Text>
          </div>
          <Button
            appearance="primary"
            icon={<DocumentAdd20Regular />}
            onClick={() => input.current?.click()}
            data-testid="pick-files"
          >
            {msg('files.pick')}
          </Button>
        </header>
        <label className={mergeClasses(styles.drop, over && styles.over)} data-testid="drop-zone">
          <Text>{msg('files.drop')}</Text>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple
            hidden
            onChange={(e) => {
              take(e.target.files);
              e.target.value = '';
            }}
            data-testid="file-input"
          />
        </label>
        {state.files
          .filter((f) => f.status === 'error')
          .map((f) => (
            <MessageBar key={f.id} intent="error" data-testid="file-error">
              <MessageBarBody>{f.error}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={msg('files.dismiss')}
                    icon={<Dismiss20Regular />}
                    onClick={() => bench.remove(f.id)}
                  />
                }
              />
            </MessageBar>
          ))}
        <FileList bench={bench} state={state} />
        {active?.sample && (
          <MessageBar intent="info" data-testid="sample-note">
            <MessageBarBody>{msg('files.sampleNote')}</MessageBarBody>
          </MessageBar>
        )}
        {active?.session && <PaneView key={active.id} store={active.session.store} actions={active.session.actions} />}
        {state.files.length === 0 && <Text>{msg('files.none')}</Text>}
      </div>
    </FluentProvider>
  );
}
