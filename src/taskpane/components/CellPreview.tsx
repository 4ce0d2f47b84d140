import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../model/finding';
import type { Grid } from '../../model/grid';
import { columnName, fromA1 } from '../../core/address';
import { textOf } from '../../core/grid';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '1px 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    maxWidth: '9em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hit: {
    backgroundColor: '#FFC7CE',
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
  },
});

const AROUND_ROWS = 2;
const AROUND_COLS = 2;

/** A few rows and columns around the finding's cell, the cell highlighted (file mode: there is no sheet to look at). */
export function CellPreview({ finding, grid }: { finding: Finding; grid: Grid | undefined }) {
  const styles = useStyles();
  if (!grid || grid.rows === 0) return null;
  let at: { row: number; col: number };
  try {
    at = fromA1(finding.cell.split(':')[0].replace(/\$/g, ''));
  } catch {
    return null;
  }
  const r0 = Math.max(grid.origin.row, at.row - AROUND_ROWS);
  const r1 = Math.min(grid.origin.row + grid.rows - 1, at.row + AROUND_ROWS);
  const c0 = Math.max(grid.origin.col, at.col - AROUND_COLS);
  const c1 = Math.min(grid.origin.col + grid.cols - 1, at.col + AROUND_COLS);
  const rows: number[] = [];
  for (let r = r0; r <= r1; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = c0; c <= c1; c++) cols.push(c);
  const value = (r: number, c: number) => textOf(grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null);
  return (
    // focusable so keyboard users can scroll a preview wider than the pane
    <div
      className={styles.wrap}
      data-testid="cell-preview"
      role="region"
      tabIndex={0}
      aria-label={`${finding.cell} 附近的单元格`}
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.head} />
            {cols.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={styles.head} scope="row">
                {r + 1}
              </th>
              {cols.map((c) => {
                const hit = r === at.row && c === at.col;
                const text = value(r, c);
                return (
                  <td
                    key={c}
                    className={mergeClasses(styles.cell, hit && styles.hit)}
                    title={text}
                    data-hit={hit || undefined}
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
  );
}
