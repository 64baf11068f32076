import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  cooperators,
  follow,
  greeting,
  hello,
  howTo,
  items,
  leads,
  notSaid,
  owns,
  shows,
  target,
  unsaid,
} from '../expect-from-plan';
import { BUREAU_15TH_FIVE_YEAR, N as FIFTEENTH } from './bureau-15th-five-year';
import { COMMON_PROSPERITY_2021_2025, SHIPPED } from './common-prosperity-2021-2025';
import { P as DIGITAL, DIGITAL_GOVERNMENT_MARKDOWN } from './digital-government-markdown';
import { P as LIVELIHOOD, LIVELIHOOD_PROJECTS_TABLE } from './livelihood-projects-table';
import { P as NANHU, NANHU_TALENT_2024_2026 } from './nanhu-talent-2024-2026';
import { P as SHANGYU, SHANGYU_WORK_POINTS_2026 } from './shangyu-work-points-2026';

// How a work chat goes on after a first question, over plans of different shapes: an item of the list a
// reply just showed by its place (`第三个是谁牵头`), the safeguard measures by their number (`措施2`,
// `保障措施第二条`), a 第N条 in a plan that numbers otherwise (read as its numbering allows, and said so),
// follow-ups with no number or name (`那它具体要关注什么`, `归谁管`, `那他们还管什么`, `旧方案呢`), questions
// about how to use the bot (`整改怎么销号`: a question, not a malformed command) and social lines. The
// expectations are read from each plan's text (keys in the plan's own corpus file). These messages join the
// plan's own corpus under its id.

const K = SHIPPED;
const n = (keys: Record<number, TaskKey>) => (i: number) => keys[i]!;
const nanhu = n(NANHU);
const digital = n(DIGITAL);
const livelihood = n(LIVELIHOOD);

/** The reply says how a number was read (`“第三条”按…理解`), never a silent guess. */
const readAs = (written: string, ...keys: TaskKey[]) => ({
  ...items(...keys),
  mentions: [`“${written}”按方案自己的编号`, ...keys.map((k) => k.title)],
});

// The shipped plan: 三、保障措施 (一)…(七) by number; 二、 numbers 1. 2. 3. under sections, never 第N条.
const COMMON_SINGLES: CorpusMessage[] = [
  byNumber('说下3.1呗', card(K['3.1'])),
  byNumber('帮我看看2.2呗', card(K['2.2'])),
  target('措施2', shows('加强责任落实')),
  target('第二项保障措施', shows('加强责任落实')),
  target('保障措施第二条', shows('加强责任落实')),
  target('保障措施第5条讲的啥', shows('加强整改落实')),
  byNumber('第三条', readAs('第三条', K['3.1'], K['3.2'], K['3.3'])),
  // Echoed as typed: 方政 of 地方|政府 is no short form of the plan's 方针政策.
  unsaid('地方政府专项债谁负责', { ...notSaid, echoes: ['谁牵头:地方政府专项债'] }),
  hello('麻烦你了', greeting),
  hello('感谢帮忙！', greeting),
  hello('辛苦了', greeting),
  hello('好的收到', greeting),
  hello('OK', greeting),
  hello('👍', greeting),
  hello('在吗', greeting),
  hello('在不', greeting),
  hello('在么?', greeting),
  hello('你能干啥', greeting),
  hello('谢谢啊，辛苦啦', greeting),
  hello('收到👌', greeting),
  howTo('进展情况多久报一次', { mentions: ['进展 <任务编号'], none: true }),
  howTo('进展怎么报', { mentions: ['进展 <任务编号'], none: true }),
  howTo('整改怎么销号', { mentions: ['整改 销号 <'], none: true }),
  howTo('怎么登记整改', { mentions: ['整改 登记 <'], none: true }),
  howTo('整改延期怎么申请', { mentions: ['整改 延期 <'], none: true }),
  howTo('进展怎么撤回', { mentions: ['撤销'], none: true }),
  // 报 before the command's object, or as the verb asked of: to report is to record (登记 or 进展).
  howTo('报进展的格式是什么', { mentions: ['进展 <任务编号'], none: true }),
  howTo('整改怎么报', { mentions: ['整改 登记 <', '整改 进展 <'], none: true }),
  howTo('如何上报整改', { mentions: ['整改 登记 <', '整改 进展 <'], none: true }),
];

