export { ExcelHost, createExcelHost } from './excel-host';
export { officeEnv } from './office-env';
export type { ExcelEnv } from './api';
