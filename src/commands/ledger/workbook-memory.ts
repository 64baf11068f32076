// The 台账 workbook a person sent in a chat, kept for the `导入台账` that goes with it (sent before or after it)
// and for `导入台账 确认` after the dry run. Kept in this process for a short while only: the bytes are never
// recorded, so after a restart (or past the window) the bot asks for the file again.

/** How long a workbook, or a `导入台账` waiting for one, is kept. */
export const WORKBOOK_SPAN_MS = 30 * 60_000;
/** People × chats kept at most (the oldest are forgotten first): bounds the memory a flood of files takes. */
const MAX_KEPT = 50;

export interface SentWorkbook {
  name: string;
  bytes: Uint8Array;
  /** `工作表:` and `处室:` given with `导入台账` (the division the dry run asked for). */
  sheet?: string;
  division?: string;
  /** The dry run was shown: `导入台账 确认` may import it. */
  shown?: boolean;
}

export interface WorkbookMemory {
  /** The workbook this person sent in this chat within the window, if any. */
  recall(chatId: string, userId: string, at: Date): SentWorkbook | undefined;
  keep(chatId: string, userId: string, workbook: SentWorkbook, at: Date): void;
  /** `导入台账` said before the file: the next workbook this person sends here is to be imported. */
  expect(chatId: string, userId: string, at: Date): void;
  expecting(chatId: string, userId: string, at: Date): boolean;
  forget(chatId: string, userId: string): void;
}

export function memoryWorkbooks(span = WORKBOOK_SPAN_MS): WorkbookMemory {
  const kept = new Map<string, { workbook?: SentWorkbook; expecting?: true; at: number }>();
  const key = (chatId: string, userId: string) => `${chatId}\u001f${userId}`;
  const live = (chatId: string, userId: string, at: Date) => {
    const k = key(chatId, userId);
    const entry = kept.get(k);
    if (entry && Math.abs(at.getTime() - entry.at) > span) {
      kept.delete(k);
      return undefined;
    }
    return entry;
  };
  const set = (
    chatId: string,
    userId: string,
    entry: { workbook?: SentWorkbook; expecting?: true; at: number },
  ) => {
    const k = key(chatId, userId);
    kept.delete(k);
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(k, entry);
  };
  return {
    recall: (chatId, userId, at) => live(chatId, userId, at)?.workbook,
    keep: (chatId, userId, workbook, at) => set(chatId, userId, { workbook, at: at.getTime() }),
    expect: (chatId, userId, at) => set(chatId, userId, { expecting: true, at: at.getTime() }),
    expecting: (chatId, userId, at) => live(chatId, userId, at)?.expecting === true,
    forget: (chatId, userId) => {
      kept.delete(key(chatId, userId));
    },
  };
}
