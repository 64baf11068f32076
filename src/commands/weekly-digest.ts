import { textReply } from '../reply/reply';
import { digestReply } from '../reports/digest';
import { defineCommand } from './define-command';

// `周报`: the weekly digest on demand, the same Reply the scheduler sends to the secretariat, covering
// the 7 days before the message, from the store, the plan and TZ_NAME in CoreDeps.

export const weeklyDigestCommand = defineCommand<null>({
  name: '周报',
  aliases: ['周报', '每周简报', 'digest', 'weekly'],
  usage: '周报 — 过去 7 天的进展和整改台账汇总(每周第一个工作日自动发给秘书处)',
  examples: ['周报'],
  parse: (rest) =>
    rest.trim() === '' ? null : textReply('发送“周报”即可查看过去 7 天的汇总,不需要其他参数。'),
  run: (_args, msg, deps) => digestReply(msg.at, deps),
});
