// A chat message as every room sees it, whatever door it came through: the doors build it, the core reads it.

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
  /** A file sent as the message (Lark `file`); fetch its bytes with `HandleOptions.fetchAttachment`. */
  attachment?: { kind: 'file'; key: string; name: string };
}

/** A sent file's bytes (`HandleOptions.fetchAttachment`), or why they could not be had. */
export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean; reason: string };
