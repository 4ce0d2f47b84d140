import { Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Dismiss16Regular } from '@fluentui/react-icons';
import type { Workbench, WorkbenchState, WorkbookFile } from '../../app/workbench';
import { countBySeverity } from '../../app/findings-view';
import { isActive } from '../../app/triage';
import { usePaneState } from '../use-pane-state';
import { msg } from '../../messages';
import { LazyReportMenu } from './LazyResults';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // many files scroll vertically inside the list, never sideways
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '40vh',
    overflowY: 'auto',
    overflowX: 'hidden',
    minWidth: 0,
  },
  entry: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke1}` },
  pick: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
  },
  name: { fontWeight: tokens.fontWeightSemibold, maxWidth: '100%' },
  counts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  close: { flexShrink: 0 },
  report: { alignSelf: 'flex-start' },
});

/**
 * The workbooks of file mode, one per line (long names wrap, many files scroll vertically): name, counts
 * and a close button; 合并报告 exports one report over all of them.
 */
export function FileList({ bench, state }: { bench: Workbench; state: WorkbenchState }) {
  const styles = useStyles();
  const listed = state.files.filter((f) => f.status !== 'error');
  const checked = listed.filter((f) => f.session);
  if (listed.length === 0) return null;
  return (
    <nav className={styles.wrap} aria-label={msg('files.list')}>
      <ul className={styles.list} data-testid="files">
        {listed.map((f) => (
          <li key={f.id} className={mergeClasses(styles.entry, f.id === state.active && styles.current)}>
            <button
              type="button"
              className={styles.pick}
              aria-current={f.id === state.active}
              disabled={f.status !== 'ready'}
              onClick={() => bench.select(f.id)}
              data-testid="file-tab"
              data-file={f.name}
            >
              <span className={styles.name}>{f.sample ? msg('files.sample', { file: f.name }) : f.name}</span>
              {f.session ? (
                <FileCounts file={f} className={styles.counts} />
              ) : (
                <Spinner size="extra-tiny" label={msg('files.loading')} />
              )}
            </button>
            <Button
              className={styles.close}
              appearance="subtle"
              size="small"
              icon={<Dismiss16Regular />}
              aria-label={msg('files.close', { file: f.name })}
              title={msg('files.close', { file: f.name })}
              onClick={() => bench.remove(f.id)}
              data-testid="file-close"
            />
          </li>
        ))}
      </ul>
      {checked.length > 1 && (
        <LazyReportMenu
          trigger={
            <Button
              className={styles.report}
              size="small"
              icon={<ArrowDownload20Regular />}
              title={msg('files.reportTitle', { count: checked.length })}
              data-testid="combined-report"
            >
              {msg('files.report', { count: checked.length })}
            </Button>
          }
          choices={[
            { label: msg('files.reportCsv'), onClick: () => void bench.exportReport('csv'), testId: 'combined-csv' },
            { label: msg('files.reportXlsx'), onClick: () => void bench.exportReport('xlsx'), testId: 'combined-xlsx' },
          ]}
        />
      )}
    </nav>
  );
}

/** A file's counts (real numbers, ignored findings left out), live as its session re-checks. */
function FileCounts({ file, className }: { file: WorkbookFile; className: string }) {
  const s = usePaneState(file.session!.store);
  if (!s.result) return <Spinner size="extra-tiny" label={msg('files.loading')} />;
  const ignored = new Set(s.ignored);
  const rules = new Set(s.ignoredRules);
  const c = countBySeverity(s.result.findings.filter((f) => isActive(f, ignored, rules)));
  return (
    <span className={className} data-testid="file-counts">
      {msg('files.counts', { errors: c.error, warnings: c.warning, infos: c.info })}
    </span>
  );
}
