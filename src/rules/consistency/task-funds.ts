import type { Cell } from '../../model/cell';
import type { Form, FundsItem } from '../../model/form';
import { compare, differs, format, parseDecimal, sum, type Decimal } from '../decimal';
import type { Rule } from '../types';

/** A task table's amount column named by its heading: 总额 / 合计 / 预算金额 (not 财政拨款 or 其他资金). */
const TASK_TOTAL = /总额|合计|金额/;

interface Amount {
  item: FundsItem;
  cell: Cell;
  value: Decimal;
}

function decimalOf(cell: Cell | undefined): Decimal | null {
  if (!cell || cell.text.trim() === '') return null;
  return parseDecimal(typeof cell.value === 'number' ? cell.value : cell.text);
}

/** The amount column that holds a task's whole amount: 总额 / 合计 / 预算金额, else the table's only column. */
function wholeAmount(item: FundsItem): Cell | undefined {
  const heads = Object.keys(item.amounts);
  const heading = heads.find((p) => TASK_TOTAL.test(p)) ?? (heads.length === 1 ? heads[0] : undefined);
  return heading === undefined ? undefined : item.amounts[heading];
}

/** The tasks of a 年度主要任务 / 重点任务 / 年度履职目标 table (form.tasks) with their whole amount. */
function taskLines(form: Form): Amount[] {
  const out: Amount[] = [];
  for (const item of form.tasks ?? []) {
    if (item.key !== 'projectLine') continue;
    const cell = wholeAmount(item);
    const value = decimalOf(cell);
    if (cell && value) out.push({ item, cell, value });
  }
  return out;
}

/** The whole-year amount of the first item with this key that has one (全年 / 年度 / its only period). */
function fullYear(form: Form, key: 'total' | 'project'): Amount | null {
  for (const item of form.funds) {
    if (item.key !== key) continue;
    const cells = Object.values(item.amounts);
    const cell = item.amounts['全年'] ?? item.amounts['年度'] ?? (cells.length === 1 ? cells[0] : undefined);
    const value = decimalOf(cell);
    if (cell && value) return { item, cell, value };
  }
  return null;
}

const label = (a: Amount) => a.item.label.text.replace(/\s+/g, '');

/**
 * The table says it lists only some tasks: its 合计 row, a heading or a note line in it names 部分
 * (合计（部分重点任务）, 主要内容（部分）, 注：仅列示部分任务). A task called 部分乡镇道路硬化 does not count: only totals and notes speak for the table.
 */
function saysPartial(form: Form): boolean {
  // a heading (主要内容（部分）) or a note row (注：以上为部分重点任务) the recognizer kept
  if (form.tasksPartial) return true;
  return (form.tasks ?? []).some((t) => {
    const text = t.label.text.replace(/\s+/g, '');
    return /部分/.test(text) && (t.key === 'total' || /^(合计|总计|小计|注|说明|备注|以上|仅|只)/.test(text));
  });
}

/**
 * The tasks of a department form (年度主要任务 / 年度履职目标 with 预算金额) add up to its 资金总额 (when they
 * cover all spending) or to its 项目支出 (when they list the projects): a sum that is neither is a task
 * amount typed wrong or a task left out, unless the table says it lists only some (部分); a sum above the
 * whole funds is wrong either way. A task line that alone equals the whole total while others have
 * amounts is the total copied into it: reported as that, once. Where the task table carries its own 金额合计
 * (form.tasks), total.sum checks it against the tasks (an error); this rule compares them with the funds.
 */
export const rule: Rule = {
  id: 'consistency.task-funds',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description:
      '年度主要任务（履职目标、重点任务）的预算金额之和超过资金总额；或既不等于资金总额也不等于项目支出（表中注明只列部分任务的除外）；或某项任务重复填了整个资金总额。',
    source:
      'DOMAIN.md「Layout families」2015 部门整体申报表 年度主要任务（任务名称 | 主要内容 | 预算金额）；「The parts of a form」Funds',
    good: [
      { indicator: '资金总额 500，项目支出 200 | 任务：120 + 80', text: '合计 200（等于项目支出）' },
      { indicator: '资金总额 250.5 | 任务：120 + 80 + 50.5', text: '合计 250.5（等于资金总额）' },
      { indicator: '资金总额 500 | 任务：120 + 30，合计（部分重点任务）', text: '150（表中注明只列部分任务）' },
    ],
    bad: [
      { indicator: '资金总额 500，项目支出 200 | 任务：120 + 80 + 50.5', text: '合计 250.5', note: '两者都不等' },
      { indicator: '资金总额 500 | 任务：500 + 80', text: '文化惠民工程 500', note: '任务重复了资金总额' },
      { indicator: '资金总额 500 | 任务：300 + 250.5', text: '合计 550.5', note: '超过资金总额' },
    ],
  },
  check(form, ctx) {
    const tasks = taskLines(form);
    if (tasks.length === 0) return [];
    const targets = [fullYear(form, 'total'), fullYear(form, 'project')].filter((t) => t !== null);
    if (targets.length === 0) return [];
    const s = sum(tasks.map((t) => t.value));
    const scales = [...tasks.map((t) => t.value.scale), ...targets.map((t) => t.value.scale)];
    if (targets.some((t) => !differs(s, t.value, scales))) return [];
    const names = targets.map((t) => `${label(t)} ${t.cell.text.trim()}`).join('、');
    // one task carrying a whole total beside others: the total was copied into it
    for (const t of targets) {
      const same = tasks.filter((x) => compare(x.value, t.value) === 0);
      const others = tasks.filter((x) => !same.includes(x) && x.value.units !== '0');
      if (same.length !== 1 || others.length === 0) continue;
      return [
        ctx.report({
          cell: same[0].cell.address,
          message: `任务“${label(same[0])}”的预算金额 ${same[0].cell.text.trim()} 与${label(t)}相同，而其他 ${others.length} 项任务也有金额：整个${label(t)}被重复填在了这一项上。`,
          suggestion: `填写这项任务自己的金额，使各项任务金额之和等于${names.includes('、') ? '资金总额或项目支出' : label(t)}。`,
        }),
      ];
    }
    // the task table's own 合计, when it has one (total.sum checks it against the tasks)
    const sumRow = (form.tasks ?? []).find((f) => f.key === 'total');
    const sumCell = sumRow ? wholeAmount(sumRow) : undefined;
    const cell = sumCell?.address ?? tasks[0].cell.address;
    // more than the whole funds: wrong whatever part of the spending the tasks cover
    const largest = targets.reduce((a, b) => (compare(a.value, b.value) >= 0 ? a : b));
    if (compare(s, largest.value) > 0)
      return [
        ctx.report({
          cell,
          message: `任务 ${tasks.length} 项的预算金额合计 ${format(s)} 万元，超过了${label(largest)} ${largest.cell.text.trim()} 万元。`,
          suggestion: `核对各项任务的预算金额（是否有任务填了整笔资金或多写了一位），使合计不超过${label(largest)}。`,
        }),
      ];
    // a table that lists only some tasks (它自己说“部分”) may add up to less
    if (saysPartial(form)) return [];
    return [
      ctx.report({
        cell,
        message: `年度主要任务 ${tasks.length} 项的预算金额合计 ${format(s)} 万元，与${names} 都不一致。`,
        suggestion:
          '核对各项任务的预算金额：任务覆盖全部支出时，合计应等于资金总额；只列项目时，应等于项目支出；只列部分任务的，在合计行或表下注明“部分”。漏列的任务请补上。',
      }),
    ];
  },
};
