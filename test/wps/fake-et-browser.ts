/**
 * The fake ET object model (fake-et.ts) for a browser page: injected before the pane's bundle (playwright
 * addInitScript), it builds a workbook from `window.__FAKE_ET__` and installs `window.Application` as WPS
 * 表格 does, so the pane detects WPS and runs over the ET adapter. The book is on `window.__fakeEt` for the
 * test to inspect (fills, selection, calls) and to play the user (userEdit, userFill).
 * Built by test/wps/build.ts into test-artifacts/wps-fake/fake-et.js.
 */
import type { Merge } from '../../src/model/grid';
import { FakeEtBook, type FakeEtOptions } from './fake-et';

/** What a browser test puts on `window` before the page loads. */
export interface FakeEtSpec {
  /** Values at their sheet positions (row 0 = sheet row 1); merges 0-based as in a Grid; fills A1 → '#RRGGBB'. */
  sheets: { name: string; rows: (string | number | null)[][]; merges?: Merge[]; fills?: Record<string, string> }[];
  /** Index of the active sheet (0-based). */
  active?: number;
  options?: FakeEtOptions;
}

export interface FakeEtWindow {
  __FAKE_ET__?: FakeEtSpec;
  __fakeEt?: FakeEtBook;
  Application?: unknown;
}

export function bookFromEtSpec(spec: FakeEtSpec): FakeEtBook {
  const book = new FakeEtBook(spec.options ?? {});
  for (const s of spec.sheets) {
    const sheet = book.addSheet(s.name, s.rows);
    for (const m of s.merges ?? []) sheet.merges.push({ r0: m.r0 + 1, c0: m.c0 + 1, r1: m.r1 + 1, c1: m.c1 + 1 });
    for (const [a1, color] of Object.entries(s.fills ?? {})) book.userFill(s.name, a1, color);
  }
  book.active = spec.active ?? 0;
  return book;
}

if (typeof window !== 'undefined') {
  const w = window as unknown as FakeEtWindow;
  if (w.__FAKE_ET__) {
    const book = bookFromEtSpec(w.__FAKE_ET__);
    w.__fakeEt = book;
    w.Application = book.application();
  }
}
