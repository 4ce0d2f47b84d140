/**
 * The small entry every Excel page runs first (after the ES5 bootstrap): loads office.js asynchronously and
 * associates the ribbon actions as soon as it has run, while the pane bundle is still loading. The pane
 * and commands bundles share this module instance (webpack `dependOn`).
 */
import { officeHost } from './office';

void officeHost();
