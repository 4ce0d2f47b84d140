import { hostConformance } from '../hosts/conformance';
import { excelHarness, excelWorkbook } from './harness';

hostConformance('Excel (ExcelApi 1.18: notes)', (sheets) => excelHarness(excelWorkbook(sheets, { excelApi: '1.18' })), {
  notes: true,
  events: true,
});
hostConformance('Excel (ExcelApi 1.17)', (sheets) => excelHarness(excelWorkbook(sheets)), {
  notes: false,
  events: true,
});
hostConformance(
  'Excel 2016 (ExcelApi 1.1)',
  (sheets) => excelHarness(excelWorkbook(sheets, { excelApi: '1.1', sharedRuntime: false })),
  { notes: false, events: false },
);
hostConformance('Excel 2019 (ExcelApi 1.8)', (sheets) => excelHarness(excelWorkbook(sheets, { excelApi: '1.8' })), {
  notes: false,
  events: true,
});
