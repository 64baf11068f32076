// Staff ask questions ("公租房审计谁来管?"); the words that make it a question name no topic and
// would only add noise to the match. They are cut out of the query (replaced by a space, so that no
// term spans the cut) before it is tokenized. Only question and function words live here: topic words
// that are merely frequent in a plan (`审计`) are left to the ranking's IDF.

const QUESTION_WORDS = [
  // who / which unit
  '归哪个处室',
  '归哪个部门',
  '归哪个处',
  '哪个处室',
  '哪个部门',
  '哪个单位',
  '哪个处',
  '哪些处室',
  '哪些部门',
  '由谁牵头',
  '谁来牵头',
  '谁牵头',
  '谁来负责',
  '谁负责',
  '谁来管',
  '谁来抓',
  '谁管',
  '归谁',
  '是谁',
  '牵头处室',
  '牵头单位',
  '责任单位',
  '负责',
  '牵头',
  // what / how / whether
  '是什么',
  '有什么',
  '有哪些',
  '什么',
  '哪些',
  '哪个',
  '怎么样',
  '怎么',
  '如何',
  '是否',
  '有没有',
  '多少',
  '请问',
  '一下',
  '相关',
  '关于',
  // single function characters: only ones that are never part of a topic word here
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '谁',
  '哪',
];

// Longest first, so `归哪个处室` goes before `哪个`.
const PATTERN = new RegExp([...QUESTION_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** The query with question and function words replaced by spaces. */
export function stripQuestionWords(query: string): string {
  return query.replace(PATTERN, ' ');
}
