import { Button, Switch, makeStyles, tokens } from '@fluentui/react-components';
import {
  DocumentArrowDown20Regular,
  ArrowDownload20Regular,
  ArrowUndo20Regular,
  DocumentTableSearch20Regular,
  Eraser20Regular,
} from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { msg } from '../../messages';
import { LazyReportMenu } from './LazyResults';
import type { ReportChoice } from './ReportMenu';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Toolbar({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  // works where a downloaded file does not arrive (WPS, Excel for Mac): first in WPS
  const toSheet: ReportChoice[] = [
    { label: msg('export.toSheet'), onClick: () => void actions.exportToSheet(), testId: 'export-sheet' },
  ];
  const choices: ReportChoice[] = [
    ...(state.reportSheet === 'preferred' ? toSheet : []),
    { label: msg('files.reportCsv'), onClick: () => actions.exportCsv(), testId: 'export-csv' },
    { label: msg('files.reportXlsx'), onClick: () => void actions.exportXlsx(), testId: 'export-xlsx' },
    ...(state.reportSheet === 'offered' ? toSheet : []),
  ];
  return (
    <div className={styles.bar} role="toolbar" aria-label={msg('pane.toolbar.label')}>
      <Button
        appearance="primary"
        icon={<DocumentTableSearch20Regular />}
        disabled={busy}
        onClick={() => void actions.runCheck()}
        data-testid="check"
      >
        {msg('pane.check')}
      </Button>
      <Button
        icon={<Eraser20Regular />}
        disabled={busy || !state.marked}
        onClick={() => void actions.clearMarks()}
        data-testid="clear-marks"
      >
        {msg('pane.toolbar.clearMarks')}
      </Button>
      <LazyReportMenu
        trigger={
          <Button icon={<ArrowDownload20Regular />} disabled={busy || !state.result} data-testid="export">
            {msg('pane.toolbar.export')}
          </Button>
        }
        choices={choices}
      />
      {state.fileName && (
        <Button
          icon={<DocumentArrowDown20Regular />}
          disabled={busy || !state.result}
          onClick={() => void actions.downloadMarkedCopy()}
          data-testid="download-marked"
        >
          {msg('pane.toolbar.downloadMarked')}
        </Button>
      )}
      {state.undo.length > 0 && (
        <Button icon={<ArrowUndo20Regular />} disabled={busy} onClick={() => void actions.undoFix()} data-testid="undo">
          {msg('pane.toolbar.undo')}
        </Button>
      )}
      {state.liveAvailable && (
        <Switch
          label={msg('pane.toolbar.live')}
          checked={state.live}
          onChange={(_, d) => void actions.setLive(d.checked)}
          data-testid="live"
        />
      )}
    </div>
  );
}
