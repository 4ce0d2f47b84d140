/**
 * What core-js cannot provide: WeakRef (Chrome 84, Safari 14.1; not in Edge Legacy 18 or WPS's older
 * Chromium). Fluent UI's focus tracking (keyborg, tabster) calls `new WeakRef` on every focus, so on those
 * engines a strong reference stands in: correct behaviour, the referent is only kept alive longer.
 */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}
  deref(): T {
    return this.target;
  }
}

const g = window as unknown as { WeakRef?: unknown };
if (typeof g.WeakRef !== 'function') g.WeakRef = StrongRef;
