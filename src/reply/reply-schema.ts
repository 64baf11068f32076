import { z } from 'zod';
import type { Reply } from './reply';

// A Reply read back from disk (the outcome stored with a transaction, a pushed reply in the inbox).

const inline = z.union([
  z.string(),
  z.object({ strong: z.string() }),
  z.object({ mention: z.string(), name: z.string().optional() }),
  z.object({ link: z.string(), text: z.string() }),
]);
const line = z.union([z.string(), z.array(inline)]);
const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: line }),
  z.object({ type: z.literal('heading'), content: line }),
  z.object({ type: z.literal('list'), items: z.array(line), ordered: z.boolean().optional() }),
  z.object({ type: z.literal('fields'), fields: z.array(z.object({ label: z.string(), value: line })) }),
  z.object({ type: z.literal('note'), content: line }),
  z.object({ type: z.literal('divider') }),
  z.object({
    type: z.literal('actions'),
    actions: z.array(
      z.object({
        label: z.string(),
        style: z.enum(['primary', 'danger', 'default']).optional(),
        command: z.string(),
        fields: z
          .array(
            z.object({
              name: z.string(),
              label: z.string(),
              kind: z.enum(['text', 'date', 'select']),
              options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
              placeholder: z.string().optional(),
              optional: z.boolean().optional(),
            }),
          )
          .optional(),
        keep: z.boolean().optional(),
      }),
    ),
  }),
  z.object({
    type: z.literal('files'),
    files: z.array(
      z.object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        name: z.string(),
        mime: z.string(),
        size: z.number().int().nonnegative(),
      }),
    ),
  }),
  z.object({
    type: z.literal('chart'),
    title: z.string(),
    spec: z.record(z.string(), z.unknown()),
    fallback: z.array(line),
  }),
]);

export const replySchema: z.ZodType<Reply> = z.object({
  title: z.string().optional(),
  colour: z.enum(['blue', 'green', 'yellow', 'red', 'grey', 'orange']).optional(),
  blocks: z.array(block),
}) as z.ZodType<Reply>;
