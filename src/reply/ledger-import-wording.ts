// What the ledger import (`import ledger`, 导入台账) says: why a row is doubtful, broken or skipped, and the
// lines of its report. Every word a user reads from the import lives here.

export const ROW_WORDS = {
  blank: '空行',
  subtotal: '合计/小计行',
  repeatedHeader: '重复的表头行',
  section: '分组标题行(整行只有一段文字)',
  numberOnly: '只有编号,没有内容',
  missing: (what: string) => `缺少${what}`,
  unreadableDate: (label: string, typed: string) => `${label}“${typed}”读不懂`,
  noSuchDay: (label: string, typed: string) => `${label}“${typed}”没有这一天`,
  ambiguousDate: (label: string, typed: string) => `${label}“${typed}”有不止一种读法(先写月还是先写日?)`,
  holidayUnknown: (label: string, typed: string) => `${label}“${typed}”:工作日历里还没有该年的放假安排`,
  monthOnly: (label: string, typed: string, day: string) => `${label}“${typed}”只写到月份,按月底 ${day}`,
  yearAssumed: (label: string, typed: string, day: string) =>
    `${label}“${typed}”未写年份,按 ${day.slice(0, 4)} 年(${day})`,
  relativeDate: (label: string, typed: string, day: string) =>
    `${label}“${typed}”是相对日期,按台账所属年份理解为 ${day}`,
  serialDate: (label: string, typed: string, day: string) => `${label}“${typed}”按 Excel 日期序号读作 ${day}`,
  longTerm: (typed: string, day: string) => `期限“${typed}”不是日期,按年底 ${day} 记录,类型记为持续整改`,
  unreadableAmount: (label: string, typed: string) => `${label}“${typed}”读不懂`,
  unitGuessed: (label: string, typed: string) => `${label}“${typed}”未写单位(表头也没有),按万元`,
  unknownState: (typed: string) => `状态“${typed}”不认识,按整改中`,
  closeWithoutState: (day: string) => `写了销号时间 ${day},状态却不是已销号,按整改中导入`,
  closeFromDeadline: (day: string) => `已销号但销号时间为空,按期限 ${day} 记为销号时间`,
  closeOnImportDay: (day: string) => `已销号但销号时间为空,期限未到,按导入当天 ${day} 记为销号时间`,
  closeAfterToday: (label: string, day: string) => `${label} ${day} 晚于今天`,
  deadlineFromClose: (day: string) => `期限为空,按销号时间 ${day} 记录`,
  closedNoDay: '已销号,但销号时间和期限都没有',
  unknownDivision: (typed: string) => `处室“${typed}”不在处室名单中,待指定`,
  unknownDivisionGiven: (typed: string, division: string) =>
    `处室“${typed}”不在处室名单中,按指定的 ${division} 记录,原写法记入整改情况`,
  divisionShortForm: (typed: string, division: string) => `处室“${typed}”按名单中的 ${division} 记录`,
  severalMarks: (headers: string[]) => `${headers.join('、')} 都打了勾,按整改中`,
  unknownKind: (typed: string) => `类型“${typed}”不认识(可为立行立改、限期整改、持续整改),记入整改情况`,
  unknownTask: (typed: string) => `关联任务“${typed}”在方案中找不到,记入整改情况`,
  alreadyImported: (id: string) => `已导入过(${id})`,
  sameAsRow: (row: number) => `与第 ${row} 行是同一问题、同一责任单位,未重复导入`,
  sameAsItem: (id: string, status: string) =>
    `台账中已有同一问题、同一责任单位的 ${id}(${status}),未重复导入`,
} as const;

/** The 整改情况 an imported item's note keeps: the sheet's own words, with the columns the bot has no field for. */
export const noteText = (parts: { progress?: string; extras: string[] }) =>
  [parts.progress, ...parts.extras].filter((p): p is string => Boolean(p)).join(';');

/** `备注:已移送` — a column kept in the note. */
export const extraPart = (header: string, value: string) => `${header}:${value}`;

/** The text of the close an imported row records. */
export const importedCloseText = (file: string, sheet: string, row: number) =>
  `导入台账:${file}「${sheet}」第 ${row} 行为已销号`;

