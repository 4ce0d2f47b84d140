import type { Merge } from '../../src/model/grid';
import { FakeWorkbook, type FakeWorkbookOptions } from '../excel/fake-excel';

/** What a browser test puts on `window` before the page loads. */
export interface FakeBookSpec {
  sheets: { name: string; rows: (string | number | null)[][]; fills?: Record<string, string>; merges?: Merge[] }[];
  options?: FakeWorkbookOptions;
}

export function bookFromSpec(spec: FakeBookSpec): FakeWorkbook {
  const book = new FakeWorkbook(spec.options);
  for (const s of spec.sheets) {
    book.addSheet(s.name, s.rows).merges.push(...(s.merges ?? []));
    for (const [a1, color] of Object.entries(s.fills ?? {})) book.userFill(s.name, a1, color);
  }
  return book;
}

export interface TestWindow {
  __FAKE_BOOK__?: FakeBookSpec;
  __fakeBook?: FakeWorkbook;
  __officeCalls?: string[];
  __saved?: { filename: string; text: string }[];
  __FIXED_RESULT__?: unknown;
  /** The pane keeps per-user preferences in the page's localStorage (as in Excel without OfficeRuntime). */
  __USER_STORAGE__?: boolean;
}

export function testWindow(): TestWindow {
  return window as unknown as TestWindow;
}