const COMMON_CHATS = [
  {
    about: '任务后不带编号追问',
    messages: [
      follow('3.3谁牵头', leads(K['3.3'])),
      follow('那它具体要关注什么', card(K['3.3'])),
      follow('归谁管', leads(K['3.3'])),
      follow('配合的有谁', cooperators(K['3.3'])),
    ],
  },
  {
    about: '节下列表后按序号追问',
    messages: [
      follow('（二）下面有哪些任务', items(K['2.1'], K['2.2'], K['2.3'])),
      follow('第三个是谁牵头', leads(K['2.3'])),
      follow('第一个呢', leads(K['2.1'])),
      follow('第二个具体干啥', card(K['2.2'])),
    ],
  },
  {
    about: '处室任务后追问',
    messages: [
      follow('投资处负责哪些任务', owns('投资处', K['2.1'], K['3.3'])),
      follow('第二个讲什么', card(K['3.3'])),
      follow('那他们还管什么', owns('投资处', K['2.1'], K['3.3'])),
    ],
  },
  {
    about: '可能相关列表后按序号追问',
    messages: [
      unsaid('城市建设谁牵头', { ...notSaid, mentions: [K['1.1'].title, K['2.1'].title] }),
      follow('第二个是谁牵头', leads(K['2.1'])),
    ],
  },
  {
    about: '处室任务后按序号追问谁牵头',
    messages: [
      follow('任务 教科文处', owns('教科文处', K['1.1'], K['3.1'], K['4'])),
      follow('第三个是啥', card(K['4'])),
      follow('谁负责的', leads(K['4'])),
    ],
  },
];

// The 2026—2030 plan in use with the 2021—2025 one beside it: the same question on the other plan.
const FIFTEENTH_CHATS = [
  {
    about: '同一问题换方案',
    messages: [
      follow('就业谁牵头', leads(FIFTEENTH['2']!)),
      follow('旧方案呢', leads(K['2.3'])),
      follow('那新方案里呢', leads(FIFTEENTH['2']!)),
    ],
  },
  {
    about: '新方案任务后追问',
    messages: [
      follow('第4项任务讲什么', card(FIFTEENTH['4']!)),
      follow('那它具体要关注什么', card(FIFTEENTH['4']!)),
      follow('配合的有谁', cooperators(FIFTEENTH['4']!)),
      follow('归谁管', leads(FIFTEENTH['4']!)),
    ],
  },
  {
    about: '旧方案的列表后按序号追问',
    messages: [
      follow('旧方案里（二）下面有哪些任务', items(K['2.1'], K['2.2'], K['2.3'])),
      follow('第三个是谁牵头', leads(K['2.3'])),
      follow('第一个呢', leads(K['2.1'])),
    ],
  },
  {
    about: '旧方案的事项再问新方案',
    messages: [follow('旧方案里养老服务谁牵头', leads(K['3.2'])), unsaid('那新方案里呢', notSaid)],
  },
];

// One running 1.–45. across parts; 四、保障措施 (一)…(三).
const NANHU_SINGLES: CorpusMessage[] = [
  target('措施2', shows('强化资金保障')),
  target('第三项保障措施', shows('强化考核督查')),
  target('保障措施第一条', shows('加强组织领导')),
  hello('辛苦啦', greeting),
  hello('好的 收到', greeting),
];

const NANHU_CHATS = [
  {
    about: '节下列表后按序号追问',
    messages: [
      follow('（五）下面有哪些任务', items(...[27, 28, 29, 30, 31, 32].map(nanhu))),
      follow('第三个是谁牵头', leads(nanhu(29))),
      follow('第五个呢', leads(nanhu(31))),
      follow('那它具体要干啥', card(nanhu(31))),
      follow('配合的有谁', cooperators(nanhu(31))),
    ],
  },
  {
    about: '几项都涉及时按序号追问',
    messages: [
      follow('人才评价改革谁牵头', items(nanhu(18), nanhu(37))),
      follow('第二个是谁牵头', leads(nanhu(37))),
      follow('配合的有谁', cooperators(nanhu(37))),
      follow('还有呢', cooperators(nanhu(37))),
    ],
  },
  {
    about: '编号后不带编号追问',
    messages: [
      follow('第8项是什么', card(nanhu(8))),
      follow('具体干啥', card(nanhu(8))),
      follow('归谁管', leads(nanhu(8))),
      follow('配合的有谁', cooperators(nanhu(8))),
    ],
  },
];

