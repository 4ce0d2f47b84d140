import { readProjects } from '../multi-project';
import { readLevelColumns, readOneColumn } from './levels';
import type { LayoutReader } from './types';

/**
 * Several projects in one table: 项目名称 | 单位名称 | 资金总额 | 年度绩效目标 merged down on the left of
 * the levels. The indicators are read as usual; each project's left cells become its own fields, funds
 * and goal, and the form is split into one form per project (multi-project.ts).
 */
export const reader: LayoutReader = {
  id: 'multi-project',
  name: '一表多项目（左侧项目名称/单位/金额/目标列）',
  // only a form made of that one table is split per project
  detect: (t) => (t.header.projectColumns && t.segment.headers.length === 1 ? 1 : null),
  read(t) {
    const read = t.header.oneColumn ? readOneColumn(t) : readLevelColumns(t);
    return { ...read, projects: readProjects(t.view, t.header, read.lastRow) };
  },
};
