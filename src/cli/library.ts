import { searchLibrary } from '../templates/library';
import { parseArgs } from './inputs';

const USAGE = `usage: target-sheet library [WORDS…] [--level2 NAME] [--kind project|department] [--json]

Searches the indicator library (指标库): common 三级 indicators with their 一级/二级, typical operator and
unit and an example value. Every word must occur in the name or the 一级/二级 label; best matches first.
--json prints the matching entries as a JSON array.
Exit 0: entries listed (also none); 2: bad arguments.`;

export function run(args: string[]): Promise<number> {
  const { flags, values, positionals } = parseArgs(args, ['level2', 'kind']);
  if (flags.has('help')) {
    console.log(USAGE);
    return Promise.resolve(0);
  }
  const unknown = [...flags].filter((f) => f !== 'json');
  const kind = values.kind;
  if (unknown.length || (kind !== undefined && kind !== 'project' && kind !== 'department')) {
    console.error(`bad option: ${unknown.map((f) => `--${f}`).join(' ') || `--kind ${kind}`} / 选项无效\n\n${USAGE}`);
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
        `${e.level1}/${e.level2}  ${e.name}  ${e.example}${e.kinds.length === 1 ? (e.kinds[0] === 'project' ? '  (项目)' : '  (部门)') : ''}`,
      );
    console.error(`${hits.length} 条`);
  }
  return Promise.resolve(0);
}
