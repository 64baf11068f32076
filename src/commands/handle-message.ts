import type { Reply } from '../reply/reply';
import { note, paragraph } from '../reply/reply';
import { normalise } from '../text/normalise';
import type { CoreDeps, IncomingMessage } from './context';
import { isReply } from './define-command';
import { helpReply } from './help';
import { familyHelp, matchCommand } from './match-command';
import { commands } from './registry';
import { routeIntent } from './route-intent';

const LOOKS_LIKE_QUESTION = /[??吗呢]|哪|谁|什么|多少|怎么|如何|是否/;

/** The core's single entry point: one message in, one reply out. Transport-free; never throws. */
export async function handleMessage(message: IncomingMessage, deps: CoreDeps): Promise<Reply> {
  const text = normalise(message.text);
  try {
    if (!text) return helpReply(commands);
    const match = matchCommand(text, commands);
    if (match) {
      const args = match.command.parse(match.rest, message, deps);
      // A question that merely starts with a command word (`任务3.2谁牵头?`) is better answered as a question.
      if (!isReply(args)) return await match.command.run(args, message, deps);
      if (!match.rest || !LOOKS_LIKE_QUESTION.test(text)) return args;
    }
    const family = familyHelp(text, commands);
    if (family) return family;
    return routeIntent(text, deps, message);
  } catch (error) {
    deps.logger.error('command failed', {
      chat: message.chatId,
      message: message.messageId,
      error: error instanceof Error ? error.message : String(error),
    });
    return {
      title: '出错了',
      colour: 'red',
      blocks: [
        paragraph('出错了,这条消息没有处理成功,已记录下来。'),
        note('请稍后再试,或发送“帮助”查看用法。'),
      ],
    };
  }
}
