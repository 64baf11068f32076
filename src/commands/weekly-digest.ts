import { digestReply } from '../jobs/digest';
import type { JobDeps } from '../jobs/job-deps';
import { createWorkingCalendar, type WorkingCalendar } from '../jobs/working-calendar';
import type { CoreDeps } from './context';
import { defineCommand } from './define-command';
import { textReply } from './reply';

// `周报`: the weekly digest on demand, the same Reply the scheduler sends to the secretariat, covering
// the 7 days before the message. It reads the store from CoreDeps, and the working-day calendar and
// TZ_NAME (deps.timeZone); the calendar when the core carries one, else chinese-days.

type DigestCoreDeps = CoreDeps & Partial<Pick<JobDeps, 'calendar'>>;

let defaultCalendar: WorkingCalendar | undefined;

export const weeklyDigestCommand = defineCommand<null>({
  name: '周报',
  aliases: ['周报', '每周简报', 'digest', 'weekly'],
  usage: '周报 — 过去 7 天的进展和整改台账汇总(每周第一个工作日自动发给秘书处)',
  examples: ['周报'],
  parse: (rest) =>
    rest.trim() === '' ? null : textReply('发送“周报”即可查看过去 7 天的汇总,不需要其他参数。'),
  run: (_args, msg, deps) => {
    const { calendar } = deps as DigestCoreDeps;
    defaultCalendar ??= createWorkingCalendar();
    return digestReply(msg.at, {
      store: deps.store,
      knowledge: deps.knowledge,
      calendar: calendar ?? defaultCalendar,
      timeZone: deps.timeZone,
    });
  },
});
