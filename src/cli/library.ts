import { searchLibrary } from '../templates/library';
import { parseArgs } from './inputs';
import { msg } from '../messages';

export function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['level2', 'kind']);
  if (flags.has('help')) {
    console.log(msg('library.usage'));
    return Promise.resolve(0);
  }
  const unknown = [...flags].filter((f) => f !== 'json');
  const kind = values.kind;
  if (unknown.length || (kind !== undefined && kind !== 'project' && kind !== 'department')) {
    const option = unknown.map((f) => `--${f}`).join(' ') || `--kind ${kind}`;
    console.error(`${msg('library.badOption', { option })}\n\n${msg('library.usage')}`);
    return Promise.resolve(2);
  }
  const hits = searchLibrary({
    words: positionals,
    level2: values.level2,
    kind: kind,
  });
  if (flags.has('json')) console.log(JSON.stringify(hits, null, 2));
  else {
    for (const e of hits)
      console.log(
        `${e.level1}/${e.level2}  ${e.name}  ${e.example}${e.kinds.length === 1 ? `  (${msg(`kind.${e.kinds[0]}`)})` : ''}`,
      );
    console.error(msg('library.count', { count: hits.length }));
  }
  return Promise.resolve(0);
}
