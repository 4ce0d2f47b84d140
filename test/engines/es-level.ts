/** Parses emitted JavaScript at an ES level with acorn and names what does not parse. */
import { parse } from 'acorn';

export type EsLevel = 5 | 2017;

/** null when `code` parses as a script of that ES level, else `file:line:col message — near "…"`. */
export function esLevelError(file: string, code: string, level: EsLevel): string | null {
  try {
    parse(code, { ecmaVersion: level, sourceType: 'script', allowHashBang: false });
    return null;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number; loc?: { line: number; column: number } };
    const pos = err.pos ?? 0;
    const near = code.slice(Math.max(0, pos - 40), pos + 40).replace(/\s+/g, ' ');
    const where = err.loc ? `${err.loc.line}:${err.loc.column}` : String(pos);
    return `${file}:${where} is not ES${level === 5 ? 5 : level}: ${err.message} — near "${near}"`;
  }
}

/** The ES level a file of a build must parse at: the bootstrap ES5, everything else ES2017. */
export const levelOf = (file: string): EsLevel => (/bootstrap/.test(file) ? 5 : 2017);
