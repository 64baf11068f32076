import { ASKS_LEADER, ASKS_PROGRESS, ASKS_SUPPORT, ASKS_TIME, TARGET_NOUNS } from '../grammar';
import { readRef } from '../read-ref';
import type { Ask } from '../reading';
import { resolveRef } from '../resolve-ref';
import { askingTyposRead } from './asking-typos-read';
import { goalsPartAsk } from './goals-part-ask';
import { LEAD_IN } from './lead-in';
import { leftOver } from './left-over';
import { measureAsk } from './measure-ask';
import { ONLY_ASKING } from './only-asking';
import { partByName } from './part-by-name';
import type { RefContext } from './ref-context';
import { rowRef } from './row-ref';
import { sectionByTitle } from './section-by-title';

/** `下有哪些指标`, `里面的指标`: what stands under a goal just numbered. */
const UNDER_TARGET = /^(?:下面|底下|之下|下|里面|里|中)/;

/** `那个`, `这项`, `那一条` right after a number: the item just numbered. */
const POINTS_BACK = /^(?:那|这)一?(?:个|项|条|件)/;

/** The last word apart from the rest: `这个是哪个单位的 第二十九条`. */
const LAST_WORD = /^(.*\S)\s+(\S+?)[\s?？。!！呢吗]*$/u;

/**
 * A number said last, apart, after nothing but asking (`这个是哪个单位的 第二十九条`, `谁负责 （三）`): asked of
 * that number as if it came first.
 */
function refAtEnd(text: string) {
  const last = LAST_WORD.exec(text.trim());
  if (!last) return undefined;
  const read = readRef(last[2] as string);
  if (!read || read.rest || !ONLY_ASKING.test(leftOver(last[1] as string))) return undefined;
  return { ref: read.ref, rest: last[1] as string };
}

/** A number at the start (after lead-in words) and nothing but asking after it. */
export function refAsk(text: string, ctx: RefContext): Ask | undefined {
  const measure = measureAsk(text, ctx);
  if (measure) return measure;
  const read = readRef(partByName(text.replace(LEAD_IN, ''), ctx)) ?? refAtEnd(text.replace(LEAD_IN, ''));
  if (!read) return undefined;
  const { ref: words } = read;
  // `序号3那个是干啥的`: 那个/这个 right after the number points back at it.
  const rest = askingTyposRead(read.rest.replace(POINTS_BACK, ''), ctx);
  if (words.kind === 'target') {
    // `目标5下有哪些指标`, `指标4的目标值是多少`: a target's card shows the indicators under it and its figures,
    // so asking for them asks for the card (read as typed too: the figure's words are no typos to correct).
    const asked = (r: string) =>
      ONLY_ASKING.test(
        leftOver(r.replace(UNDER_TARGET, ' ').replace(TARGET_NOUNS, ' ').replace(/多少/g, ' ')),
      );
    return asked(rest) || asked(read.rest.replace(POINTS_BACK, ''))
      ? {
          kind: 'target-ref',
          target: words.target,
          ref: words.row ? rowRef(words.ref, ctx.knowledge) : words.ref,
        }
      : undefined;
  }
  const leader = ASKS_LEADER.test(rest);
  // `第6项上半年进展`, `任务5推进情况`: how it is going, not when it is due.
  const progress = !leader && !ASKS_TIME.test(rest) && ASKS_PROGRESS.test(rest);
  const asking = leader ? ASKS_LEADER : progress ? ASKS_PROGRESS : undefined;
  const left = leftOver(asking ? rest.replace(new RegExp(asking.source, 'g'), ' ') : rest);
  const ref = resolveRef(words, ctx.lexicon, ctx.knowledge);
  if (!ref) return goalsPartAsk(words, left, undefined, 'card', ctx);
  const wants = leader
    ? 'leader'
    : ASKS_SUPPORT.test(rest)
      ? 'support'
      : ASKS_TIME.test(rest)
        ? 'time'
        : progress
          ? 'progress'
          : 'card';
  // `第三条` where the plan numbers by 1. or （三）, `第二个` with no list just shown: read by the plan's
  // numbering, and said so.
  const otherNumbering =
    words.kind === 'own' &&
    ((words.form === 'article' && !ctx.lexicon.forms.some((f) => f.form === 'article')) ||
      /个/.test(words.written))
      ? { readAs: words.written }
      : {};
  if (ONLY_ASKING.test(left)) return { kind: 'ref', ref, wants, ...otherNumbering };
  // `四、保障措施有哪些`: the safeguards part by its number and its name.
  if ('measures' in ref && /^(?:保障)?(?:措施|机制)?$|^保障/.test(left.replace(/\s+/g, '')))
    return { kind: 'ref', ref, wants };
  // `（二）深化财政审计有哪些任务`, `三、扩大产品供给下面有哪些任务`: the number with its heading's words.
  if ('section' in ref || 'task' in ref) {
    const titled = sectionByTitle(left, ctx);
    if (titled) return { kind: 'ref', ref: titled, wants };
  }
  return goalsPartAsk(words, left, ref, wants, ctx);
}
