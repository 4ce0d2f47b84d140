import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { findingKey, type FormGroup } from '../../app/findings-view';
import { SeverityIcon } from './SeverityIcon';
import { FindingDetail, SHORTCUTS } from './FindingDetail';
import { MSG } from '../../app/messages';
import { msg } from '../../messages';
import { RuleHeader } from './RuleHeader';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    minWidth: 0,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  icon: { flexShrink: 0, display: 'inline-flex', paddingTop: '2px' },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  // a dimmed colour, not opacity: text must keep its contrast (WCAG AA) when ignored or reviewed
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: '3.5em',
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
  },
  entry: { scrollMarginTop: tokens.spacingVerticalS, scrollMarginBottom: tokens.spacingVerticalS },
  panel: { marginLeft: 0, marginRight: 0 },
});

/**
 * Findings grouped by form, then by rule; a click selects the cell in the sheet and opens the finding's detail
 * in place, under its item, and the list keeps the selected finding in view (上一个/下一个, ↑/↓). Keys on an
 * item: ↑/↓ move, Enter goes to the cell, I 忽略, F 修正, R 已复核.
 */
export function FindingList({
  groups,
  state,
  actions,
  filtered,
}: {
  groups: FormGroup[];
  state: PaneState;
  actions: PaneActions;
  /** Filters narrow the list (an empty list then says so, not “没有发现问题”). */
  filtered?: boolean;
}) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  /** The last move came from the keyboard: focus follows the selection (also when the item went away). */
  const keyboard = useRef(false);
  // the forms the user folded: every other group is open, also one that appears later (显示提示, a filter)
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const open = groups.filter((g) => !folded.has(g.key)).map((g) => g.key);
  const current = state.current;
  useLayoutEffect(() => {
    if (!current || !root.current) return;
    const entry = root.current.querySelector<HTMLElement>(`[data-entry="${CSS.escape(current)}"]`);
    if (!entry) return;
    entry.scrollIntoView({ block: 'nearest' });
    // The summary (上一个/下一个) sticks to the top: an item scrolled up to the edge would sit under it.
    const header = document.querySelector('[data-testid="summary"]');
    const covered = header ? header.getBoundingClientRect().bottom - entry.getBoundingClientRect().top : 0;
    if (covered > 0) window.scrollBy(0, -covered - 4);
    if (keyboard.current) entry.querySelector<HTMLElement>('[data-testid="finding"]')?.focus({ preventScroll: true });
  }, [current, state.result]);

  if (groups.length === 0)
    return state.emptySheet ? null : (
      <Text data-testid="no-findings">{filtered ? msg('triage.noMatch') : MSG.noFindings}</Text>
    );
  const ignored = new Set(state.ignored);
  const reviewed = new Set(state.reviewed);
  const selected = state.result?.findings.find((f) => findingKey(f) === current) ?? null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.dataset.testid !== 'finding' || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = target.dataset.key ?? '';
    const run = (work: () => Promise<void>) => {
      e.preventDefault();
      keyboard.current = true;
      void work();
    };
    if (e.key === 'ArrowDown') run(() => actions.next());
    else if (e.key === 'ArrowUp') run(() => actions.previous());
    else if (e.key.toLowerCase() === SHORTCUTS.ignore.toLowerCase()) run(() => actions.toggleIgnored(key));
    else if (e.key.toLowerCase() === SHORTCUTS.review.toLowerCase()) run(() => actions.toggleReviewed(key));
    else if (e.key.toLowerCase() === SHORTCUTS.fix.toLowerCase()) run(() => actions.applyFix(key));
  };

  return (
    <div
      ref={root}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        keyboard.current = false;
      }}
    >
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, d) => {
          const now = new Set(d.openItems as string[]);
          setFolded((prev) => {
            const next = new Set(prev);
            for (const g of groups)
              if (now.has(g.key)) next.delete(g.key);
              else next.add(g.key);
            return next;
          });
        }}
        data-testid="findings"
      >
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader size="small">
              {g.title}（{g.counts.error + g.counts.warning + g.counts.info}）
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {g.rules.map((r) => (
                <div key={r.rule}>
                  <RuleHeader group={r} state={state} actions={actions} />
                  {r.findings.map((f) => {
                    const key = findingKey(f);
                    const isCurrent = key === current;
                    return (
                      <div key={key} data-entry={key} className={styles.entry}>
                        <button
                          type="button"
                          className={mergeClasses(
                            styles.item,
                            isCurrent && styles.current,
                            (ignored.has(key) || reviewed.has(key)) && styles.muted,
                          )}
                          onClick={() => void actions.select(key)}
                          aria-current={isCurrent}
                          aria-expanded={isCurrent}
                          aria-keyshortcuts={`ArrowUp ArrowDown Enter ${SHORTCUTS.ignore} ${SHORTCUTS.review}${f.fix ? ` ${SHORTCUTS.fix}` : ''}`}
                          data-testid="finding"
                          data-key={key}
                        >
                          <span className={styles.icon}>
                            <SeverityIcon severity={f.severity} />
                          </span>
                          <span className={styles.cell}>{f.cell}</span>
                          <span>
                            {f.message}
                            {reviewed.has(key)
                              ? msg('pane.list.reviewed')
                              : ignored.has(key)
                                ? msg('pane.list.ignored')
                                : ''}
                          </span>
                        </button>
                        {isCurrent && selected && <FindingDetail finding={selected} state={state} actions={actions} />}
                      </div>
                    );
                  })}
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
