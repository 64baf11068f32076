import type { VerifyResult } from '../file/verify-file-store';
import { StateModel } from '../state-model';
import type { Store } from '../store';
import { memoryBackendOf } from './open-memory-store';

// `verify` on the memory backend: its records, seqs continuous from 1, replayed by the state model's rules
// give the state it answers from (what a refused change left is then visible as a difference).

export function verifyMemoryStore(store: Store): VerifyResult {
  const backend = memoryBackendOf(store);
  if (!backend) throw new Error('verifyMemoryStore: not a memory store');
  const replayed = new StateModel();
  replayed.legacyPlan = backend.model().legacyPlan;
  const fail = (records: number, firstBad: string): VerifyResult => ({
    ok: false,
    records,
    firstBad,
    notes: [],
  });
  for (const [i, record] of backend.records.entries()) {
    if (record.seq !== i + 1) return fail(i, `第 ${i + 1} 条记录的序号是 ${record.seq}`);
    try {
      replayed.apply(record);
    } catch (error) {
      return fail(i, `第 ${record.seq} 条: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const n = backend.records.length;
  if (stateText(replayed) !== stateText(backend.model())) return fail(n, '重放日志得到的状态与当前状态不符');
  return { ok: true, records: n, notes: [] };
}

function stateText(model: StateModel): string {
  const { roster, targets, settings, people, reports, access } = model;
  const items = [...model.items.values()];
  return JSON.stringify({
    roster,
    targets,
    settings,
    people,
    reports,
    access,
    items,
    progress: model.progress,
  });
}
