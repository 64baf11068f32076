import type { ConversationMemory, Topic } from './conversation';

/** How long a chat's topic is kept: a follow-up comes within minutes, not the next morning. */
export const TOPIC_SPAN_MS = 30 * 60_000;
/** Chats remembered at most (the oldest are forgotten first). */
const MAX_CHATS = 5000;

/** Topics kept in this process, per chat, for `span` after they were set (times come from the messages). */
export function memoryConversation(span = TOPIC_SPAN_MS): ConversationMemory {
  const topics = new Map<string, { topic: Topic; at: number }>();
  return {
    recall(chatId, at) {
      const kept = topics.get(chatId);
      if (!kept) return undefined;
      const age = at.getTime() - kept.at;
      if (age > span || age < -span) {
        topics.delete(chatId);
        return undefined;
      }
      return kept.topic;
    },
    remember(chatId, topic, at) {
      topics.delete(chatId);
      if (topics.size >= MAX_CHATS) topics.delete(topics.keys().next().value as string);
      topics.set(chatId, { topic, at: at.getTime() });
    },
  };
}
