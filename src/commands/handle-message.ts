import type { CoreDeps, IncomingMessage } from './context';
import { normalise } from './normalise';
import type { Reply } from './reply';
import { textReply } from './reply';

/** The core's single entry point: one message in, one reply out. Transport-free. */
export async function handleMessage(message: IncomingMessage, deps: CoreDeps): Promise<Reply> {
  const text = normalise(message.text);
  deps.logger.info('message', { chat: message.chatId, chars: text.length });
  return textReply(`收到:${text}`);
}
