import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import { as, card, greeting, shows } from '../expect-from-plan';
import { COMMON_PROSPERITY_2021_2025, SHIPPED } from './common-prosperity-2021-2025';
import { DIGITAL_GOVERNMENT_MARKDOWN } from './digital-government-markdown';
import { NANHU_TALENT_2024_2026 } from './nanhu-talent-2024-2026';
import { P as SHANGYU, SHANGYU_WORK_POINTS_2026 } from './shangyu-work-points-2026';

// How a work chat goes on after a first question, over plans of different shapes: an item of the list a
// reply just showed by its place (`第三个是谁牵头`), the safeguard measures by their number (`措施2`,
// `保障措施第二条`), a 第N条 in a plan that numbers otherwise (read as its numbering allows, and said so),
// follow-ups with no number or name (`那它具体要关注什么`, `归谁管`, `那他们还管什么`, `旧方案呢`), questions
// about how to use the bot (`整改怎么销号`: a question, not a malformed command) and social lines. The
// expectations are read from each plan's text (keys in the plan's own corpus file). These messages join the
// plan's own corpus under its id.

const byNumber = as('任务编号');
const hello = as('寒暄');
const target = as('目标与指标');

const K = SHIPPED;

// The shipped plan: 三、保障措施 (一)…(七) by number; 二、 numbers 1. 2. 3. under sections, never 第N条.
const COMMON_SINGLES: CorpusMessage[] = [
  byNumber('说下3.1呗', card(K['3.1'])),
  byNumber('帮我看看2.2呗', card(K['2.2'])),
  target('措施2', shows('加强责任落实')),
  target('第二项保障措施', shows('加强责任落实')),
  target('保障措施第二条', shows('加强责任落实')),
  target('保障措施第5条讲的啥', shows('加强整改落实')),
  hello('麻烦你了', greeting),
  hello('感谢帮忙！', greeting),
  hello('辛苦了', greeting),
  hello('好的收到', greeting),
  hello('OK', greeting),
  hello('👍', greeting),
  hello('在吗', greeting),
  hello('你能干啥', greeting),
  hello('谢谢啊，辛苦啦', greeting),
  hello('收到👌', greeting),
];

// One running 1.–45. across parts; 四、保障措施 (一)…(三).
const NANHU_SINGLES: CorpusMessage[] = [
  target('措施2', shows('强化资金保障')),
  target('第三项保障措施', shows('强化考核督查')),
  target('保障措施第一条', shows('加强组织领导')),
  hello('辛苦啦', greeting),
  hello('好的 收到', greeting),
];

// （一）…（二十） running across 一、…六、; no 第N条, no safeguard measures.
const SHANGYU_SINGLES: CorpusMessage[] = [
  byNumber('说下（九）呗', card(SHANGYU['九']!)),
  hello('感谢！', greeting),
];

// Markdown: items 1.–12. running across ###（一）…（四）; 三、保障措施 (一)…(三).
const DIGITAL_SINGLES: CorpusMessage[] = [
  target('措施3', shows('加强考核督导')),
  target('保障措施第二条', shows('强化资金保障')),
  hello('好的，谢谢', greeting),
];

const withMessages = (
  base: PlanCorpus,
  singles: CorpusMessage[],
  chats: PlanCorpus['chats'],
): PlanCorpus => ({ ...base, singles, chats });

/** These messages over each plan, counted under the plan's own id. */
export const EVERYDAY_CONVERSATION: readonly PlanCorpus[] = [
  withMessages(COMMON_PROSPERITY_2021_2025, COMMON_SINGLES, []),
  withMessages(NANHU_TALENT_2024_2026, NANHU_SINGLES, []),
  withMessages(SHANGYU_WORK_POINTS_2026, SHANGYU_SINGLES, []),
  withMessages(DIGITAL_GOVERNMENT_MARKDOWN, DIGITAL_SINGLES, []),
];