/** The lines of the import's report. */
export const REPORT_WORDS = {
  dryTitle: (file: string) => `试导入台账 ${file}(未写入任何内容)`,
  doneTitle: (file: string, n: number) => `已导入台账 ${file}:${n} 项`,
  noHeaderTitle: (file: string) => `${file} 里没有找到整改台账的表头,未写入任何内容`,
  nothingTitle: (file: string) => `台账 ${file} 没有要导入的新行,未写入任何内容`,
  refusedTitle: (file: string) => `台账 ${file} 未导入:有的行需要改正,整个台账一行也没有导入`,
  replayedTitle: (file: string) => `台账 ${file} 这次导入已完成过,未重复写入`,
  sheetHeading: (sheet: string, row: number, year: number, depth = 1) =>
    `工作表「${sheet}」:第 ${depth > 1 ? `${row}—${row + depth - 1}` : row} 行为表头,按 ${year} 年的台账读`,
  noHeader: (sheet: string) =>
    `工作表「${sheet}」:没有找到表头(要有问题描述和另外至少两列,如责任单位、整改时限),未读取`,
  mapping: (pairs: string[]) => `列的对应:${pairs.join('、')}`,
  marks: (headers: string[]) => `${headers.join('、')}→状态(按打勾的一列)`,
  unused: (headers: string[]) => `不认识的列(内容记入整改情况):${headers.join('、')}`,
  sheetDivision: (division: string) => `表名对应处室:${division}(没写处室的行归该处)`,
  rows: (from: number, to: number) => (from === to ? `第 ${from} 行` : `第 ${from}—${to} 行`),
  imported: (id: string | undefined) => (id ? `导入为 ${id}` : '导入'),
  skipped: '跳过',
  broken: '有误',
  doubtful: '存疑',
  original: (o: string) => `原编号 ${o}`,
  deadline: (d: string) => `期限 ${d}`,
  closed: (d: string) => `已销号(${d})`,
  open: '整改中',
  amount: (text: string) => `问题金额 ${text}`,
  rectified: (text: string) => `整改金额 ${text}`,
  noDivision: '处室待定',
  summary: (c: { items: number; doubtful: number; skipped: number; broken: number }) =>
    `合计:导入 ${c.items} 行(其中存疑 ${c.doubtful} 行),跳过 ${c.skipped} 行,有误 ${c.broken} 行。`,
  brokenNote: '有误的行须在表格中改正后再导入;正式导入时,只要有一行有误,整个台账都不导入。',
  needDivision: (sheets: string[], how: string) =>
    `工作表「${sheets.join('」「')}」有的行既没有处室列,表名也不是处室:请指定这些行由哪个处室跟踪(${how})。`,
  unknownDivisions: (values: string[], how: string) =>
    `处室“${values.join('”“')}”不在处室名单中:请管理员先「处室 添加 <处室>」再导入,或指定这些行由哪个处室跟踪(${how},原写法记入整改情况)。`,
  noSuchSheet: (sheet: string, names: string[]) =>
    `没有名为「${sheet}」的工作表;工作簿里有:${names.join('、')}`,
  again: '同一个台账再次导入时,已导入的行会跳过,不会重复登记。',
} as const;

/** What `import ledger` says besides the report. */
export const IMPORT_CLI_WORDS = {
  unreadableFile: (file: string, why: string) => `读不了文件 ${file}(${why})`,
  unknownDivision: (typed: string, names: string[]) =>
    `没有“${typed}”这个处室。处室可以是:${names.join('、')}`,
  divisionHow: '加 --division <处室>',
  next: '确认无误后,去掉 --dry-run 再运行一次即正式导入(全部导入或全部不导入)。',
} as const;

/** Where an imported item came from, as its card says: `台账.xlsx「2025年」第 4 行`. */
export const importedFrom = (file: string, sheet: string, row: number) => `${file}「${sheet}」第 ${row} 行`;

/** What `导入台账` says in chat besides the report. */
export const IMPORT_CHAT_WORDS = {
  usage: '导入台账 [处室:<处室>] [工作表:<工作表>] · 导入台账 确认',
  onlyGlobal: '只有管理员或秘书处可以导入台账。',
  sendFile: '请在 30 分钟内发来台账文件(.xlsx 或 .csv),我先试导入,逐行列出结果,不写入任何内容。',
  received: (name: string) =>
    `收到工作簿 ${name}。要把它导入整改台账,请在 30 分钟内发「导入台账」,我先试导入给您看。`,
  nothingToConfirm: '没有待确认的台账:请先发来台账文件和「导入台账」,看过试导入结果再确认。',
  notShown: '请先看一遍试导入结果(发「导入台账」),再确认。',
  divisionHow: '发「导入台账 处室:<处室>」',
  next: '确认无误后发「导入台账 确认」正式导入(全部导入或全部不导入)。',
  unknownDivision: (typed: string, names: string[]) =>
    `没有“${typed}”这个处室。处室可以是:${names.join('、')}。`,
  local: '这里收不到文件内容(本地模式)。请用 import ledger FILE 导入。',
  unreadable: (why: string) => `读不了这个台账:${why}`,
} as const;
