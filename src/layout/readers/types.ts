import type { IndicatorNode } from '../../model/form';
import type { LevelShift } from '../indicators';
import type { Project } from '../multi-project';
import type { Segment } from '../segment';
import type { TableHeader } from '../table-header';
import type { SheetView } from '../view';

/**
 * One indicator table found by its heading (or its first row), offered to the readers: the sheet, the
 * heading, the form segment it stands in, and how far it may run.
 */
export interface TableContext {
  view: SheetView;
  header: TableHeader;
  segment: Segment;
  /** Last row the table may reach (the next heading, the segment's end or the next form). */
  limit: number;
  /** Rows that end a table early (a new form's title or heading). */
  isStop: (r: number) => boolean;
}

/** What a reader made of a table. */
export interface TableRead {
  nodes: IndicatorNode[];
  lastRow: number;
  /** How the levels were re-read when they sat one column off (the table's column roles follow). */
  shift: LevelShift;
  /** The levels the layout has, when not all three (a flat list has only level3). */
  levels?: ('level1' | 'level2' | 'level3')[];
  /** Several projects in the table: each project's own fields, one form each. */
  projects?: Project[];
}

/**
 * A layout family (DOMAIN.md, "Layout families"): it says how sure it is that a table is laid out its
 * way, and reads it. Readers are listed in registry.ts; the most confident one reads each table, and
 * `target-sheet model --trace` names it.
 */
export interface LayoutReader {
  /** The file name under src/layout/readers/. */
  id: string;
  /** zh-CN name shown in the trace. */
  name: string;
  /** 0…1, or null when the table is not of this family. Cheap: it runs on every table found. */
  detect(table: TableContext): number | null;
  read(table: TableContext): TableRead;
}
