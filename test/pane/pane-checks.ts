/** Checks shared by the pane's browser tests: axe-core and “nothing wider than the pane”. */
import fs from 'fs';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations of the page (Tabster's focus guards left out), as short lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // through the debugger protocol: the pane's CSP forbids inline scripts
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};void 0`);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: {
            exclude: string[][];
          }): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}

/**
 * Elements wider than their box (scrollWidth > clientWidth): the page, the pane root and the lists given,
 * plus any element reaching past the viewport's right edge. Empty when the layout fits.
 */
export async function overflowing(page: Page, selectors: readonly string[] = []): Promise<string[]> {
  return page.evaluate((sels) => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const roots = [document.documentElement, ...sels.flatMap((s) => [...document.querySelectorAll(s)])];
    for (const el of roots)
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // inside a scroll container of its own (a cell preview) it may be wider: that container is checked above
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const st = getComputedStyle(p);
        if (
          st.overflowX === 'auto' ||
          st.overflowX === 'hidden' ||
          st.overflowX === 'scroll' ||
          st.overflowX === 'clip'
        ) {
          clipped = true;
          break;
        }
      }
      if (!clipped && r.right > width + 1) out.push(`${name(el)} reaches ${Math.round(r.right)} > ${width}`);
    }
    return out.slice(0, 10);
  }, selectors);
}
