import { textReply } from '../../reply/reply';
import { digestReply } from '../../reports/digest';
import { onDemandPeriod } from '../../reports/digest-period';
import { defineCommand } from '../define-command';

// `周报`: the digest on demand — the same Reply the scheduler sends to the secretariat, over what the next
// digest will cover: from the day after the last digest that went out (recorded in the store) to now.

export const weeklyDigestCommand = defineCommand<null>({
  name: '周报',
  aliases: ['周报', '每周简报', 'digest', 'weekly'],
  usage: '周报 — 上期周报之后至今的进展和整改台账汇总(每周第一个工作日自动发给秘书处)',
  examples: ['周报'],
  parse: (rest) =>
    rest.trim() === '' ? null : textReply('发送“周报”即可查看上期周报之后至今的汇总,不需要其他参数。'),
  run: (_args, msg, deps) =>
    digestReply(onDemandPeriod(msg.at, deps.store.lastDigest(), deps.timeZone), msg.at, deps),
});
