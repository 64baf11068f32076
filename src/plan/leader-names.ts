import type { Task } from './model';

/** The people a task's leader cell names (`张三、李四` is two), as written; none when it names none. */
export function leaderNames(task: Task): string[] {
  return (task.leader?.name ?? '')
    .split(/[、,，;；/\s]+/)
    .map((n) => n.trim())
    .filter((n) => n.length >= 2);
}
