/**
 * Requests split by size. Excel on the web refuses a request over 5 MB and our budget is 2 MB (issue 16);
 * office.js sends every queued action of a batch in one request at `sync()`. Writers that queue thousands of
 * actions (one note per marked cell) count the bytes each adds and sync when the next would pass the limit.
 */

/** Bytes a request may carry before we sync: half the 2 MB budget, the estimates being approximate. */
export const REQUEST_BUDGET_BYTES = 1_000_000;

/**
 * Estimated request bytes of locating one note (Note.getLocation + load('address')): the note's object path,
 * the method's, their instantiate actions and the query (measured with the fake's RequestMeter: ~315).
 */
export const LOCATE_REQUEST_BYTES = 330;

/**
 * Estimated request bytes of one note action: the object path and action JSON office.js writes for it
 * (ids, method name, the worksheet and collection path; about 200 bytes) plus its arguments, the text as
 * UTF-8 (Chinese: 3 bytes a character, JSON-escaped newlines 2).
 */
export function noteRequestBytes(cell: string, text: string): number {
  return 200 + cell.length + new TextEncoder().encode(JSON.stringify(text)).length;
}

export class RequestBudget {
  private spent = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly limit = REQUEST_BUDGET_BYTES,
  ) {}

  /** Counts an action about to be queued; syncs what is queued first when it would pass the limit. */
  async spend(bytes: number): Promise<void> {
    if (this.spent > 0 && this.spent + bytes > this.limit) {
      await this.sync();
      this.spent = 0;
    }
    this.spent += bytes;
  }
}
