import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnName, fromA1, fromRangeA1, toA1 } from '../../core/address';
import { inRange, spanRange, step, type GridWindow } from '../../app/selection-grid';
import { msg } from '../../messages';

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '18em',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    tableLayout: 'fixed',
    userSelect: 'none',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '1px 4px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  rowHead: { position: 'sticky', left: 0, zIndex: 1 },
  corner: { left: 0, zIndex: 2 },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    minWidth: '2.5em',
    maxWidth: '7em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/**
 * File mode's sheet to select on (a dropped workbook is not open anywhere): the chosen form's cells; click a
 * cell, shift-click or drag to extend, arrow keys (with Shift to extend). Each finished selection goes to
 * `onSelect` as an A1 range: the file host keeps it, and the corrections read it like Excel's selection.
 */
export function SelectionGrid({
  view,
  selection,
  onSelect,
  describedBy,
}: {
  view: GridWindow;
  /** Id of the hint saying how to select. */
  describedBy?: string;
  /** The current selection on this sheet (A1 range), null: none. */
  selection: string | null;
  onSelect: (range: string) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const [anchor, setAnchor] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const drag = useRef<{ anchor: string; range: string } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const shown = pending ?? selection;
  // a selection made elsewhere (a part of the view clicked) moves the active cell there, into view; the
  // user's own moves inside it leave it where it is (state adjusted while rendering, as React advises)
  const [seen, setSeen] = useState(selection);
  if (selection !== seen) {
    setSeen(selection);
    const at = active ? fromA1(active) : null;
    if (selection && pending === null && !(at && inRange(selection, at.row, at.col))) {
      const r = fromRangeA1(selection);
      setActive(toA1(r.r0, r.c0));
      setAnchor(toA1(r.r0, r.c0));
    }
  }

  // a drag ends wherever the mouse is let go (outside the grid too)
  useEffect(() => {
    const up = () => {
      const d = drag.current;
      if (!d) return;
      drag.current = null;
      setPending(null);
      onSelect(d.range);
    };
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, [onSelect]);

  useEffect(() => {
    if (!active) return;
    table.current?.querySelector(`[data-cell="${active}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const down = (cell: string, e: MouseEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    table.current?.focus();
    const from = e.shiftKey && anchor ? anchor : cell;
    const range = spanRange(from, cell);
    if (from === cell) setAnchor(cell);
    setActive(cell);
    setPending(range);
    drag.current = { anchor: from, range };
  };
  const enter = (cell: string) => {
    const d = drag.current;
    if (!d) return;
    d.range = spanRange(d.anchor, cell);
    setPending(d.range);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown' && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const from = active ?? toA1(view.rows[0], view.cols[0]);
    const next = active ? step(view, from, e.key) : from;
    setActive(next);
    if (e.shiftKey && anchor) onSelect(spanRange(anchor, next));
    else {
      setAnchor(next);
      onSelect(next);
    }
  };

  return (
    <>
      <div className={styles.wrap} data-testid="selection-grid-wrap">
        <table
          ref={table}
          className={styles.table}
          role="grid"
          aria-multiselectable="true"
          aria-label={msg('recog.grid.label', { sheet: view.sheet })}
          aria-describedby={describedBy}
          aria-activedescendant={active ? `${id}-${active}` : undefined}
          tabIndex={0}
          onKeyDown={key}
          data-testid="selection-grid"
          data-selection={shown ?? ''}
        >
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} aria-label={view.sheet} />
              {view.cols.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.head, styles.rowHead)} scope="row">
                  {r + 1}
                </th>
                {view.cols.map((c) => {
                  const at = toA1(r, c);
                  const selected = shown !== null && inRange(shown, r, c);
                  const text = view.text(r, c);
                  return (
                    <td
                      key={c}
                      id={`${id}-${at}`}
                      role="gridcell"
                      aria-selected={selected}
                      className={mergeClasses(styles.cell, selected && styles.selected, at === active && styles.active)}
                      title={text ? `${at} ${text}` : at}
                      data-cell={at}
                      onMouseDown={(e) => down(at, e)}
                      onMouseEnter={() => enter(at)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.clipped && (
        <Text size={100} data-testid="selection-grid-clipped">
          {msg('recog.grid.clipped', { rows: view.rows.length, cols: view.cols.length })}
        </Text>
      )}
    </>
  );
}
