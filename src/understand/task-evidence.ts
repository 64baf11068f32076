import type { Task } from '../plan/model';
import type { EvidenceHit } from '../search/evidence';
import type { SubjectEvidence } from './reading';

/**
 * A task named by its number (`第3项是科技局牵头吗`) or by the chat's topic (`审计局在里面吗` after its card), as
 * the evidence a subject asked in words would give: that task alone, its title as the words found.
 */
export function taskEvidence(task: Task, said: string): SubjectEvidence {
  const hit: EvidenceHit = {
    kind: 'task',
    ref: task.id,
    clause: task.clause,
    title: task.title,
    score: 0,
    terms: [],
    covered: 0,
    missing: 0,
    sentence: task.title,
    snippet: [(task.note ? task.text.replace(task.note, '') : task.text).trim() || task.title],
  };
  return {
    subject: said,
    said,
    evidence: { subject: said, hits: [hit], near: [], unknown: [], unknownChars: 0, common: [] },
    reading: { kind: 'task', task, hit, tasks: [{ task, hit }], also: [], unused: [], elsewhere: [] },
    corrections: [],
    byRef: true,
  };
}
