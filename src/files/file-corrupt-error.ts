/** A data file that cannot be trusted: start-up stops, naming the file and what is wrong; the file is left as it is. */
export class FileCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`数据文件损坏,已停止启动(未改动该文件): ${file}: ${detail}`);
    this.name = 'FileCorruptError';
  }
}
