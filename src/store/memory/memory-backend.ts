import type { LazyConcern, Persistence } from '../model-store';
import type { JournalEvent } from '../schemas';
import { StateModel } from '../state-model';

// A backend that keeps its records in memory: the shape any backend takes (commit, outcomes, rollback by
// replay), used to run the store contract suite against a second implementation.

export class MemoryBackend implements Persistence {
  readonly kind = 'memory' as const;
  readonly records: JournalEvent[] = [];
  #model = new StateModel();

  model(): StateModel {
    return this.#model;
  }
  loaded(_concern: LazyConcern): boolean {
    return true;
  }
  load(_concern: LazyConcern): void {}
  get lastSeq(): number {
    return this.records.length;
  }
  async begin(): Promise<void> {}
  async end(): Promise<void> {}
  async commit(records: readonly JournalEvent[]): Promise<void> {
    this.commitNow(records);
  }
  commitNow(records: readonly JournalEvent[]): void {
    this.records.push(...records);
  }
  async refresh(): Promise<void> {}
  async reachable(): Promise<boolean> {
    return true;
  }
  async committedOutcome(messageId: string): Promise<Record<string, unknown> | undefined> {
    for (let i = this.records.length - 1; i >= 0; i -= 1) {
      const r = this.records[i]!;
      if (r.type === 'outcome' && r.msg === messageId) return r.data.reply;
    }
    return undefined;
  }
  reload(): void {
    const model = new StateModel();
    model.legacyPlan = this.#model.legacyPlan;
    for (const record of this.records) model.apply(record);
    this.#model = model;
  }
  import(records: readonly JournalEvent[]): void {
    for (const record of records) this.#model.apply(record);
    this.records.push(...records);
  }
  writeProblem(): string | undefined {
    return undefined;
  }
  close(): void {}
}
