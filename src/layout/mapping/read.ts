/**
 * The reader of a table a user's mapping gave (docs/mapping.md): its rows as the column roles say, with no
 * family guessing. Level columns are forward-filled as usual (an 一级 typed in the middle of its block goes
 * to its rows); without an 一级 column each row's 一级 is its 二级's parent; without 一级/二级 columns the
 * 三级 column is a tree or a flat list, as the readers read one.
 */
import { centredLevel1, dropCoveredPlaceholders, level1FromLevel2, readRows } from '../indicators';
import { readProjects } from '../multi-project';
import { readOneColumn } from '../readers/levels';
import type { LayoutReader, TableContext, TableRead } from '../readers/types';

export const mappedReader: LayoutReader = {
  id: 'mapping',
  name: '识别映射（按用户指定的列作用读取）',
  detect: (t) => (t.header.mapped ? 1 : null),
  read: readMapped,
};

function readMapped(t: TableContext): TableRead {
  const read = readLevels(t);
  // columns of each project's own fields (projectField): one form per project, as the multi-project reader
  return t.header.projectColumns ? { ...read, projects: readProjects(t.view, t.header, read.lastRow) } : read;
}

function readLevels(t: TableContext): TableRead {
  if (t.header.oneColumn) return readOneColumn(t);
  const { nodes, lastRow } = readRows(t.view, t.header, t.limit, t.isStop);
  centredLevel1(nodes);
  return { nodes: dropCoveredPlaceholders(level1FromLevel2(nodes, t.header)), lastRow, shift: null };
}
