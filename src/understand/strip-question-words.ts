import { ASKS_JUDGED, COUNT_UNITS, PARTICLES, STILL } from './grammar';

// Staff ask questions ("公租房审计谁来管?"); the words that make it a question name no topic and
// would only add noise to the match. They are cut out of the query (replaced by a space, so that no
// term spans the cut) before it is tokenized. Only question words, filler and function words of
// everyday Chinese live here (这块, 事情, 请问一下): topic words that are merely frequent in a plan
// (`审计`) are left to the plan's own statistics.

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
  '哪些处',
  '哪些科室',
  '哪些科',
  '哪个科室',
  '哪个科',
  '哪些单位',
  '什么单位',
  '哪个局',
  '哪些局',
  '哪个厅',
  '哪些厅',
  '哪个委',
  '哪些委',
  '哪家单位',
  '归谁管',
  // which task holds it (`兰亭书法节是哪项任务`)
  '是哪项任务',
  '属于哪项任务',
  '在哪项任务',
  '是哪一项任务',
  '谁在弄',
  '谁在搞',
  '谁弄',
  '谁搞',
  '在弄',
  '在搞',
  // Only with 谁: 在管 alone is also 存在管理.
  '谁在管',
  '谁在负责',
  '谁在抓',
  // Fillers of speech typed or dictated (`嗯 那个就是说 …`).
  '那个就是说',
  '就是说',
  '嗯嗯',
  '嗯',
  '呃',
  '来着',
  '就是那个',
  '就是',
  '有几个',
  '有几项',
  '多少个',
  '多少家',
  '多少户',
  '多少人次',
  '多少人',
  '多少次',
  '多少项',
  '多少公里',
  '多少所',
  '几家',
  '几户',
  '几次',
  '几所',
  '几个',
  '几项',
  '要达到什么',
  '达到什么',
  // A degree asked (`覆盖到什么程度`): the figure.
  '到什么程度',
  '到啥程度',
  '到多大程度',
  '什么程度',
  '啥程度',
  '多大程度',
  '什么水平',
  '啥水平',
  '要实现什么',
  '发一下',
  '发下',
  '发我',
  '发给我',
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
  '哪个科室',
  '那个处室',
  '那个部门',
  '那个处',
  '哪一个处',
  '哪一处',
  '什么部门',
  '什么处室',
  '哪家',
  '哪位',
  '谁在负责',
  '谁在做',
  '谁来做',
  '谁在管',
  '谁在抓',
  '谁来审',
  '谁在审',
  '谁主抓',
  '谁分管',
  '找谁',
  '问谁',
  '负责审',
  '归口',
  '归属',
  '属于',
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
  '多大',
  '有什么要求',
  '要求是多少',
  '要求多少',
  '要求',
  '具体内容',
  '具体是',
  '主要内容',
  '内容是',
  '讲的是',
  '讲什么',
  '说的是',
  '说什么',
  '干什么',
  '做什么',
  '是啥',
  '有啥',
  '分别由',
  '分别是',
  '分别',
  '各自',
  '各由',
  '各是',
  '主要干什么',
  '主要干啥',
  '主要做什么',
  '主要讲什么',
  '主要讲',
  '主要内容',
  '是哪一条',
  '哪一条',
  '哪条',
  '是哪一项',
  '哪一项',
  '哪项',
  '谁来建',
  '谁建',
  '谁来做',
  '谁做',
  '谁来办',
  '谁办',
  '谁落实',
  '谁推进',
  '谁实施',
  '谁来抓',
  '谁抓',
  '谁干',
  '谁审',
  '今年',
  '全年',
  '本年度',
  '要做',
  '要搞',
  '要完成',
  '整个',
  '是干嘛的',
  '是干啥的',
  '是做什么的',
  '是做啥的',
  '干嘛',
  '干啥',
  '讲些什么',
  '讲了什么',
  '讲的啥',
  '讲啥',
  '说些什么',
  '主要干什么',
  '具体什么内容',
  '什么内容',
  '是谁的活',
  '谁的活',
  '的活儿',
  '的活',
  '活儿',
  '给我看看',
  '看看',
  '说说',
  '讲讲',
  '啥',
  '详细',
  '详情',
  '介绍',
  '这个方案',
  '这份方案',
  '本方案',
  '方案里',
  '方案中',
  '方案上',
  '方案内',
  '文件里',
  '文件中',
  // `有效期到什么时候`: until when — the time asked, its 到 with it.
  '到什么时候',
  '到啥时候',
  '到何时',
  '什么时候',
  '啥时候',
  '有没有提到',
  '有没有提及',
  '有没有涉及',
  '有没有说',
  '有没有写',
  '有没有讲',
  '是否提到',
  '是否提及',
  '是否涉及',
  '有无',
  '提到',
  '提及',
  '涉及',
  '这一块',
  '这一项',
  '这块',
  '那块',
  // Pointing at the thing the words name (`那个安居工程`, `规上工业总产值这项`): the words are the topic.
  '那个',
  '这个',
  '这项',
  '这事',
  '那事',
  '这件事',
  // `居民收入那项…`: the item the words name, pointed at.
  '那一项',
  '那项',
  '方面的',
  '方面',
  '事情',
  '事儿',
  '的话',
  '想问一下',
  '问一下',
  '问下',
  '想问',
  '想知道',
  '知道',
  '告诉我',
  '帮我查一下',
  '帮我查下',
  '帮我查查',
  '帮我看一下',
  '帮我看下',
  '帮我看看',
  '帮我查',
  '查一下',
  '查下',
  '帮忙',
  '麻烦',
  '我们',
  '咱们',
  '局里',
  '现在',
  '目前',
  '到底',
  '究竟',
  '请问',
  '一下',
  '相关',
  '关于',
  // single function characters: only ones that are never part of a topic word here
  '的',
  '了',
  ...PARTICLES,
  '谁',
  '哪',
  '么',
];

