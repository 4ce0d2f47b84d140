/** Name similarity for matching a sheet's indicator names to standard ones despite small typos. */

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Dice coefficient over character bigrams: 1 for equal names, ~0.8 for 组织建设及时性完成率 vs 组织建设工作及时完成率. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Number of distinct bigrams two texts share. */
export function sharedBigrams(a: string, b: string): number {
  const y = new Set(bigrams(b));
  return new Set(bigrams(a).filter((g) => y.has(g))).size;
}
