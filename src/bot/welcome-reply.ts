import type { Reply } from '../reply/reply';
import { list, note, paragraph } from '../reply/reply';

/** The card posted when the bot joins a group: what it is and the main commands (usage lines). */
export function welcomeReply(usages: string[]): Reply {
  // A short card: the first few commands (the registry lists the main ones first), then 帮助 for the rest.
  const lines = usages.length > 0 ? usages.slice(0, 6) : ['帮助 —— 查看全部命令'];
  return {
    title: '审计助手已加入本群',
    colour: 'blue',
    blocks: [
      paragraph('我可以回答绍兴市审计局共同富裕实施方案(2021—2025)的任务、目标、指标和分工。'),
      paragraph('在群里 @我 并输入命令,例如:'),
      list(lines),
      note('私聊我时不必 @。发送「帮助」查看全部命令和示例。'),
    ],
  };
}
