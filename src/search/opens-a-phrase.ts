/**
 * Verbs a plan puts before the thing it acts on (加强城乡治理, 推进安居工程): a phrase right after one stands on its
 * own there, not as the tail of a longer compound (城市建设 of 创新型城市建设).
 */
const OPENERS =
  /(?:加强|强化|加快|加大|推进|推动|促进|深化|完善|健全|开展|实施|落实|聚焦|围绕|助力|关于|关注|做好|抓好|打造|提升|提高|优化|保障|支持)$/;

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
