/**
 * A model that replays a journal refuses a record that cannot follow the ones before it (`verify` names the
 * record; a start stops there).
 */
export class ReplayError extends Error {
  constructor(
    readonly seq: number,
    readonly type: string,
    reason: string,
  ) {
    super(`record ${seq} (${type}) cannot follow the records before it: ${reason}`);
    this.name = 'ReplayError';
  }
}
