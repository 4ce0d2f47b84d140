/**
 * Every user-facing message of the CLI, the pane and errors, in plain zh-CN: id → text with {placeholders}.
 * Rule findings keep their messages in their rule files. The English catalogue (en.ts) has the same ids.
 */
export const zhCN = {
  // the pane
  'pane.emptySheet': '当前工作表是空的。请切换到填有绩效目标表的工作表，再点“校验”。',
  'pane.noForm':
    '没有在当前工作表中识别到绩效目标表。请确认表中有“绩效目标表”标题或“一级指标 / 二级指标 / 三级指标 / 指标值”表头。',
  'pane.noFindings': '没有发现问题。',
  'pane.idle': '点击“校验”检查当前工作表。',
  'pane.fixApplied': '已将 {cell} 改为“{text}”（原为“{previous}”），可撤销。',
  'pane.fixUndone': '已撤销：{cell} 恢复为“{previous}”。',
  'pane.marksCleared': '已清除全部标记，单元格恢复为标记前的样子。',
  'pane.markedCopy': '已下载标记副本“{file}”：问题单元格已填色并附批注，原文件未改动。',
  'pane.rowsInserted': '{what} {count} 行，原有单元格未被覆盖。',
  'pane.insertedBySet': '已按“{set}”插入',
  'pane.insertedMissing': '已补齐缺失的标准指标',
  'pane.typedInserted': '已在第 {row} 行插入“{typed}”的 {count} 行标准指标。',
  'pane.typedSuggestion': '“{typed}”下缺少 {count} 项标准指标（{set}）',
  'pane.cannotSave': '此环境不能保存文件。',
  // ribbon commands
  'command.notChecked': '没有完成校验。',
  'command.emptySheet': '当前工作表是空的。',
  'command.noForm': '没有在当前工作表中识别到绩效目标表。',
  'command.summary':
    '校验完成：识别到 {forms} 张表，错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。已在单元格上标记。',
  'command.noWps': '没有检测到 WPS 表格。',
  // errors
  'error.notFound': '找不到该工作表或单元格，可能已被删除或改名。请重新校验。',
  'error.tooLarge': '工作表太大，一次读取不完。请删除多余的空行空列后重试。',
  'error.editMode': 'Excel 正在编辑单元格，无法操作。请先按 Enter 或 Esc 结束编辑，再重试。',
  'error.failed': '操作失败：{reason}',
  'error.openFile': '“{file}”无法读取：{reason}',
  'error.cannotOpen': '无法打开：{reason}',
  // files and inputs
  'file.notFound': '{file}：找不到文件。',
  'file.isDirectory': '{file}：这是文件夹，不是工作簿。',
  'file.unreadable': '{file}：无法读取该文件（{reason}）。',
  'file.workbook': '{file}：{reason}',
  'file.noSheet': '{file}：没有名为“{sheet}”的工作表（有：{sheets}）。',
  'file.cannotWrite': '{file}：无法写出文件（{reason}）。',
  // configuration and template files
  'config.notJson': '{file}：配置文件不是有效的 JSON（{reason}）。',
  'config.invalid': '{file}：配置有误：{errors}',
  'config.missing': '{file}：找不到配置文件。',
  'config.unknownRule': '未知的规则或规则族“{name}”',
  'config.issue': '{path}：{message}',
  'config.root': '（根）',
  'template.notJson': '不是有效的 JSON：{reason}',
  'template.invalidFile': '{file}：模板文件无效：\n  {errors}',
  'template.unknownSet': '没有模板“{set}”（可用：{sets}）。',
  'template.kindMismatch': '{form}：表单类型与模板（{kind}）不符，跳过。',
  'template.planned': '{form}：+{count} 行（{set}），位置：{rows}',
  'template.row': '第 {row} 行',
  'template.nothingMissing': '{form}：无缺失的标准指标。',
  'template.noForm': '{file}：未找到可应用模板的{kind}表单，未写出文件。',
  'template.inserted': '{file}：插入 {count} 行。',
  'template.sameFile': '输出文件不能与输入文件相同：{file}',
  'template.needOutput': '请用 -o 指定输出文件。',
  'kind.project': '项目支出',
  'kind.department': '部门整体',
  // the command line
  'cli.usage': '用法：target-sheet <命令> [选项]',
  'cli.commands': '命令：',
  'cli.more': '运行 `target-sheet <命令> --help` 查看某个命令的选项。',
  'cli.unknownCommand': '未知的命令：{name}',
  'cli.unavailable': '此版本中没有“{name}”命令：{reason}',
  'cli.unknownRules': '未知的规则或规则族：{names}',
  'cli.unknownLang': '不支持的语言“{lang}”（可用：zh-CN, en）。',
  'cli.command.expr': '解析并解释指标值',
  'cli.command.model': '输出识别出的表单模型',
  'cli.command.check': '校验工作簿，列出问题',
  'cli.command.template': '列出或应用标准指标模板',
  'cli.command.new': '新建绩效目标表',
  'cli.command.roll': '复制为新年度',
  'cli.command.library': '搜索指标库',
  'expr.usage':
    '用法：target-sheet expr <指标值…> [--json]\n\n解析指标值并说明：类型、比较符号、数值、单位、规范写法和问题提示。\n\n选项：\n  --json     以 JSON 数组输出，每个指标值一个对象\n  --help     显示本帮助\n\n示例：\n  target-sheet expr "≥95%" "=篇" "430 元/人" "90%左右"\n  target-sheet expr "＝100%" --json',
  'expr.kind.quantitative': '定量',
  'expr.kind.qualitative': '定性',
  'expr.kind.date': '日期/期限',
  'expr.kind.range': '区间',
  'expr.kind.empty': '空',
  'expr.kind.invalid': '无法识别',
  'expr.ok': '✓ 写法规范',
  'expr.suggest': '建议改为：{text}',
  'check.usage':
    '用法：target-sheet check <文件…> [--json] [--info] [--rules id,…] [--sheet 名称] [--config 路径] [--lang zh-CN|en]\n\n' +
    '  检查预算绩效目标表（.xlsx 或 .tsv），按文件和表单列出问题。\n' +
    '  --json          输出 JSON：{files:[{file, forms:[…], findings:[…]}]}（包含全部提示）\n' +
    '  --info, --all   文本输出中逐条列出提示（默认只显示每张表的提示条数）\n' +
    '  --rules a,b     只运行这些规则或规则族（expr, total, consistency, structure, plan）\n' +
    '  --sheet 名称    只检查这个工作表\n' +
    '  --config 路径   使用这个配置文件（默认：用户设置 ~/.config/target-sheet/{config}，以及工作簿旁的 {config}）\n\n' +
    '退出码：0 无错误 · 1 发现错误 · 2 有文件无法读取',
  'check.unreadable': '  无法读取：{reason}',
  'check.noForm': '  没有识别到绩效目标表。',
  'check.form': '  [{sheet}] 表单 {index}{title}（{kind}，{range}，{indicators} 个指标）：{counts}',
  'check.infoHidden': '    另有 {count} 个提示未列出（加 --info 显示）',
  'check.outside': '  表单之外：',
  'check.total': '  合计：{counts}',
  'check.counts': '{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  'check.files': '共 {files} 个文件{unread}：{counts}',
  'check.filesUnread': '（{count} 个无法读取）',
  'check.fixable': '可自动修正为“{text}”',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'file.exists': '{file}：文件已存在，不会覆盖{hint}',
  'file.existsHint': '（换一个 -o，或加 --free-name）',
  'roll.usage':
    '用法：target-sheet roll <输入.xlsx> --year YYYY -o <输出.xlsx>\n\n复制为新年度：复制工作簿，把每张识别出的表单标题和目标中的年度改为 --year，其余数值保留，并列出改动的单元格。\n输入文件不会被修改；-o 指定的文件不能已存在。\n退出码：0 已写出 · 1 没有可改年度的表单（未写出） · 2 参数错误或输入无法读取',
  'roll.needArgs': '需要一个输入工作簿、--year YYYY 和 -o <输出.xlsx>。',
  'roll.noForm': '{file}：没有可把年度改为 {year} 的表单，未写出文件。',
  'roll.edit': '{cell} {what}：{before} → {after}',
  'roll.done': '{file}：已改 {count} 处。',
  'new.usage':
    '用法：target-sheet new --kind project|department [--preset ID] [--year YYYY] [--name 名称]\n                        [--free-name] [--list] -o 文件.xlsx\n\n新建一张官方格式的空白绩效目标表：带年度的标题、表头、合计为 SUM 公式的资金表、目标，以及填好标准决策/过程指标、\n产出/效益/满意度（成本）各二级下留一空行的指标表；一级/二级（及运算符列）有下拉列表，合并单元格、列宽和打印设置（A4，每页重复表头）。\n--preset   内置或用户预设（输出文件旁的 target-sheet.presets.json 或 *.preset.json）；默认为 --kind 的第一个预设。--list 列出预设。\n--year     默认明年。--name：项目或单位名称。\n从不覆盖：-o 文件已存在时拒绝，除非 --free-name 另取一个空闲的文件名（文件-2.xlsx …）。\n退出码：0 已写出 · 2 参数错误、预设文件无效或输出文件已存在',
  'new.invalidPreset': '{file}：预设文件无效：\n  {errors}',
  'new.needArgs': '需要 --kind project|department 和 -o 输出文件。',
  'new.unknownPreset': '没有预设“{preset}”（可用：{presets}）。',
  'new.kindMismatch': '预设 {preset} 是{presetKind}表单，与 --kind {kind} 不符。',
  'new.noSet': '预设 {preset}：找不到{kind}表单的标准指标模板“{set}”。',
  'new.badYear': '--year {year}：年度应为四位年份，如 2026。',
  'new.preset': '{id} {kind}  {name}',
  'new.written': '{file}：已新建 {name}，{year} 年，指标表第 {first}–{last} 行。',
  'library.usage':
    '用法：target-sheet library [词语…] [--level2 名称] [--kind project|department] [--json]\n\n搜索指标库：常用三级指标及其一级/二级、常用运算符和单位、示例值。每个词都须出现在名称或一级/二级中；最匹配的在前。\n--json 以 JSON 数组输出匹配的条目。\n退出码：0 已列出（包括没有匹配） · 2 参数错误',
  'library.badOption': '选项无效：{option}',
  'library.count': '共 {count} 条',
  // target-sheet model
  'model.usage':
    '用法：target-sheet model <文件.xlsx|文件.tsv …> [--json] [--trace] [--sheet 名称]\n\n' +
    '  输出每个工作簿中识别出的表单：类型、标题、年度、范围、表头字段、资金、目标、期间，以及带单元格地址的指标树。\n' +
    '  --trace   同时列出识别过程：每张指标表由哪个读取器读出、表头行，以及表头、资金、目标、支出计划、审核意见各占哪些单元格\n' +
    '  --json    输出 JSON：{files:[{file, forms:[Form], trace?:[…]}]}（Form 见 src/model/form.ts，trace 仅在 --trace 时输出）\n' +
    '  --sheet 名称  只看这个工作表\n\n' +
    '退出码：0 所有文件已读取 · 2 有文件无法读取（其余文件照常输出）',
  'model.file': '{file}：识别到 {count} 张表',
  'model.noForm': '  未识别到绩效目标表。',
  'model.form': '  [{index}] {kind} · {title} · {year} · {sheet}!{range}',
  'model.untitled': '（无标题）',
  'model.yearUnknown': '年度未知',
  'model.name': '      名称：{name}',
  'model.funds': '      资金：{items}',
  'model.plan': '      支出计划：{items}',
  'model.goals': '      目标：{items}',
  'model.goalEmpty': '（空）',
  'model.none': '无',
  'model.empty': '空',
  'model.indicators': '      指标（{periods}）：{count} 个（共 {rows} 行）',
  'model.unplaced': '      未识别的单元格：{cells}',
  'model.trace': '      识别过程（表单 {range}）：',
  'model.traceTable': '        指标表 {range}：表头第 {heading} 行，读取器“{reader}”（{id}），读出 {rows} 行',
  'model.traceTableImplicit':
    '        指标表 {range}：无表头行（按首行推断列），读取器“{reader}”（{id}），读出 {rows} 行',
  'model.tracePart': '        {part} {range}：{cells} 个单元格',
  'model.traceUnplaced': '        未认领：{count} 个单元格（structure.unplaced）',
  'model.traceUnrecognized': '        未读懂的{part} {cell}：“{found}”（structure.unrecognized）',
  'model.unread.table': '指标表',
  'model.unread.title': '标题',
  'model.unread.funds': '资金项',
  'model.part.header': '表头',
  'model.part.funds': '资金',
  'model.part.goals': '目标',
  'model.part.plan': '支出计划',
  'model.part.review': '审核意见',
} as const;

export type MessageId = keyof typeof zhCN;
