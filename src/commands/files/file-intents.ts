// What a person said their next file is for, in one chat, for a short while: `整改 附件 <编号> [说明]`, or a
// 销号 (whose file may follow it, and must when evidence is required). Kept in this process's memory: the
// file is expected within minutes; after a restart the person is asked again what it is for.

/** How long a file may follow the command that announced it. */
export const FILE_INTENT_SPAN_MS = 10 * 60_000;
/** Senders remembered at most (the oldest are forgotten first). */
const MAX_SENDERS = 5000;

export type FileIntent = {
  kind: 'evidence';
  itemId: string;
  /** What was said with the file (`整改 附件 <编号> <说明>`). */
  text?: string;
  /** A member's 销号 waiting for its file (佐证必需): recorded with the file, not before. */
  close?: { text: string; amount?: number };
};

export interface FileIntents {
  recall(chatId: string, userId: string, at: Date): FileIntent | undefined;
  remember(chatId: string, userId: string, intent: FileIntent, at: Date): void;
  forget(chatId: string, userId: string): void;
}

/** Intents kept in this process for `span` (times come from the messages). */
export function memoryFileIntents(span = FILE_INTENT_SPAN_MS): FileIntents {
  const kept = new Map<string, { intent: FileIntent; at: number }>();
  const key = (chatId: string, userId: string) => `${chatId}\u0000${userId}`;
  return {
    recall(chatId, userId, at) {
      const found = kept.get(key(chatId, userId));
      if (!found) return undefined;
      const age = at.getTime() - found.at;
      if (age > span || age < 0) return undefined;
      return found.intent;
    },
    remember(chatId, userId, intent, at) {
      const k = key(chatId, userId);
      kept.delete(k);
      if (kept.size >= MAX_SENDERS) kept.delete(kept.keys().next().value as string);
      kept.set(k, { intent, at: at.getTime() });
    },
    forget(chatId, userId) {
      kept.delete(key(chatId, userId));
    },
  };
}
