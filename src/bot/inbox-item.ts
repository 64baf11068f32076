import { z } from 'zod';
import type { Reply } from '../reply/reply';

// A unit of work in the durable inbox: an incoming message, a welcome, or a pushed reply (jobs).
// Kept small: only the fields the worker needs are written to disk.

const mention = z.object({ key: z.string(), openId: z.string(), name: z.string() });

export const jobSchema = z.discriminatedUnion('kind', [
  z.object({
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
  }),
  z.object({ kind: z.literal('welcome'), eventId: z.string(), chatId: z.string() }),
  // The Reply is data produced by our own code; it is checked for shape only.
  z.object({
    kind: z.literal('push'),
    chatId: z.string(),
    reply: z.custom<Reply>((v) => typeof v === 'object' && v !== null),
  }),
]);

export type Job = z.infer<typeof jobSchema>;
