/** `target-sheet <command> …`: dispatches to one module per command. Returns the process exit code. */

type CommandModule = { run(args: string[]): Promise<number> };

// Loaded on demand so one command does not pay for another's dependencies (exceljs).
const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  expr: { summary: 'parse and explain indicator values / 解析指标值', load: () => import('./expr') },
  model: { summary: 'print the recognized forms of workbooks / 输出识别的表单模型', load: () => import('./model') },
  check: { summary: 'check workbooks and list findings / 校验工作簿', load: () => import('./check') },
  template: { summary: 'list or apply indicator templates / 标准指标模板', load: () => import('./template') },
};

export function usage(): string {
  const lines = ['usage: target-sheet <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${c.summary}`);
  lines.push('', 'Run `target-sheet <command> --help` for the options of one command.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  let mod: CommandModule;
  try {
    mod = await command.load();
  } catch (err) {
    console.error(`command "${name}" is not available in this build: ${(err as Error).message}`);
    return 2;
  }
  return mod.run(rest);
}
