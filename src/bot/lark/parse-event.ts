import { z } from 'zod';
import { clickOnceKey } from './click-once-key';

// The decrypted envelope → the event it carries, checked (or nothing, for events we only acknowledge).
// Messages are deduplicated by message_id (Lark may re-send one under a new event_id), others (card clicks
// included) by event_id; a click pressed twice is done once by the store (src/bot/lark/click-once-key.ts).

export type LarkEvent =
  | {
      kind: 'message';
      eventId: string;
      messageId: string;
      chatId: string;
      chatType: string;
      messageType: string;
      /** `message.content`: a JSON string inside the event. */
      content: string;
      userId: string;
      senderType: string;
      mentions: { key: string; openId: string; name: string }[];
      /** The message this one replies to (`parent_id`). */
      parentId?: string;
      /** The first message of the thread this one is in (`root_id`), when it is a reply. */
      rootId?: string;
      createdMs?: number;
    }
  | { kind: 'bot-added'; eventId: string; chatId: string }
  | {
      /** A button or form submit on one of the bot's cards (card.action.trigger, schema 2.0). */
      kind: 'click';
      eventId: string;
      /** Whoever clicked (`operator.open_id`): the sender of the command the click runs. */
      userId: string;
      chatId: string;
      /** The card's message (`context.open_message_id`). */
      messageId?: string;
      /** The delayed-update token (30 minutes, at most 2 uses). */
      token?: string;
      /** `action.value`: the button's value object, not yet trusted. */
      value: unknown;
      /** `action.form_value`: a form's values by component name. */
      formValue: Record<string, unknown>;
      /** What the click is done once under, when its button says which drawing of the card it is on. */
      once?: string;
      createdMs?: number;
    };

const headerSchema = z.object({
  event_id: z.string().min(1),
  event_type: z.string().min(1),
  create_time: z.string().optional(),
});

const v2Schema = z.object({
  schema: z.literal('2.0'),
  header: headerSchema,
  event: z.record(z.string(), z.unknown()),
});
const v1Schema = z.object({
  uuid: z.string().min(1),
  type: z.literal('event_callback'),
  event: z.object({ type: z.string() }),
});

const mentionSchema = z.object({
  key: z.string(),
  id: z.object({ open_id: z.string().optional() }).optional(),
  name: z.string().optional(),
});

const messageEventSchema = z.object({
  sender: z.object({
    sender_id: z.object({ open_id: z.string().optional() }).optional(),
    sender_type: z.string().optional(),
  }),
  message: z.object({
    message_id: z.string().min(1),
    chat_id: z.string().min(1),
    chat_type: z.string(),
    message_type: z.string(),
    content: z.string(),
    create_time: z.string().optional(),
    mentions: z.array(mentionSchema).nullish(),
    parent_id: z.string().nullish(),
    root_id: z.string().nullish(),
  }),
});

const botAddedSchema = z.object({ chat_id: z.string().min(1) });

const cardActionSchema = z.object({
  operator: z.object({ open_id: z.string().min(1) }),
  token: z.string().optional(),
  action: z.object({
    value: z.unknown().optional(),
    form_value: z.record(z.string(), z.unknown()).nullish(),
  }),
  context: z
    .object({ open_message_id: z.string().optional(), open_chat_id: z.string().optional() })
    .optional(),
  // Some deliveries put the ids beside `action` instead of under `context`.
  open_message_id: z.string().optional(),
  open_chat_id: z.string().optional(),
});

/** Lark's times are milliseconds in most events, microseconds in card callbacks: read by magnitude. */
function toMs(value: string | undefined): number | undefined {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (n > 1e14) return Math.floor(n / 1000);
  return n < 1e11 ? n * 1000 : n;
}

export type ParsedEvent =
  | { ok: true; key: string; eventId: string; eventType: string; event?: LarkEvent }
  | { ok: false; reason: string };

export function parseEvent(body: unknown): ParsedEvent {
  const v2 = v2Schema.safeParse(body);
  if (!v2.success) {
    const v1 = v1Schema.safeParse(body);
    if (v1.success)
      return { ok: true, key: `e:${v1.data.uuid}`, eventId: v1.data.uuid, eventType: v1.data.event.type };
    return { ok: false, reason: 'not a Lark event envelope' };
  }
  const { header, event } = v2.data;
  const base = { eventId: header.event_id, eventType: header.event_type };
  if (header.event_type === 'im.message.receive_v1') {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return { ok: false, reason: 'malformed im.message.receive_v1' };
    const { sender, message } = parsed.data;
    const createMs = toMs(message.create_time ?? header.create_time);
    return {
      ok: true,
      key: `m:${message.message_id}`,
      ...base,
      event: {
        kind: 'message',
        eventId: header.event_id,
        messageId: message.message_id,
        chatId: message.chat_id,
        chatType: message.chat_type,
        messageType: message.message_type,
        content: message.content,
        userId: sender.sender_id?.open_id ?? '',
        senderType: sender.sender_type ?? 'user',
        mentions: (message.mentions ?? []).map((m) => ({
          key: m.key,
          openId: m.id?.open_id ?? '',
          name: m.name ?? '',
        })),
        ...(message.parent_id ? { parentId: message.parent_id } : {}),
        ...(message.root_id ? { rootId: message.root_id } : {}),
        ...(createMs ? { createdMs: createMs } : {}),
      },
    };
  }
  if (header.event_type === 'card.action.trigger') {
    const parsed = cardActionSchema.safeParse(event);
    if (!parsed.success) return { ok: false, reason: 'malformed card.action.trigger' };
    const { operator, token, action, context } = parsed.data;
    const messageId = context?.open_message_id ?? parsed.data.open_message_id;
    const createdMs = toMs(header.create_time);
    // A card in a private chat without ids still has one chat: the clicker's with the bot.
    const chatId = context?.open_chat_id ?? parsed.data.open_chat_id ?? `p2p:${operator.open_id}`;
    const once = clickOnceKey({
      operator: operator.open_id,
      card: messageId ?? chatId,
      value: action.value,
      formValue: action.form_value ?? {},
    });
    return {
      ok: true,
      key: `c:${header.event_id}`,
      ...base,
      event: {
        kind: 'click',
        eventId: header.event_id,
        userId: operator.open_id,
        chatId,
        ...(once ? { once } : {}),
        ...(messageId ? { messageId } : {}),
        ...(token ? { token } : {}),
        value: action.value,
        formValue: action.form_value ?? {},
        ...(createdMs ? { createdMs } : {}),
      },
    };
  }
  if (header.event_type === 'im.chat.member.bot.added_v1') {
    const parsed = botAddedSchema.safeParse(event);
    if (!parsed.success) return { ok: false, reason: 'malformed im.chat.member.bot.added_v1' };
    return {
      ok: true,
      key: `e:${header.event_id}`,
      ...base,
      event: { kind: 'bot-added', eventId: header.event_id, chatId: parsed.data.chat_id },
    };
  }
  return { ok: true, key: `e:${header.event_id}`, ...base };
}
