import { hostConformance } from '../hosts/conformance';
import { etBook, etHarness } from './harness';

hostConformance('WPS 表格 (ET JSAPI)', (sheets) => etHarness(etBook(sheets)), { notes: false, events: true });
hostConformance(
  'WPS 表格, flat one-row Value2 and late events',
  (sheets) => etHarness(etBook(sheets, { flatRows: true, asyncEvents: true })),
  { notes: false, events: true },
);
