/**
 * A data file that cannot be trusted and cannot be rebuilt (the journal, the inbox): start-up stops, naming
 * the file, what is wrong and what to do; the file is left as it is.
 */
export class FileCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(
      `数据文件损坏,已停止启动(未改动该文件): ${file}: ${detail}。请先用 npm run --silent cli -- verify 查看,从备份恢复该文件(或改正该行)后再启动`,
    );
    this.name = 'FileCorruptError';
  }
}
