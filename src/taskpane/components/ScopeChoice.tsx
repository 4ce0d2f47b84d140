import { Link, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { scopeSummary } from '../../app/scope';
import { msg } from '../../messages';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  group: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2 },
});

/** Excel and WPS: 校验 reads 当前工作表 or 整个工作簿; the summary says what was checked and what was left out. */
export function ScopeChoice({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  if (!state.scopeAvailable) return null;
  const summary = scopeSummary(state);
  const busy = state.busy !== null;
  return (
    <div className={styles.wrap}>
      <div className={styles.group}>
        <Text size={200} id="scope-label" className={styles.label}>
          {msg('scope.label')}
        </Text>
        <RadioGroup
          layout="horizontal"
          aria-labelledby="scope-label"
          value={state.scope}
          disabled={busy}
          onChange={(_, d) => actions.setScope(d.value === 'workbook' ? 'workbook' : 'sheet')}
          data-testid="scope"
        >
          <Radio value="sheet" label={msg('scope.sheet')} data-testid="scope-sheet" />
          <Radio value="workbook" label={msg('scope.workbook')} data-testid="scope-workbook" />
        </RadioGroup>
      </div>
      {summary && (
        <Text size={200} data-testid="scope-summary">
          {summary}
          {state.checkedScope === 'sheet' && (state.otherSheetForms ?? 0) > 0 && (
            <>
              {' '}
              <Link
                as="button"
                disabled={busy}
                onClick={() => {
                  actions.setScope('workbook');
                  void actions.runCheck();
                }}
                data-testid="check-workbook"
              >
                {msg('scope.checkWorkbook')}
              </Link>
            </>
          )}
        </Text>
      )}
    </div>
  );
}
