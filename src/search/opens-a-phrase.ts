import { TASK_VERBS } from '../text/task-verbs';

/**
 * Verbs a plan puts before the thing it acts on (加强城乡治理, 推进安居工程): a phrase right after one stands on its
 * own there, not as the tail of a longer compound (城市建设 of 创新型城市建设). The plan's general task verbs, and
 * the words that point at what follows as they do (聚焦, 围绕, 关于).
 */
const OPENERS = new RegExp(`(?:${[...TASK_VERBS, '聚焦', '围绕', '助力', '关于', '关注'].join('|')})$`);

/** Punctuation, a line's start or a quote before the phrase. */
const OPEN = /(?:^|[\s\n,，、。;；:：(（“"‘'《])$/;

/** Whether `phrase` stands somewhere in `text` right after punctuation or a verb that acts on it. */
export function opensAPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (OPEN.test(before) || OPENERS.test(before)) return true;
  }
  return false;
}
