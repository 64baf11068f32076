import { z } from 'zod';
import { replySchema } from '../../reply/reply-schema';

// What the durable inbox holds for one acknowledged event: already decoded at the door (text read from
// `message.content`, the bot's own mention removed, the mention rule applied), so the worker needs nothing
// of the transport. Kept small: only the fields the worker needs are written to disk.

const mention = z.object({ key: z.string(), openId: z.string(), name: z.string() });

export const inboxItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    eventId: z.string(),
    messageId: z.string(),
    chatId: z.string(),
    /** A one-to-one chat with the bot (Lark `p2p`); absent in inboxes of earlier versions (taken as a group). */
    private: z.boolean().optional(),
    userId: z.string(),
    /** The text as typed; absent when the message type cannot be read (`unsupported` says which). */
    text: z.string().optional(),
    unsupported: z.string().optional(),
    /** Other people @-mentioned (the bot removed). */
    mentions: z.array(mention),
    /** When the message was sent (ms), else when it arrived. */
    at: z.number(),
    /**
     * A file or image sent as the message (its content names it), or a file in the message it replies to
     * (`messageId`); the core may fetch it.
     */
    attachment: z
      .object({
        kind: z.enum(['file', 'image']),
        key: z.string(),
        name: z.string(),
        messageId: z.string().optional(),
      })
      .optional(),
    /** The message this one replies to (`parent_id`): a file there may be what it asks about. */
    repliesTo: z.string().optional(),
    /** The first message of the thread (`root_id`), when it is not the message replied to. */
    rootId: z.string().optional(),
  }),
  z.object({ kind: z.literal('welcome'), eventId: z.string(), chatId: z.string() }),
  z.object({
    /** A click on a card button or form: the command it runs, as its clicker could have typed it. */
    kind: z.literal('click'),
    eventId: z.string(),
    chatId: z.string(),
    /** The clicker's open_id. */
    userId: z.string(),
    text: z.string(),
    /** The card's message (replied to when the card cannot be redrawn). */
    cardMessageId: z.string().optional(),
    /** Delayed-update token of the click (30 minutes, 2 uses). */
    token: z.string().optional(),
    /** The card lists several things: the click answers with a toast and leaves it as it is. */
    keep: z.boolean().optional(),
    /** The transaction id the click is done once under (src/bot/lark/click-once-key.ts); else its event id. */
    once: z.string().optional(),
    at: z.number(),
  }),
  z.object({
    kind: z.literal('push'),
    /** A chat's id, or a person's open_id (`receiveIdType`). */
    chatId: z.string(),
    receiveIdType: z.literal('open_id').optional(),
    reply: replySchema,
  }),
]);

export type InboxItem = z.infer<typeof inboxItemSchema>;

/**
 * A message as inboxes of earlier versions kept it: raw, before the door rules. One found pending at start
 * is admitted again by the door's rules (src/bot/admit-event.ts) before it is worked on.
 */
export const legacyMessageSchema = z.object({
  kind: z.literal('message'),
  eventId: z.string(),
  messageId: z.string(),
  chatId: z.string(),
  chatType: z.string(),
  messageType: z.string(),
  content: z.string(),
  userId: z.string(),
  senderType: z.string(),
  mentions: z.array(mention),
  createdMs: z.number().optional(),
});

export type LegacyMessage = z.infer<typeof legacyMessageSchema>;
