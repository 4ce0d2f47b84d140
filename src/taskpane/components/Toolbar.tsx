import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  DocumentArrowDown20Regular,
  ArrowDownload20Regular,
  ArrowUndo20Regular,
  DocumentTableSearch20Regular,
  Eraser20Regular,
} from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Toolbar({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  // works where a downloaded file does not arrive (WPS, Excel for Mac): first in WPS
  const toSheet = (
    <MenuItem onClick={() => void actions.exportToSheet()} data-testid="export-sheet">
      写入新工作表
    </MenuItem>
  );
  return (
    <div className={styles.bar} role="toolbar" aria-label="校验操作">
      <Button
        appearance="primary"
        icon={<DocumentTableSearch20Regular />}
        disabled={busy}
        onClick={() => void actions.runCheck()}
        data-testid="check"
      >
        校验
      </Button>
      <Button
        icon={<Eraser20Regular />}
        disabled={busy || !state.marked}
        onClick={() => void actions.clearMarks()}
        data-testid="clear-marks"
      >
        清除标记
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<ArrowDownload20Regular />} disabled={busy || !state.result} data-testid="export">
            导出报告
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {state.reportSheet === 'preferred' && toSheet}
            <MenuItem onClick={() => actions.exportCsv()} data-testid="export-csv">
              CSV（逗号分隔）
            </MenuItem>
            <MenuItem onClick={() => void actions.exportXlsx()} data-testid="export-xlsx">
              Excel 工作簿（.xlsx）
            </MenuItem>
            {state.reportSheet === 'offered' && toSheet}
          </MenuList>
        </MenuPopover>
      </Menu>
      {state.fileName && (
        <Button
          icon={<DocumentArrowDown20Regular />}
          disabled={busy || !state.result}
          onClick={() => void actions.downloadMarkedCopy()}
          data-testid="download-marked"
        >
          下载标记副本
        </Button>
      )}
      {state.undo.length > 0 && (
        <Button icon={<ArrowUndo20Regular />} disabled={busy} onClick={() => void actions.undoFix()} data-testid="undo">
          撤销修改
        </Button>
      )}
      {state.liveAvailable && (
        <Switch
          label="编辑后自动重新校验"
          checked={state.live}
          onChange={(_, d) => void actions.setLive(d.checked)}
          data-testid="live"
        />
      )}
    </div>
  );
}
