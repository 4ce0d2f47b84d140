/**
 * One workbook, two hosts: marks made in WPS are cleared in Excel and back. The file carries what both read —
 * cells with their own fills, conditional formats (formula + fill) and custom document properties — so the
 * test moves exactly that between the two fakes, as saving the .xlsx in one and opening it in the other does.
 */
import { createExcelHost } from '../../src/hosts/excel';
import { createEtHost } from '../../src/hosts/wps/et-host';
import type { Finding } from '../../src/model/finding';
import { FakeWorkbook } from '../excel/fake-excel';
import { FakeEtBook, bgrHex, hexBgr } from '../wps/fake-et';

const f = (cell: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'expr.x',
  severity,
  sheet: '项目表',
  cell,
  message: '问题',
});

/** Saves the WPS workbook and opens it in Excel. */
function toExcel(et: FakeEtBook): FakeWorkbook {
  const xl = new FakeWorkbook({ excelApi: '1.17' });
  for (const s of et.sheets) {
    const sheet = xl.addSheet(s.name);
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(',').map(Number);
      const to = sheet.ensure(r - 1, c - 1);
      if (cell.v !== undefined) to.v = cell.v;
      if (cell.fill !== undefined) to.fill = bgrHex(cell.fill);
    }
    sheet.rules = s.rules.map((rule, i) => ({
      id: `{X${i}}`,
      type: 'Custom',
      formula: rule.formula,
      fill: rule.fill === null ? null : bgrHex(rule.fill),
      rects: rule.areas.map((a) => ({ r0: a.r0 - 1, c0: a.c0 - 1, r1: a.r1 - 1, c1: a.c1 - 1 })),
    }));
  }
  for (const p of et.props) xl.props.set(p.name.toLowerCase(), { key: p.name, value: p.value });
  return xl;
}

/** Saves the Excel workbook and opens it in WPS. */
function toEt(xl: FakeWorkbook): FakeEtBook {
  const et = new FakeEtBook();
  for (const s of xl.sheets) {
    const sheet = et.addSheet(s.name);
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(',').map(Number);
      const to = sheet.ensure(r + 1, c + 1);
      if (cell.v !== '' && typeof cell.v !== 'boolean') to.v = cell.v;
      if (cell.fill !== null) to.fill = hexBgr(cell.fill);
    }
    sheet.rules = s.rules.map((rule) => ({
      formula: rule.formula,
      fill: rule.fill === null ? null : hexBgr(rule.fill),
      areas: rule.rects.map((m) => ({ r0: m.r0 + 1, c0: m.c0 + 1, r1: m.r1 + 1, c1: m.c1 + 1 })),
    }));
  }
  for (const p of xl.props.values()) et.props.push({ name: p.key, value: p.value });
  return et;
}

const ROWS = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '100'],
  ['', '质量指标', '合格率', '＝100%'],
  ['效益指标', '社会效益指标', '服务水平', '提升'],
];

test('marked in WPS (then a row inserted), cleared in Excel: every fill as before, record gone', async () => {
  const et = new FakeEtBook();
  et.addSheet('项目表', ROWS);
  et.userFill('项目表', 'D3', '#00B050');
  const before = et.sheet('项目表').fills();
  await createEtHost(et.application()).mark([f('D3'), f('D4', 'warning')]);
  expect(et.sheet('项目表').fills().D3).toBe('#FFC7CE');
  et.sheet('项目表').insertRows(2, 1); // the user inserts a row in WPS: D3 → D4
  const xl = toExcel(et);
  expect(xl.sheet('项目表').fills().D4).toBe('#FFC7CE');
  await createExcelHost(xl.env()).clearMarks();
  const shifted = Object.fromEntries(Object.entries(before).map(([a, c]) => [a === 'D3' ? 'D4' : a, c.toUpperCase()]));
  expect(xl.sheet('项目表').fills()).toEqual(shifted);
  expect(xl.props.size).toBe(0);
});

test('marked in Excel, cleared in WPS', async () => {
  const xl = new FakeWorkbook({ excelApi: '1.17' });
  xl.addSheet('项目表', ROWS);
  xl.userFill('项目表', 'A1', '#FFFF00');
  const host = createExcelHost(xl.env());
  await host.readActiveSheet();
  await host.mark([f('D2'), f('C3', 'info')]);
  const et = toEt(xl);
  expect(et.sheet('项目表').fills().D2).toBe('#FFC7CE');
  await createEtHost(et.application()).clearMarks();
  expect(et.sheet('项目表').fills()).toEqual({ A1: '#FFFF00' });
  expect(et.props).toEqual([]);
});

test('WPS reports a record written by a newer version instead of ignoring it', async () => {
  const et = new FakeEtBook();
  et.addSheet('项目表', ROWS);
  et.props.push({ name: 'targetSheet.marks', value: '1' }, { name: 'targetSheet.marks.0', value: '{"v":9}' });
  await expect(createEtHost(et.application()).clearMarks()).rejects.toThrow(/更新版本/);
  expect(et.props).toHaveLength(2);
});
