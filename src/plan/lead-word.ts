import type { Task } from './model';

/**
 * The plan's word for the units a task's note puts first: `牵头`, or `责任单位` where the note lists several
 * units — as 责任单位:, bare `(A,B)` or `A、B按职责分工负责` — and does not say which leads (no （牵头） mark, no 牵头
 * column, no 列第一位的为牵头单位 — each of those leaves one lead or marks it). Replies then quote the plan's word
 * and name no lead.
 */
export function leadWord(task: Pick<Task, 'lead' | 'note'>): '牵头' | '责任单位' {
  return task.lead.length > 1 && !/牵头|主责|主办/.test(task.note) ? '责任单位' : '牵头';
}
