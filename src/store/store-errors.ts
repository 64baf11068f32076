// Named store errors. Corruption stops the start with a message saying which file and what is wrong;
// a refused operation carries a code the commands turn into Chinese wording.

export class StoreCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`数据文件损坏,已停止启动(未改动该文件): ${file}: ${detail}`);
    this.name = 'StoreCorruptError';
  }
}

export type StoreErrorCode = 'item-not-found' | 'item-closed' | 'item-not-pending' | 'update-not-found';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
