import { z } from 'zod';

// `message.content` is a JSON string inside the event: text and post are read, anything else is not.
// The bot's own @-placeholder (and @_all) is stripped; other people's placeholders stay for the core.

const textContent = z.object({ text: z.string() });

const postNode = z.looseObject({
  tag: z.string(),
  text: z.string().optional(),
  user_id: z.string().optional(),
});
const postBody = z.object({ title: z.string().nullish(), content: z.array(z.array(postNode)) });
// Received posts have no locale wrapper; tolerate one anyway (as sent posts have).
const postContent = z.union([postBody, z.record(z.string(), postBody).transform((m) => Object.values(m)[0])]);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function postText(content: string): string | undefined {
  const parsed = postContent.safeParse(parseJson(content));
  if (!parsed.success || !parsed.data) return undefined;
  const lines = parsed.data.content.map((paragraph) =>
    paragraph
      .map((node) => {
        if (node.tag === 'at') return node.user_id ? ` ${node.user_id} ` : '';
        return typeof node.text === 'string' ? node.text : '';
      })
      .join(''),
  );
  const title = parsed.data.title?.trim();
  return [...(title ? [title] : []), ...lines].join('\n');
}

/** The text of a text or post message, or undefined for any other type (or unreadable content). */
export function readMessage(messageType: string, content: string, stripKeys: string[]): string | undefined {
  let text: string | undefined;
  if (messageType === 'text') {
    const parsed = textContent.safeParse(parseJson(content));
    text = parsed.success ? parsed.data.text : undefined;
  } else if (messageType === 'post') {
    text = postText(content);
  }
  if (text === undefined) return undefined;
  for (const key of stripKeys) {
    // `@_user_1` must not eat the start of `@_user_10`.
    text = text.replace(new RegExp(`${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'g'), ' ');
  }
  return text.replace(/@_all\b/g, ' ').trim();
}
