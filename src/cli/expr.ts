/** `target-sheet expr <text…> [--json]`: parse indicator values and explain them (how reviewers learn the grammar). */
import type { Expr } from '../model/expr';
import { parseExpr } from '../expr';
import { operatorSymbol } from '../expr/operators';
import { msg } from '../messages';

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(msg('expr.usage'));
    return 0;
  }
  const json = args.includes('--json');
  // `--` ends options so a value like "--" can still be explained
  const dashDash = args.indexOf('--');
  const texts =
    dashDash >= 0
      ? [...args.slice(0, dashDash).filter((a) => !a.startsWith('--')), ...args.slice(dashDash + 1)]
      : args.filter((a) => a !== '--json');
  if (texts.length === 0) {
    console.error(msg('expr.usage'));
    return 2;
  }
  const exprs = texts.map((t) => parseExpr(t));
  if (json) {
    console.log(JSON.stringify(exprs, null, 2));
  } else {
    console.log(exprs.map(explain).join('\n\n'));
  }
  return 0;
}

/** A few lines per value, in the catalogue's language with the field names a rule author sees in JSON. */
export function explain(e: Expr): string {
  const lines = [`“${e.raw}”  → ${msg(`expr.kind.${e.kind}`)} (${e.kind})`];
  const field = (name: string, value: string | number | null | undefined): void => {
    if (value !== null && value !== undefined && value !== '') lines.push(`  ${name.padEnd(10)} ${value}`);
  };
  field('op', e.op === null ? null : `${operatorSymbol(e.op)} (${e.op})`);
  field('number', e.number);
  field('unit', e.unit);
  field('min', e.min);
  field('max', e.max);
  field('year', e.year);
  field('month', e.month);
  field('word', e.word);
  field('normalized', e.normalized);
  if (e.diagnostics.length === 0) {
    lines.push(`  ${msg('expr.ok')}`);
  } else {
    for (const d of e.diagnostics) {
      lines.push(`  ! ${d.id}: ${d.message}`);
      if (d.replacement !== undefined) lines.push(`    ${msg('expr.suggest', { text: d.replacement })}`);
    }
  }
  return lines.join('\n');
}
