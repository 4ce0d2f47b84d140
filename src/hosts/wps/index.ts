export { EtHost, createEtHost } from './et-host';
export { wpsApplication, createWpsHost } from './wps-env';
export type { EtApplication } from './et-api';
