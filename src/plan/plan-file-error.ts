// Why a plan file (or a holiday notice read by the same readers) cannot be loaded, as one line of Chinese
// naming the file. The wording lives here; callers print `error.message` as is (the CLI to stderr, the bot
// in a reply).

export type PlanFileProblem =
  | 'not-found'
  | 'unreadable'
  | 'unsupported'
  | 'empty'
  | 'encrypted'
  | 'scanned'
  | 'corrupt'
  | 'no-tasks';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

/** What the file was meant to be, as the message names it: a plan file unless said otherwise. */
export type FileNoun = '方案文件' | '通知文件';

function wording(problem: PlanFileProblem, file: string, detail: string, noun: FileNoun): string {
  switch (problem) {
    case 'not-found':
      return `找不到${noun} ${file}`;
    case 'unreadable':
      return `读不了${noun} ${file}${detail ? `：${detail}` : ''}`;
    case 'unsupported':
      return `不支持${noun} ${file} 的格式${detail ? `（${detail}）` : ''}：只接受 ${ACCEPTED_EXTENSIONS.join('、')}`;
    case 'empty':
      return `${noun} ${file} 是空的，里面没有文字`;
    case 'encrypted':
      return `${noun} ${file} 是加密的 PDF，请去掉打开密码后再导入`;
    case 'scanned':
      return `${noun} ${file} 没有文字层（可能是扫描件），请先做文字识别（OCR），或改用 Word、文本版本`;
    case 'corrupt':
      return `${noun} ${file} 已损坏，或不是有效的 ${detail} 文件`;
    case 'no-tasks':
      return `没有读出任何任务：${file} 里找不到带责任单位的任务。任务后面应有“（责任单位：…）”“（牵头单位：…；配合单位：…）”或“（A牵头，B、C配合）”这样的说明，或一张带“责任单位”列的任务表`;
  }
}

export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';
  constructor(
    readonly problem: PlanFileProblem,
    readonly file: string,
    readonly detail = '',
    noun: FileNoun = '方案文件',
  ) {
    super(wording(problem, file, detail, noun).replace(/[\r\n]+/g, ' '));
  }

  /** The same fault, said of a file meant as something else (a holiday notice read by the same readers). */
  about(noun: FileNoun): PlanFileError {
    return new PlanFileError(this.problem, this.file, this.detail, noun);
  }
}
