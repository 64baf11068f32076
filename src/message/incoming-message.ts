// A chat message as every room sees it, whatever door it came through: the doors build it, the core reads it.

/**
 * A file or image a chat message carries (Lark `file` / `image`). `messageId`: the message that carries it,
 * when that is not the message being handled (a file in the message replied to).
 */
export interface Attachment {
  kind: 'file' | 'image';
  /** Lark's `file_key` / `image_key` (opaque). */
  key: string;
  /** The file's name as sent; empty for an image (Lark gives none). */
  name: string;
  messageId?: string;
}

/** A chat message as the core sees it, whatever door it came through (Lark webhook, CLI). */
export interface IncomingMessage {
  /** The text as typed; the core normalises it (full-width, placeholders, a leading `/`, spaces). */
  text: string;
  /** Sender's open_id (opaque). */
  userId: string;
  /** Sender's display name, when the door knows it (Lark's contact API); recorded like a mention's name. */
  userName?: string;
  /** Chat id (opaque). */
  chatId: string;
  /** The sender's one-to-one chat with the bot (Lark `p2p`; a terminal), where a reply is for them alone. */
  private?: boolean;
  /** Source message id (Lark `om_…`), recorded with every change it causes. */
  messageId?: string;
  /** Other people @-mentioned in the message (the bot itself already removed), by placeholder key. */
  mentions?: { key: string; openId: string; name: string }[];
  /** The instant the message arrived. */
  at: Date;
  /** A file or image sent as the message; fetch its bytes with `HandleOptions.fetchAttachment`. */
  attachment?: Attachment;
  /** The message this one replies to (Lark `parent_id`) and the first message of its thread (`root_id`). */
  repliesTo?: { messageId: string; rootId?: string };
}

/** A sent file's bytes (`HandleOptions.fetchAttachment`), or why they could not be had. */
export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean; reason: string };

/** Another message of the chat, as the door can show it: its words (any type, flattened) and its file. */
export interface LookedUpMessage {
  /** Every string the message's content holds (a card's texts included), joined by new lines. */
  text: string;
  attachment?: Attachment;
}

/**
 * What the door lends the core to reach chat files beyond the message itself (absent in local mode):
 * another message (the one replied to), and the bytes of any file or image a message carries.
 */
export interface ChatFiles {
  lookUp(messageId: string): Promise<LookedUpMessage | undefined>;
  fetch(attachment: Attachment & { messageId: string }): Promise<Fetched>;
}
