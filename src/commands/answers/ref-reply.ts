import type { IncomingMessage } from '../../message/incoming-message';
import type { Reply } from '../../reply/reply';
import type { Ask } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { planRefReply } from './task-card';
import { taskLeaderReply } from './task-leader-reply';
import { taskProgressReply } from './task-progress-reply';
import { taskTimeReply } from './task-time-reply';

/** A task, heading or measure by its number, answered as asked: when it is due, its leader, how it is going, else its card. */
export function refReply(ask: Extract<Ask, { kind: 'ref' }>, msg: IncomingMessage, deps: CoreDeps): Reply {
  if ('task' in ask.ref) {
    if (ask.wants === 'time') return taskTimeReply(ask.ref.task, deps);
    if (ask.wants === 'leader') return taskLeaderReply(ask.ref.task, deps);
    if (ask.wants === 'progress') return taskProgressReply(ask.ref.task, deps);
  }
  return planRefReply(ask.ref, msg, deps);
}
