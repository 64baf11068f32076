// A reply is data, rendered once per medium (plain text for the CLI; text/post/card for Lark).
// Strings inside a Reply are literal text: renderers escape them for their medium, so user text
// placed in a reply can never turn into an @-mention, a link or markup.

export type Colour = 'blue' | 'green' | 'yellow' | 'red' | 'grey' | 'orange';

/**
 * Inline content: literal text, emphasised text (a search match, a key figure), an @-mention, or a link the bot
 * made itself (an address of its own, such as a sign-in link; never one a user typed).
 */
export type Inline =
  | string
  | { strong: string }
  | { mention: string; name?: string }
  | { link: string; text: string };

/** One line of inline content. A bare string is a line of literal text. */
export type Line = string | Inline[];

/** One thing to ask before an action runs (a form field); its `name` is its `{name}` in the command. */
export interface ActionField {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'select';
  options?: { value: string; label: string }[];
  placeholder?: string;
  optional?: boolean;
}

/**
 * Something the reader may do next: run a command — the same text they could type — after filling in the
 * fields, when there are any. Cards show it as a button (with a form); plain text shows the command.
 */
export interface Action {
  label: string;
  style?: 'primary' | 'danger' | 'default';
  /** The command it runs, with `{name}` where a field's value goes: `整改 销号 ZG-2026-001 {说明}`. */
  command: string;
  fields?: ActionField[];
  /**
   * A click leaves its card as it is (a toast only): the card lists more than this one thing (a reminder),
   * and must not be replaced by the answer about one of them.
   */
  keep?: boolean;
}

export type Block =
  | { type: 'paragraph'; content: Line }
  | { type: 'heading'; content: Line }
  | { type: 'list'; items: Line[]; ordered?: boolean }
  | { type: 'fields'; fields: { label: string; value: Line }[] }
  | { type: 'note'; content: Line }
  | { type: 'divider' }
  /** A chart (Lark card `chart` element, VChart spec); media without charts show `fallback`. */
  | { type: 'chart'; title: string; spec: Record<string, unknown>; fallback: Line[] }
  /** What the reader may do next (only what their role allows). */
  | { type: 'actions'; actions: Action[] }
  /** Files the reply hands over (kept in the store's blobs): Lark sends each as a file or image message. */
  | { type: 'files'; files: SentBack[] };

/** A kept file a reply sends back: its blob's hash, its name, type and size. */
export interface SentBack {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export interface Reply {
  title?: string;
  colour?: Colour;
  blocks: Block[];
}

/** A reply addressed to a chat, as produced by jobs (reminders, digest) — or to one person. */
export interface AddressedReply {
  /** The chat's id, or the person's open_id when `receiveIdType` says so. */
  chatId: string;
  /** `open_id`: the message goes to that person's private chat with the bot (Lark's receive_id_type). */
  receiveIdType?: 'open_id';
  reply: Reply;
  /** Stable idempotency key: the same logical message always gets the same key. */
  key: string;
}

export const paragraph = (content: Line): Block => ({ type: 'paragraph', content });
export const heading = (content: Line): Block => ({ type: 'heading', content });
export const list = (items: Line[], ordered = false): Block => ({ type: 'list', items, ordered });
export const note = (content: Line): Block => ({ type: 'note', content });
export const divider: Block = { type: 'divider' };

/** A one-paragraph reply. */
export function textReply(text: string, colour?: Colour): Reply {
  return { blocks: [paragraph(text)], ...(colour ? { colour } : {}) };
}
