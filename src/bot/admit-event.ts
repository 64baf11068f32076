import type { BotIdentity } from './bot-identity';
import type { LarkEvent } from './lark/parse-event';
import { readAttachment } from './lark/read-attachment';
import { readClick } from './lark/read-click';
import { readMessage } from './lark/read-message';
import type { InboxItem } from './worker/inbox-item';

// The door rules every transport applies before an event reaches the inbox: only people are answered; in a
// group, only when they @-mention the bot; `message.content` is decoded and the bot's own mention removed;
// a card click becomes the command text it runs (a click is addressed to the bot by its nature).

export type Admission =
  | { kind: 'work'; item: InboxItem }
  /** Acknowledged and remembered (for dedupe), but not answered. */
  | { kind: 'ignore'; reason: string }
  /** The bot does not know its own open_id yet, so the mention rule cannot be applied: not acknowledged. */
  | { kind: 'retry-later'; reason: string }
  /** A click whose button is not one of ours (or whose form makes no command): refused, nothing recorded. */
  | { kind: 'invalid'; reason: string };

/** How long a group message may wait for the bot's identity before Lark is asked to deliver it again. */
const IDENTITY_WAIT_MS = 2000;

export async function admitEvent(
  event: LarkEvent,
  identity: BotIdentity | undefined,
  receivedMs: number,
): Promise<Admission> {
  if (event.kind === 'bot-added')
    return { kind: 'work', item: { kind: 'welcome', eventId: event.eventId, chatId: event.chatId } };
  if (event.kind === 'click') {
    const click = readClick(event.value, event.formValue);
    if (!click.ok) return { kind: 'invalid', reason: click.reason };
    return {
      kind: 'work',
      item: {
        kind: 'click',
        eventId: event.eventId,
        chatId: event.chatId,
        userId: event.userId,
        text: click.text,
        ...(event.messageId ? { cardMessageId: event.messageId } : {}),
        ...(event.token ? { token: event.token } : {}),
        ...(click.keep ? { keep: true } : {}),
        ...(event.once ? { once: event.once } : {}),
        at: event.createdMs ?? receivedMs,
      },
    };
  }
  if (event.senderType !== 'user') return { kind: 'ignore', reason: 'not from a user' };
  // Without Lark credentials (local mode) there is no identity: every message counts as addressed.
  // The bot's own open_id tells whether a group message is meant for it and which @ to drop; a private
  // message that mentions no one needs neither, so it is not held up while the identity is unknown.
  const needsIdentity = event.chatType !== 'p2p' || event.mentions.length > 0;
  const botId =
    identity && needsIdentity
      ? (identity.known() ?? (await identity.wait(IDENTITY_WAIT_MS)))
      : identity?.known();
  if (identity && needsIdentity && botId === undefined)
    return { kind: 'retry-later', reason: 'bot identity unknown' };
  if (event.chatType !== 'p2p' && botId !== undefined && !event.mentions.some((m) => m.openId === botId))
    return { kind: 'ignore', reason: 'not mentioned' };
  const botKeys = event.mentions.filter((m) => m.openId === botId).map((m) => m.key);
  const text = readMessage(event.messageType, event.content, botKeys);
  const attachment = readAttachment(event.messageType, event.content);
  return {
    kind: 'work',
    item: {
      kind: 'message',
      eventId: event.eventId,
      messageId: event.messageId,
      chatId: event.chatId,
      ...(event.chatType === 'p2p' ? { private: true } : {}),
      userId: event.userId,
      ...(text === undefined ? { unsupported: event.messageType } : { text }),
      mentions: event.mentions.filter((m) => m.openId !== botId),
      at: event.createdMs ?? receivedMs,
      ...(attachment ? { attachment } : {}),
      ...(event.parentId ? { repliesTo: event.parentId } : {}),
      ...(event.parentId && event.rootId && event.rootId !== event.parentId ? { rootId: event.rootId } : {}),
    },
  };
}