// Verbs that ask who does the work (`哪个处在管`, `谁来审`) are also the first characters of topic words
// (`在审计中`, `存在管理`, `主管部门`): cut only where the question ends (at the end, or before 吗/呢 or
// punctuation).
const ASKING_VERBS = ['来审', '在审', '在做', '来做', '在管', '来管', '主管'];

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words as one regular expression in the shape of a trie (`哪(?:个(?:处室|部门|处)?|…)`): at each
 * position the longest word there is cut (`归哪个处室` before `哪个`), and a character starts at most one
 * branch, so a text is scanned once rather than against every word.
 */
function trieSource(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.next.size === 0) return '';
    const branches = [...node.next].map(
      ([ch, child]) => `${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${emit(child)}`,
    );
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return emit(root);
}

const PATTERN = new RegExp(trieSource(QUESTION_WORDS), 'g');
/**
 * 由, 归, 是由, 属于 before an asking word (`由哪个单位牵头`, `是由谁负责`, `归哪个部门`) only ask; elsewhere
 * they may be a topic's own characters (`自由贸易`, `理由`), so they are cut only there.
 */
const BY_WHOM = /(?:是由|是归|属于|由|归)(?=\s*(?:谁|哪))/g;
/**
 * `定的多少`, `定了多少`, `定为多少`, `确定为多少`, `定在几`: the figure set, asked. Not the 定 of a word of its
 * own (`制定了多少项`, `规定多少`, `固定多少`), whose words are the thing asked.
 */
const SET_AT =
  /(?<![制规稳决认评鉴约审拟议协商判限锁特指选肯否断固确设核])(?:确|设|核)?定(?:的是|的|了|为|在|成)?(?=\s*(?:多少|几))/g;
/**
 * `安居工程是谁管`, `健康养老新业态这块谁在跟`, `社保服务提质扩面谁来弄`, `办公室设在哪个部`: once the thing is said, 谁 or 哪个处 with
 * a verb that only asks who does the work (管, 负责, 牵头, 抓, 跟, 弄) where the question ends is not the topic. A
 * verb of the work itself (`谁统筹`, `谁来组织`) is the question's word and stays. Only after words of a topic:
 * `谁负责社保` asks of what follows.
 */
const DONE_BY_WHOM = new RegExp(
  `(?:${STILL}|也|主要|具体)?(?:要|需要|得|有)?(?:是由|是归|属于|是|由|归|设在|设于)?(?:谁|哪(?:个|一个|家|些|位|项|一项|条|一条)(?:处室|部门|单位|科室|处|科|局|厅|委|部)?)(?:的)?(?:来|在|去)?(?:主抓|分管|主管|负责|牵头|跟进|盯着|管|抓|跟|盯|弄|搞|做|干|办|审|建)?(?:的|着)?(?=[${PARTICLES}]*[\\s?？!！。,，]*$)`,
  'g',
);
/**
 * `固定资产投资要达到多少亿`, `新增养老床位多少张`: the figure asked with its unit, and a verb of reaching it right
 * before (`要达到`, `要完成`): how much is asked, not of what.
 */
const FIGURE_ASKED = new RegExp(
  `(?:是|有|要|需要|得)?(?:达到|完成|实现|做到|做|搞|办)?(?:多少(?:${COUNT_UNITS})?|几(?:${COUNT_UNITS}))`,
  'g',
);
/** `怎么算达标`, `怎样才算完成`, `达标标准是啥`: how it is judged is asked, not of what. */
const JUDGED = new RegExp(ASKS_JUDGED.source, 'g');
/** Whether words of a topic stand in a text once its question words are cut. */
const holdsTopic = (text: string) => /[\u4e00-\u9fa5A-Za-z0-9]/.test(text.replace(PATTERN, ' '));

/** Marks between a topic and its question (`古城项目群，谁负责？`, `“大禹文化”——归哪个处室`). */
const MARKS = /[,，:：;；?？!！。—…“”"]+/g;
const AT_THE_END = new RegExp(`(?:${ASKING_VERBS.join('|')})(?=[${PARTICLES}]*[\\s?？!！。,，]*$)`, 'g');

const WORDS = new Set([...QUESTION_WORDS, ...ASKING_VERBS]);

/** A word that only makes a text a question (`谁负责`, `来管`): cut, never searched for. */
export function isQuestionWord(word: string): boolean {
  return WORDS.has(word);
}

/** Every question word, for the sounds a typo of one may have. */
export const QUESTION_VOCABULARY: readonly string[] = [...WORDS];

const stripped = new Map<string, string>();
/** One message asks this of the same words several times: kept a while. */
const MEMO = 2000;

/** The query with question and function words replaced by spaces. */
export function stripQuestionWords(query: string): string {
  const known = stripped.get(query);
  if (known !== undefined) return known;
  const out = query
    .replace(MARKS, ' ')
    .replace(DONE_BY_WHOM, (m, at: number, all: string) => (holdsTopic(all.slice(0, at)) ? ' ' : m))
    .replace(BY_WHOM, ' ')
    .replace(SET_AT, ' ')
    .replace(JUDGED, ' ')
    .replace(FIGURE_ASKED, ' ')
    .replace(PATTERN, ' ')
    .replace(AT_THE_END, ' ');
  if (stripped.size >= MEMO) stripped.clear();
  stripped.set(query, out);
  return out;
}
