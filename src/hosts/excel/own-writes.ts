/**
 * Remembers the cells we just wrote so the change events they cause are not reported as user edits.
 * An entry lives until its event arrives or `ttlMs` passes (events can be late or never come).
 */
export class OwnWrites {
  private readonly entries = new Map<string, number>();
  private busyUntil = 0;

  constructor(
    private readonly ttlMs = 3000,
    private readonly now: () => number = Date.now,
  ) {}

  add(sheet: string, address: string): void {
    this.entries.set(key(sheet, address), this.now() + this.ttlMs);
  }

  /** While we write many cells (marks, inserted rows), every event of the sheet is ours. */
  busy(ms = this.ttlMs): void {
    this.busyUntil = Math.max(this.busyUntil, this.now() + ms);
  }

  /** True (and forgets it) when the event at this address was caused by us. */
  consume(sheet: string, address: string): boolean {
    const t = this.now();
    if (t < this.busyUntil) return true;
    const k = key(sheet, address);
    const until = this.entries.get(k);
    if (until === undefined) return false;
    this.entries.delete(k);
    return until >= t;
  }
}

function key(sheet: string, address: string): string {
  return `${sheet}!${address.replace(/\$/g, '').replace(/^.*!/, '')}`;
}
