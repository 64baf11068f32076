import type { PlanKnowledge } from '../plan/knowledge';
import type { Task } from '../plan/model';
import { askableId } from './askable-id';
import { buildLexicon } from './build-lexicon';
import type { Lexicon } from './lexicon';

// The number every surface names a task by — the digest, the reminders, the dashboard, the export, `cli
// parse` — as chat replies do (askableId): one that reads back to the task when a user sends it. The plan's
// lexicon is the loaded plan's when the caller has it, else built once for that plan's knowledge.

const built = new WeakMap<PlanKnowledge, Lexicon>();

export function taskNumber(task: Task, knowledge: PlanKnowledge, lexicon?: Lexicon): string {
  let words = lexicon ?? built.get(knowledge);
  if (!words) {
    words = buildLexicon(knowledge.plan);
    built.set(knowledge, words);
  }
  return askableId(task, words, knowledge);
}
