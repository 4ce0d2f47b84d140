import { makeStyles } from '@fluentui/react-components';
import type { PaneState } from '../../app/store';
import { countBySeverity } from '../../app/findings-view';
import { msg } from '../../messages';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** What a screen reader hears after a check or an action: the result counts, a notice, or the error. */
export function announcement(s: PaneState): string {
  if (s.error) return s.error;
  if (s.notice) return s.notice;
  if (s.status === 'reading' || s.status === 'checking') return msg('pane.checking');
  if (s.status !== 'ready' || !s.result) return '';
  const c = countBySeverity(s.result.findings);
  return msg('pane.checked', { forms: s.result.forms.length, errors: c.error, warnings: c.warning, infos: c.info });
}

/** The pane's aria-live region (visually hidden; the same text is on screen in the banner and summary). */
export function Announcer({ state }: { state: PaneState }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="announcer">
      {announcement(state)}
    </div>
  );
}