// （一）…（二十） running across 一、…六、; no 第N条, no safeguard measures.
const SHANGYU_SINGLES: CorpusMessage[] = [
  byNumber('第三条', readAs('第三条', SHANGYU.三!)),
  byNumber('说下（九）呗', card(SHANGYU.九!)),
  hello('感谢！', greeting),
];

const SHANGYU_CHATS = [
  {
    about: '部分下列表后按序号追问',
    messages: [
      follow('三、下面有哪些任务', items(SHANGYU.六!, SHANGYU.七!, SHANGYU.八!, SHANGYU.九!)),
      follow('第三个是谁牵头', leads(SHANGYU.八!)),
      follow('配合的有谁', cooperators(SHANGYU.八!)),
      follow('第四个呢', leads(SHANGYU.九!)),
    ],
  },
  {
    about: '科室任务后追问',
    messages: [
      follow('社会保障审计科负责哪些', owns('社会保障审计科', SHANGYU.五!, SHANGYU.十!, SHANGYU.十一!)),
      follow('第二个讲什么', card(SHANGYU.十!)),
      follow('那他们还管什么', owns('社会保障审计科', SHANGYU.五!, SHANGYU.十!, SHANGYU.十一!)),
    ],
  },
];

// Markdown: items 1.–12. running across ###（一）…（四）; 三、保障措施 (一)…(三).
const DIGITAL_SINGLES: CorpusMessage[] = [
  byNumber('第三条', readAs('第三条', digital(3))),
  target('措施3', shows('加强考核督导')),
  target('保障措施第二条', shows('强化资金保障')),
  hello('好的，谢谢', greeting),
];

const DIGITAL_CHATS = [
  {
    about: '节下列表后按序号追问',
    messages: [
      follow('（二）下面有哪些任务', items(digital(4), digital(5), digital(6))),
      follow('第二个是谁牵头', leads(digital(5))),
      follow('那它具体要关注什么', card(digital(5))),
      follow('啥时候完成', { mentions: [digital(5).title], none: true }),
    ],
  },
];

// A table: rows 1–15 under category rows 一、…五、.
const LIVELIHOOD_CHATS = [
  {
    about: '类别下列表后按序号追问',
    messages: [
      follow('三、养老托育有哪些项目', items(livelihood(6), livelihood(7), livelihood(8))),
      follow('第二个谁牵头', leads(livelihood(7))),
      follow('第三个呢', leads(livelihood(8))),
      follow('配合的有谁', cooperators(livelihood(8))),
    ],
  },
];

const withMessages = (
  base: PlanCorpus,
  singles: CorpusMessage[],
  chats: PlanCorpus['chats'],
): PlanCorpus => ({ ...base, singles, chats });

/** These messages over each plan, counted under the plan's own id. */
export const EVERYDAY_CONVERSATION: readonly PlanCorpus[] = [
  withMessages(COMMON_PROSPERITY_2021_2025, COMMON_SINGLES, COMMON_CHATS),
  withMessages(BUREAU_15TH_FIVE_YEAR, [], FIFTEENTH_CHATS),
  withMessages(NANHU_TALENT_2024_2026, NANHU_SINGLES, NANHU_CHATS),
  withMessages(SHANGYU_WORK_POINTS_2026, SHANGYU_SINGLES, SHANGYU_CHATS),
  withMessages(DIGITAL_GOVERNMENT_MARKDOWN, DIGITAL_SINGLES, DIGITAL_CHATS),
  withMessages(LIVELIHOOD_PROJECTS_TABLE, [], LIVELIHOOD_CHATS),
];
