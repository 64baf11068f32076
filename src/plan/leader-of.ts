import type { TaskLeader } from './model';

// The leader a task's text names on a labelled line or clause (`牵头负责领导：王五`, `（责任领导：李四；…）`):
// a person, kept apart from the units. A 领导小组 or 领导干部 is no label.

const LABELLED =
  /(?:^|[\n（(【；;。，,\s])((?:牵头|责任|分管|联系|包抓|挂帅|主要)?(?:负责)?领导)\s*[:：]\s*([^\n；;。，,）)】|]{2,30})/;

export function leaderOf(text: string): TaskLeader | undefined {
  const m = LABELLED.exec(text);
  if (!m) return undefined;
  const name = (m[2] as string).trim();
  return name ? { label: m[1] as string, name } : undefined;
}
