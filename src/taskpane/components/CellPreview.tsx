import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../model/finding';
import type { Grid } from '../../model/grid';
import { columnName, toA1 } from '../../core/address';
import { previewWindow } from '../../app/preview';
import { msg } from '../../messages';

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

/**
 * A few rows and columns around the finding's cell, the cell and its `also` cells highlighted (file mode:
 * there is no sheet to look at). What is shown is worked out in src/app/preview.ts.
 */
export function CellPreview({ finding, grid }: { finding: Finding; grid: Grid | undefined }) {
  const styles = useStyles();
  const w = previewWindow(finding, grid);
  if (!w) return null;
  const { rows, cols } = w;
  return (
    // focusable so keyboard users can scroll a preview wider than the pane
    <div
      className={styles.wrap}
      data-testid="cell-preview"
      role="region"
      tabIndex={0}
      aria-label={msg('pane.preview.label', { cell: finding.cell })}
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
                const at = toA1(r, c);
                const hit = w.hits.has(at);
                const text = w.text(r, c);
                return (
                  <td
                    key={c}
                    className={mergeClasses(styles.cell, hit && styles.hit)}
                    title={text}
                    // the finding's own cell, or another cell of the same root cause
                    data-hit={hit ? (at === finding.cell ? 'cell' : 'also') : undefined}
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
