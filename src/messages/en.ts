/** The English catalogue (CLI `--lang en`): the same ids and placeholders as zh-CN.ts. */
import type { MessageId } from './zh-CN';

export const en: Record<MessageId, string> = {
  'pane.emptySheet': 'The active sheet is empty. Switch to the sheet with the target form, then click 校验.',
  'pane.noForm':
    'No target form was recognized on the active sheet (a 绩效目标表 title or a 一级指标/二级指标/三级指标/指标值 header).',
  'pane.noFindings': 'No problems found.',
  'pane.idle': 'Click 校验 to check the active sheet.',
  'pane.fixApplied': 'Changed {cell} to “{text}” (was “{previous}”); can be undone.',
  'pane.fixUndone': 'Undone: {cell} is “{previous}” again.',
  'pane.fixAppliedMany': 'Done: {summary} ({count} cells changed); one undo restores them.',
  'pane.fixUndoneMany': 'Undone: {cells} are as before.',
  'pane.marksCleared': 'All marks cleared; the cells look as before marking.',
  'pane.markedCopy':
    'Downloaded the marked copy “{file}”: cells with findings are filled and annotated; the original is unchanged.',
  'pane.rowsInserted': '{what} {count} rows; no existing cell was overwritten.',
  'pane.insertedBySet': 'Inserted from “{set}”:',
  'pane.insertedMissing': 'Added the missing standard indicators:',
  'pane.typedInserted': 'Inserted {count} standard rows for “{typed}” at row {row}.',
  'pane.typedSuggestion': '{count} standard indicators missing under “{typed}” ({set})',
  'pane.cannotSave': 'Files cannot be saved here.',
  'command.notChecked': 'The check did not finish.',
  'command.emptySheet': 'The active sheet is empty.',
  'command.noForm': 'No target form was recognized on the active sheet.',
  'command.summary':
    'Checked: {forms} forms, {errors} errors, {warnings} warnings, {infos} notes. The cells are marked.',
  'command.noWps': 'WPS Spreadsheets was not detected.',
  'error.notFound': 'The sheet or cell was not found (deleted or renamed?). Check again.',
  'error.tooLarge': 'The sheet is too large to read at once. Delete unused rows and columns, then retry.',
  'error.editMode': 'Excel is editing a cell. Press Enter or Esc, then retry.',
  'error.failed': 'Failed: {reason}',
  'error.openFile': '“{file}” cannot be read: {reason}',
  'error.cannotOpen': 'cannot be opened: {reason}',
  'file.notFound': '{file}: file not found.',
  'file.isDirectory': '{file}: a folder, not a workbook.',
  'file.unreadable': '{file}: cannot be read ({reason}).',
  'file.workbook': '{file}: {reason}',
  'file.noSheet': '{file}: no sheet named “{sheet}” (sheets: {sheets}).',
  'file.cannotWrite': '{file}: cannot be written ({reason}).',
  'config.notJson': '{file}: the config file is not valid JSON ({reason}).',
  'config.invalid': '{file}: invalid config: {errors}',
  'config.missing': '{file}: config file not found.',
  'config.unknownRule': 'unknown rule or family “{name}”',
  'config.issue': '{path}: {message}',
  'config.root': '(root)',
  'template.notJson': 'not valid JSON: {reason}',
  'template.invalidFile': '{file}: invalid template file:\n  {errors}',
  'template.unknownSet': 'no template set “{set}” (sets: {sets}).',
  'template.kindMismatch': '{form}: skipped, the set is for {kind} forms.',
  'template.planned': '{form}: +{count} rows ({set}) at {rows}',
  'template.row': 'row {row}',
  'template.nothingMissing': '{form}: no standard indicator missing.',
  'template.noForm': '{file}: no {kind} form found; nothing written.',
  'template.inserted': '{file}: {count} rows inserted.',
  'template.sameFile': 'The output file must differ from the input: {file}',
  'template.needOutput': 'Name the output file with -o.',
  'kind.project': 'project',
  'kind.department': 'department',
  'cli.usage': 'usage: target-sheet <command> [options]',
  'cli.commands': 'commands:',
  'cli.more': 'Run `target-sheet <command> --help` for the options of one command.',
  'cli.unknownCommand': 'unknown command: {name}',
  'cli.unavailable': 'command “{name}” is not available in this build: {reason}',
  'cli.unknownRules': 'unknown rules or families: {names}',
  'cli.unknownLang': 'unsupported language “{lang}” (zh-CN, en).',
  'cli.command.expr': 'parse and explain indicator values',
  'cli.command.model': 'print the recognized forms of workbooks',
  'cli.command.check': 'check workbooks and list findings',
  'cli.command.template': 'list or apply indicator templates',
  'cli.command.new': 'write a new, empty target sheet',
  'cli.command.roll': 'copy a form to a new year',
  'cli.command.library': 'search the indicator library',
  'expr.usage':
    'usage: target-sheet expr <text…> [--json]\n\nParses indicator values and explains them: kind, operator, number, unit, normalized text, diagnostics.\n\noptions:\n  --json     print a JSON array, one object per text\n  --help     show this help\n\nexamples:\n  target-sheet expr "≥95%" "=篇" "430 元/人" "90%左右"\n  target-sheet expr "＝100%" --json',
  'expr.kind.quantitative': 'quantitative',
  'expr.kind.qualitative': 'qualitative',
  'expr.kind.date': 'date or deadline',
  'expr.kind.range': 'range',
  'expr.kind.empty': 'empty',
  'expr.kind.invalid': 'not understood',
  'expr.ok': '✓ well formed',
  'expr.suggest': 'suggested: {text}',
  'check.usage':
    'usage: target-sheet check <files…> [--json] [--info] [--rules id,…] [--sheet NAME] [--config PATH] [--mapping MAP.json] [--lang zh-CN|en]\n\n' +
    '  Checks target forms (.xlsx or .tsv) and lists the findings per file and form.\n' +
    '  --json          JSON output: {files:[{file, forms:[…], findings:[…]}]} (all notes included)\n' +
    '  --info, --all   list every note in the text output (by default only their count per form)\n' +
    '  --rules a,b     run only these rules or families (expr, total, consistency, structure, plan)\n' +
    '  --sheet NAME    check only this sheet\n' +
    '  --config PATH   use this config file (default: ~/.config/target-sheet/{config} and {config} beside the workbook)\n' +
    '  --mapping FILE  read forms and indicator tables as this mapping says (docs/mapping.md; `model --json` prints one)\n\n' +
    'exit: 0 no errors · 1 errors found · 2 a file, a config or the mapping could not be read',
  'check.unreadable': '  cannot be read: {reason}',
  'check.noForm': '  no target form recognized.',
  'check.form': '  [{sheet}] form {index}{title} ({kind}, {range}, {indicators} indicators): {counts}',
  'check.infoHidden': '    {count} more notes not listed (add --info to show them)',
  'check.outside': '  outside the forms:',
  'check.total': '  total: {counts}',
  'check.counts': '{errors} errors, {warnings} warnings, {infos} notes',
  'check.files': '{files} files{unread}: {counts}',
  'check.filesUnread': ' ({count} unreadable)',
  'check.fixable': 'can be fixed to “{text}”',
  'check.fixableMany': 'can be fixed: {summary}',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'note',
  'file.exists': '{file}: exists; refusing to overwrite{hint}',
  'file.existsHint': ' (use another -o or --free-name)',
  'roll.usage':
    'usage: target-sheet roll <in.xlsx> --year YYYY -o <out.xlsx>\n\nCopies the workbook with the year of every recognized form in the title and the goals changed to --year; all\nvalues are kept. Lists each changed cell. The input is never changed; -o must not exist.\nexit: 0 written · 1 no form with a year to change (nothing written) · 2 bad arguments or unreadable input',
  'roll.needArgs': 'roll needs one workbook, --year YYYY and -o <out.xlsx>.',
  'roll.noForm': '{file}: no form whose year could be changed to {year}; nothing written.',
  'roll.edit': '{cell} {what}: {before} → {after}',
  'roll.done': '{file}: {count} cell(s) changed.',
  'new.usage':
    'usage: target-sheet new --kind project|department [--preset ID] [--year YYYY] [--name TEXT]\n                        [--free-name] [--list] -o FILE.xlsx\n\nWrites a new, empty target form of the official layout: title with the year, header fields, a funds block whose\ntotal is a SUM formula, goals, and the indicator table with the standard 决策/过程 rows and one empty row under\neach 产出/效益/满意度 (成本) 二级; list validations, merges, column widths and print setup (A4, header repeated).\n--preset   a built-in or user preset (target-sheet.presets.json or *.preset.json beside the output file);\n           default: the first preset of --kind. --list prints the presets.\n--year     default: next year. --name: the name of the project or department.\nNever overwrites: an existing -o file is refused, unless --free-name picks a free name (FILE-2.xlsx …).\nexit: 0 written · 2 bad arguments, invalid preset file, or the output file exists',
  'new.invalidPreset': '{file}: invalid preset:\n  {errors}',
  'new.needArgs': 'target-sheet new needs --kind project|department and -o FILE.xlsx.',
  'new.unknownPreset': 'unknown preset "{preset}" (presets: {presets}).',
  'new.kindMismatch': 'preset {preset} is a {presetKind} form, not --kind {kind}.',
  'new.noSet': 'preset {preset}: standard set "{set}" not found for {kind} forms.',
  'new.badYear': '--year {year}: a year such as 2026.',
  'new.preset': '{id} {kind}  {name}',
  'new.written': '{file}: new {name}, {year}, table rows {first}–{last}.',
  'mapping.issue': '{path}: {message}',
  'mapping.issueRange': 'expected an A1 range such as A3:E9',
  'mapping.issueColumn': 'column “{column}” must be a column letter such as C',
  'mapping.issueRole': 'unknown column role (known: {roles})',
  'mapping.notJson': 'the mapping is not valid JSON: {reason}',
  'mapping.newerVersion':
    'the mapping is version {version}, newer than the supported version {supported}: update target-sheet, or set the mapping again.',
  'mapping.invalid': 'invalid mapping:\n  {errors}',
  'mapping.invalidFile': '{file}: invalid mapping:\n  {errors}',
  'mapping.storedInvalid':
    'the mapping stored in the workbook cannot be used; this check recognizes the sheet on its own: {reason}',
  'mapping.storedSheetMissing':
    'the stored mapping names sheet “{sheet}”, which is no longer in the workbook (renamed?); that part is not used.',
  'mapping.saved': 'Mapping saved; checked again with it.',
  'mapping.savedNoStorage':
    'Checked again with the mapping; this host cannot store it in the workbook, so it is lost on closing.',
  'mapping.cleared': 'Mapping cleared; checked again with automatic recognition.',
  'mapping.unknownSheet': 'the mapping names sheet “{sheet}”, which is not in {file} (its sheets: {sheets}).',
  'mapping.cannotRead': 'cannot read the mapping file {file}: {reason}',
  'mapping.problems': '  the mapping does not fit the sheet (these parts were not used):',
  'library.usage':
    'usage: target-sheet library [WORDS…] [--level2 NAME] [--kind project|department] [--json]\n\nSearches the indicator library: common 三级 indicators with their 一级/二级, typical operator and unit and an\nexample value. Every word must occur in the name or the 一级/二级 label; best matches first.\n--json prints the matching entries as a JSON array.\nexit: 0 entries listed (also none) · 2 bad arguments',
  'library.badOption': 'bad option: {option}',
  'library.count': '{count} entries',
  // target-sheet model
  'model.usage':
    'usage: target-sheet model <file.xlsx|file.tsv …> [--json] [--trace] [--sheet NAME] [--mapping MAP.json]\n\n' +
    '  Prints the forms recognized in each workbook: kind, title, year, range, header fields, funds, goals, periods\n' +
    '  and the indicator tree with cell addresses.\n' +
    '  --trace   also show how they were read: which reader read each indicator table, its heading rows, and the\n' +
    '            cells taken by the header, funds, goals, spending plan and review lines\n' +
    '  --json    print JSON: {files:[{file, forms:[Form], mapping, trace?:[…]}]} (Form: src/model/form.ts; trace only with\n' +
    '            --trace); mapping: the form ranges and column roles used, to save, edit and give back with --mapping\n' +
    '  --sheet NAME  only this worksheet\n' +
    '  --mapping FILE  read forms and indicator tables as this mapping says (docs/mapping.md; check takes it too)\n\n' +
    'Exit 0 when every file was read, 2 when a file could not be read (the others are still printed) or the mapping is invalid.',
  'model.file': '{file}: {count} form(s) recognized',
  'model.noForm': '  no target form recognized.',
  'model.form': '  [{index}] {kind} · {title} · {year} · {sheet}!{range}',
  'model.untitled': '(no title)',
  'model.yearUnknown': 'year unknown',
  'model.name': '      name: {name}',
  'model.funds': '      funds: {items}',
  'model.plan': '      spending plan: {items}',
  'model.goals': '      goals: {items}',
  'model.goalEmpty': ' (empty)',
  'model.none': 'none',
  'model.empty': 'empty',
  'model.indicators': '      indicators ({periods}): {count} ({rows} rows)',
  'model.unplaced': '      unplaced cells: {cells}',
  'model.trace': '      how it was read (form {range}):',
  'model.traceTable':
    '        indicator table {range}: heading row(s) {heading}, reader "{reader}" ({id}), {rows} rows read',
  'model.traceTableImplicit':
    '        indicator table {range}: no heading row (columns from the first row), reader "{reader}" ({id}), {rows} rows read',
  'model.tracePart': '        {part} {range}: {cells} cells',
  'model.traceUnplaced': '        unclaimed: {count} cells (structure.unplaced)',
  'model.traceUnrecognized': '        {part} not understood at {cell}: "{found}" (structure.unrecognized)',
  'model.unread.table': 'indicator table',
  'model.unread.title': 'title',
  'model.unread.funds': 'funds line',
  'model.part.header': 'header',
  'model.part.funds': 'funds',
  'model.part.goals': 'goals',
  'model.part.plan': 'spending plan',
  'model.part.review': 'review lines',
};
