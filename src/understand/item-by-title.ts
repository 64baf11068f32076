import { LEAD_IN } from './by-number/lead-in';
import { leftOver } from './by-number/left-over';
import { ONLY_ASKING } from './by-number/only-asking';
import { ASKS_PROGRESS, ASKS_SUPPORT, ASKS_TARGET, ASKS_TIME, ASKS_WHO } from './grammar';
import type { Ask, ReadContext } from './reading';

/** Marks a title may hold or a question may leave out (推动重大项目“争先竞跑”), and spacing. */
const MARKS = /[\s“”"‘’'《》「」?？!！。,，、:：]/g;
/**
 * The part an item stands in, said before it (`保障措施里加强组织领导`, `主要目标中的…`): where to look, no words of
 * the item.
 */
const PART_BEFORE =
  /^(?:方案)?(?:的)?(?:[一二三四五六七八九十]、)?(?:保障措施|保障|措施|主要目标|总体目标|工作目标|目标)(?:部分)?(?:里面|里|中|当中|下)?(?:的)?/;
/** `这个目标`, `这条措施`, `该项`: the item just named, pointed at. */
const POINTER = /(?:这个|这一|这条|这项|这|该|那个|那条|那)(?:目标|措施|举措|条|项)?|(?:目标|措施|举措)/g;

const plain = (s: string) => s.replace(MARKS, '');

/**
 * A goal or a safeguard measure named by its own heading (`推动审计效能全域增强这个目标讲了啥`, `保障措施里加强组织
 * 领导讲了啥`, `组织领导说的什么`): what it says is its card, as by its number. The words must be one heading whole,
 * or four characters or more of one heading and no other, with nothing asked of it but what it says (who leads
 * it, when or how much is asked otherwise).
 */
export function itemByTitle(text: string, ctx: ReadContext): Ask | undefined {
  const { goals, measures, tasks } = ctx.knowledge.plan;
  const typed = plain(text.replace(LEAD_IN, ''));
  const said = typed.replace(PART_BEFORE, '');
  const titled = [
    ...goals.map((goal) => ({ title: plain(goal.title), goal })),
    ...measures.map((measure) => ({ title: plain(measure.title), measure })),
  ].filter((x) => [...x.title].length >= 4);
  // The heading whole in the words, else the words' opening run that is part of one heading only.
  let found = titled.filter((x) => said.includes(x.title)).sort((a, b) => b.title.length - a.title.length)[0];
  let rest = found ? said.replace(found.title, ' ') : said;
  if (!found) {
    for (let end = said.length; end >= 4 && !found; end -= 1) {
      const words = said.slice(0, end);
      const holders = titled.filter((x) => x.title.includes(words));
      if (holders.length === 1) {
        found = holders[0];
        rest = said.slice(end);
      }
    }
  }
  if (!found) return undefined;
  if (
    [ASKS_WHO, ASKS_SUPPORT, ASKS_TIME, ASKS_PROGRESS].some((re) => re.test(rest)) ||
    ASKS_TARGET.test(rest.replace(POINTER, ' '))
  )
    return undefined;
  if (!ONLY_ASKING.test(leftOver(rest.replace(POINTER, ' ')))) return undefined;
  if ('goal' in found && found.goal)
    return { kind: 'target-ref', target: 'goal', ref: String(found.goal.index) };
  const measure = 'measure' in found ? found.measure : undefined;
  if (!measure) return undefined;
  // A measure with a note of its own (三(二)…牵头处室:法规处) is asked of as the task it also is.
  const task = tasks.find((t) => t.clause === measure.clause);
  return { kind: 'ref', ref: task ? { task } : { measure }, wants: 'card' };
}
