import type { Task } from '../plan/model';
import { toHalfWidth } from '../text/normalise';
import { CLAUSE_VERB } from './grammar';

/** A clause's own numbering (`1.`, `（三）`, `二、`, `第4条`) before its words. */
const NUMBERING =
  /^\s*(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百\d]+[条项]|\d+(?:\.\d+)*(?:[.、．]|\s+)(?!\d))\s*/;
/** Where a clause ends. */
const CLAUSE_END = /[，,。；;：:！!？?\n]/;

/** What a clause is about: its words before the verb it turns on, or all of it when it has none. */
export function clauseSubject(clause: string): string {
  const words = toHalfWidth(clause).toLowerCase().replace(NUMBERING, '').split(CLAUSE_END)[0]!.trim();
  const verb = CLAUSE_VERB.exec(words);
  return verb ? words.slice(0, verb.index) : words;
}

const cache = new WeakMap<Task, string[]>();

/**
 * What a task is about, as its heading and its first clause say it (`地区生产总值` of `1.地区生产总值增长5%以上`):
 * the thing the task is, never a word its clause says of it (`地区生产总值` of `研发投入占地区生产总值比重`). A table
 * row's first line counts by its cells that open with the row's numbering; a clause that opens with its verb
 * (`实现高新技术产业产值占…`) names no subject.
 */
export function subjectSpans(task: Task): string[] {
  const known = cache.get(task);
  if (known) return known;
  const firstLine = task.text.split('\n')[0] ?? '';
  const cells = firstLine.includes('|') ? firstLine.split('|') : [firstLine];
  const clauses = [task.title, ...cells.filter((c) => NUMBERING.test(c) && /\p{Script=Han}/u.test(c))];
  const spans = [...new Set(clauses.map(clauseSubject).filter((s) => s.length >= 2))];
  cache.set(task, spans);
  return spans;
}
