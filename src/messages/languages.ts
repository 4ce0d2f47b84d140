/**
 * Registers every catalogue besides the built-in zh-CN. Imported by the CLI (for --lang en) and by tests
 * that switch language; never by the pane or WPS entries, so their bundles do not carry the English texts.
 */
import { en } from './en';
import { registerCatalogue } from './index';

registerCatalogue('en', en);
