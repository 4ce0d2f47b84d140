/** `target-sheet <command> …`: dispatches to one module per command. Returns the process exit code. */

import { isLanguage, msg, setLanguage, type MessageId } from '../messages';
// the English catalogue (--lang en) exists only in the CLI: the pane's bundle carries zh-CN alone
import '../messages/languages';

type CommandModule = { run(args: string[]): Promise<number> };

// Loaded on demand so one command does not pay for another's dependencies (exceljs).
const COMMANDS: Record<string, { summary: MessageId; load: () => Promise<CommandModule> }> = {
  expr: { summary: 'cli.command.expr', load: () => import('./expr') },
  model: { summary: 'cli.command.model', load: () => import('./model') },
  check: { summary: 'cli.command.check', load: () => import('./check') },
  template: { summary: 'cli.command.template', load: () => import('./template') },
  new: { summary: 'cli.command.new', load: () => import('./new') },
  roll: { summary: 'cli.command.roll', load: () => import('./roll') },
  library: { summary: 'cli.command.library', load: () => import('./library') },
};

export function usage(): string {
  const lines = [msg('cli.usage'), '', msg('cli.commands')];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${msg(c.summary)}`);
  lines.push('', msg('cli.more'));
  return lines.join('\n');
}

/** `--lang en` / `--lang=en` anywhere on the command line: messages in that language (zh-CN by default). */
function takeLanguage(argv: string[]): { args: string[]; lang: string | null } {
  const args: string[] = [];
  let lang: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') lang = argv[++i] ?? '';
    else if (argv[i].startsWith('--lang=')) lang = argv[i].slice('--lang='.length);
    else args.push(argv[i]);
  }
  return { args, lang };
}

export async function main(argv: string[]): Promise<number> {
  const { args, lang } = takeLanguage(argv);
  if (lang !== null) {
    if (!isLanguage(lang)) {
      console.error(msg('cli.unknownLang', { lang }));
      return 2;
    }
    setLanguage(lang);
  }
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${msg('cli.unknownCommand', { name })}\n\n${usage()}`);
    return 2;
  }
  let mod: CommandModule;
  try {
    mod = await command.load();
  } catch (err) {
    console.error(msg('cli.unavailable', { name, reason: (err as Error).message }));
    return 2;
  }
  return mod.run(rest);
}
