import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFile } from '../files/replace-file';
import type { ConversationMemory, Topic } from '../understand/conversation';
import { memoryConversation, TOPIC_SPAN_MS } from '../understand/memory-conversation';

// What each chat spoke of last, kept between `cli say` runs in DATA_DIR/cli-conversation.json: a script that
// sends `3.3谁牵头` and then, in a second run, `那3.4呢` to the same chat is read as a chat would be. Only the
// chats' topics live there (nothing recorded): a file that cannot be read is started afresh.

export const CLI_CONVERSATION_FILE = 'cli-conversation.json';

const keptSchema = z.record(
  z.string(),
  z.object({ topic: z.looseObject({ planId: z.string() }), at: z.number() }),
);
/** A topic is read back as written (only its plan is checked: an older shape is just an older topic). */
type Kept = Record<string, { topic: Topic; at: number }>;

export function cliConversation(dataDir: string, span = TOPIC_SPAN_MS): ConversationMemory {
  const path = join(dataDir, CLI_CONVERSATION_FILE);
  const read = (): Kept => {
    if (!existsSync(path)) return {};
    try {
      return keptSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) as Kept;
    } catch {
      return {};
    }
  };
  const memory = memoryConversation(span);
  for (const [chatId, { topic, at }] of Object.entries(read())) memory.remember(chatId, topic, new Date(at));
  return {
    recall: (chatId, at) => memory.recall(chatId, at),
    remember(chatId, topic, at) {
      memory.remember(chatId, topic, at);
      // Only topics still within their span stay in the file.
      const kept = Object.fromEntries(
        Object.entries(read()).filter(([, k]) => Math.abs(at.getTime() - k.at) <= span),
      );
      kept[chatId] = { topic, at: at.getTime() };
      replaceFile(path, JSON.stringify(kept), false);
    },
  };
}
