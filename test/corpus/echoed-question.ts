import { normalise } from '../../src/text/normalise';
import { TYPED_ECHOES } from '../commands/judge-answer';
import type { Outcome } from './run-corpus';

// A reply that quotes the question quotes what was typed: the subject in its title (`谁牵头:X`, `搜索:X`,
// `目标与指标:X`, `是否投资处牵头:X`, `财政处还是投资处:X`), each question's heading in a two-in-one
// (`■ 1. X`), and `没看懂“X”`. Question words may be cut from it (`经济责任审计每年项目` of …要做多少个项目),
// nothing may be put in: each run of the quote is the typed characters in their order. A follow-up may
// quote what the same chat typed before (`还有呢` after a question about 古城项目群). Short forms and typos
// are read as the plan's words for matching only: a rewritten echo (「地方针政策府专项债」 for
// 地方政府专项债) is the bot putting words in the sender's mouth.

const plain = (text: string) => normalise(text).toLowerCase().replace(/\s+/g, '');
/** The runs of a quote: the words the question was cut to (question words between them are left out). */
const runs = (quote: string) =>
  normalise(quote)
    .toLowerCase()
    .split(/[\s、,，?？:：!！。“”"—]+/)
    .filter(Boolean);

/** Whether `run` is made of `typed`'s characters in their order (words may be cut between them). */
function cutFrom(run: string, typed: string): boolean {
  let at = 0;
  for (const c of run) {
    at = typed.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/** Each reply's quotes of its question that are no part of what was typed, as `question → quote`. */
export function echoProblems(outcomes: readonly Outcome[]): string[] {
  const out: string[] = [];
  const said = new Map<string, string[]>();
  for (const o of outcomes) {
    // A chat's earlier messages, each on its own: a follow-up may quote any of them.
    const before = o.chat ? (said.get(`${o.plan}/${o.chat}`) ?? []) : [];
    if (o.chat) said.set(`${o.plan}/${o.chat}`, [...before, plain(o.q)]);
    const typed = [plain(o.q), ...before];
    for (const pattern of TYPED_ECHOES)
      for (const m of o.reply.matchAll(pattern)) {
        if (runs(m[1] as string).some((run) => !typed.some((t) => cutFrom(run, t))))
          out.push(`${o.q} → ${m[1]}`);
      }
  }
  return out;
}

/**
 * Grammar a quote of the question must not hold as topic: pointing words (`那个安居工程`), a verb asking who
 * left on its own (`安居工程 管`, `…打造是`), the figure asked and reaching it (`…要达到亿`).
 */
const FILLER =
  /那个|这个|这块|那块|这项|这事|^(?:是|由|归)?(?:来|在)?(?:管|负责|牵头|抓|跟|弄|搞|干|做)?$|是$|(?:要|达到|完成|多少|几)$|亿$/;
/** The quotes of the question and of the words not used for it (`问题中的“管”…没有出现`, `没有给出“X”`). */
const QUOTES = [...TYPED_ECHOES, /问题中的“([^”]+)”/g, /没有给出“([^”]+)”/g];

/** Each reply's quotes of its question that keep grammar as topic words, as `question → quote`. */
export function echoFillers(outcomes: readonly Outcome[]): string[] {
  const out: string[] = [];
  for (const o of outcomes)
    for (const pattern of QUOTES)
      for (const m of o.reply.matchAll(pattern))
        if (runs(m[1] as string).some((run) => FILLER.test(run))) out.push(`${o.q} → ${m[1]}`);
  return out;
}
