/**
 * LaTeX leftovers from PDF/OCR extraction: `$\geq 85\%$` → `≥85%`. Only the handful of commands that appear
 * in values are known; other commands are dropped with their backslash so the rest can still be read.
 */

const COMMANDS: Readonly<Record<string, string>> = {
  geq: '≥',
  ge: '≥',
  geqslant: '≥',
  leq: '≤',
  le: '≤',
  leqslant: '≤',
  times: '×',
  cdot: '·',
  sim: '~',
  pm: '±',
  approx: '≈',
  lt: '<',
  gt: '>',
  neq: '≠',
  ne: '≠',
  degree: '°',
  circ: '°',
};

/** Commands whose braced argument is plain text: \text{元} → 元. */
const TEXT_WRAPPERS = new Set(['text', 'mathrm', 'mathbf', 'textrm', 'rm', 'mbox', 'operatorname']);

const SUPERSCRIPTS: Readonly<Record<string, string>> = { '2': '²', '3': '³' };

export function hasLatex(text: string): boolean {
  return text.includes('$') || /\\[a-zA-Z%]/.test(text);
}

export function stripLatex(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '$' || ch === '{' || ch === '}') {
      i++;
    } else if (ch === '\\') {
      const next = text.charAt(i + 1);
      if (/[a-zA-Z]/.test(next)) {
        let j = i + 1;
        while (j < text.length && /[a-zA-Z]/.test(text.charAt(j))) j++;
        const name = text.slice(i + 1, j);
        const sym = COMMANDS[name];
        if (sym !== undefined) out += sym;
        // text wrappers: the braces are dropped by the '{'/'}' branch, keeping their content
        else if (!TEXT_WRAPPERS.has(name)) out += '';
        i = j;
      } else {
        // \% \$ \, \; \! and '\ ': keep escaped symbols, drop spacing commands
        if (next === '%' || next === '$' || next === '&' || next === '#' || next === '_') out += next;
        i += 2;
      }
    } else if (ch === '^') {
      // m^2 / m^{2}
      let j = i + 1;
      if (text.charAt(j) === '{') j++;
      const digit = text.charAt(j);
      const sup = SUPERSCRIPTS[digit];
      if (sup !== undefined) {
        out += sup;
        j++;
        if (text.charAt(j) === '}') j++;
        i = j;
      } else {
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
