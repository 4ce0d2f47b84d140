/**
 * `target-sheet model` prints a form's tasks (年度主要任务 / 履职 tables read as `form.tasks`): each task's
 * name, cell and amounts by the table's own headings. Expected values are those the fixture builder types
 * (scripts/families/ministry2015.ts, 部门整体 申报表: 送戏下乡 96 = 90 + 6, … 金额合计 201.5).
 */
import { join } from 'path';
import { run } from '../../src/cli/model';
import { setLanguage } from '../../src/messages';
import '../../src/messages/languages';
import { captureRun } from '../helpers/capture';

const FAMILIES = join(__dirname, '..', 'fixtures', 'families');
const culture = join(FAMILIES, 'ministry2015-department-culture.xlsx');

afterEach(() => setLanguage('zh-CN'));

test('text: the tasks with their cell, name and amounts, the total last', async () => {
  const { code, out } = await captureRun(run, [culture]);
  expect(code).toBe(0);
  const lines = out.split('\n').map((l) => l.trim());
  const at = lines.indexOf('年度任务：3 项');
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 5)).toEqual([
    'B6\t送戏下乡\t总额=96 财政拨款=90 其他资金=6',
    'B7\t全民健身赛事\t总额=45 财政拨款=45 其他资金=0',
    'B8\t文旅推介\t总额=60.5 财政拨款=50.5 其他资金=10',
    'B9\t金额合计\t总额=201.5 财政拨款=185.5 其他资金=16',
  ]);
  // the tasks are not funds: no funds line for this form
  expect(out).not.toContain('资金：');
});

test('--lang en: the heading of the tasks in English', async () => {
  setLanguage('en');
  const { out } = await captureRun(run, [culture]);
  expect(out).toContain('annual tasks: 3');
  expect(out).toContain('B9\t金额合计\t总额=201.5');
});

test('a form without a task table prints no task line', async () => {
  const { out } = await captureRun(run, [join(FAMILIES, 'flat-list-project.xlsx')]);
  expect(out).not.toContain('年度任务');
});
