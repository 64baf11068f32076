import { aboutSubject } from './about-subject';
import { ASKS_LEADER, ASKS_PERSON, ASKS_WHO } from './grammar';
import type { Ask, ReadContext } from './reading';

/** The leader named last with nothing asked after it (`无忧办那项的责任领导`, `…的分管领导呢`). */
const ENDS_ON_LEADER = /(?:的|牵头|责任|分管|联系|包抓|挂帅)(?:负责)?领导[\s呢啊?？]*$/;

/** Words that ask for a person beside the leader word (`是哪位领导负责`, `领导是谁`). */
const PERSON_WORDS = /是谁|哪位|哪个|谁|是|由|负责|牵头|的/g;

/**
 * `空间再造的责任领导是谁`, `重点项目直通车是哪位领导负责`: the person the plan names as a task's leader, asked of a
 * task named in words. Only in a plan that names leaders (a 责任领导 column or line), and only where the words
 * left name one task; else the question is read as any other.
 */
export function leaderOfSubject(text: string, ctx: ReadContext): Ask | undefined {
  const leader = ASKS_LEADER.exec(text);
  if (!leader) return undefined;
  if (!(ASKS_PERSON.test(text) || ASKS_WHO.test(text) || /谁|哪位/.test(text) || ENDS_ON_LEADER.test(text)))
    return undefined;
  if (!ctx.knowledge.plan.tasks.some((t) => t.leader)) return undefined;
  const words = text.replace(new RegExp(ASKS_LEADER.source, 'g'), ' ').replace(PERSON_WORDS, ' ');
  const about = aboutSubject(words, ctx);
  if (about.reading.kind !== 'task' || about.reading.tasks.length > 1) return undefined;
  return { kind: 'ref', ref: { task: about.reading.task }, wants: 'leader' };
}
