import type { TaskPulse } from '../data/task-pulse';

/** How long a task has gone without a report: red once silent (14 days or more), green otherwise. */
export function SilenceBadge(props: { pulse: TaskPulse }) {
  const t = props.pulse;
  if (t.silent) {
    const text =
      t.sinceDays !== undefined
        ? `沉寂 ${t.sinceDays} 天`
        : t.silentSince
          ? `自 ${t.silentSince} 起未报送`
          : '从未报送';
    return <span class="badge red">{text}</span>;
  }
  const text =
    t.sinceDays === undefined
      ? '方案启用不满 14 天'
      : t.sinceDays === 0
        ? '今天报送'
        : `${t.sinceDays} 天前报送`;
  return <span class="badge green">{text}</span>;
}
