import { TASK_VERBS } from '../text/task-verbs';

/**
 * Verbs a plan puts before the thing it acts on (加强城乡治理, 推进安居工程, 建设区级公共数据平台): a phrase right
 * after one stands on its own there, not as the tail of a longer compound (城市建设 of 创新型城市建设). The plan's
 * general task verbs, the verbs that build a thing, and the words that point at what follows as they do (聚焦,
 * 围绕, 关于).
 */
const OPENERS = new RegExp(
  `(?:${[...TASK_VERBS, '建设', '建成', '建立', '构建', '搭建', '聚焦', '围绕', '助力', '关于', '关注'].join('|')})$`,
);

/** Punctuation, a line's start or a quote before the phrase. */
const OPEN = /(?:^|[\s\n,，、。;；:：(（“"‘'《])$/;

/**
 * Words that say at what level or for whom a thing is (区级, 市本级, 公共), not which thing: between the verb and
 * the phrase they leave it standing on its own (建设区级公共数据平台: 数据平台), as 创新型 before 城市建设 does not.
 */
const SCOPE = /(?:[省市区县镇乡村]级|市本级|本级|全[省市区县]|公共)$/;

/** Whether `phrase` stands somewhere in `text` right after punctuation or a verb that acts on it. */
export function opensAPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    let before = text.slice(Math.max(0, at - 12), at);
    for (let m = SCOPE.exec(before); m; m = SCOPE.exec(before)) before = before.slice(0, m.index);
    const tail = before.slice(-2);
    if (OPEN.test(tail) || OPENERS.test(tail)) return true;
  }
  return false;
}
