import { subjectOf } from './about-subject';
import { ASKS_CONTENT, ASKS_UNDER, LOOKS_LIKE_QUESTION } from './grammar';
import type { Ask, ReadContext } from './reading';

const LIST =
  /^(?:这个|本|该|全部|所有|都|一共|主要|重点|预期|工作|审计|总体|具体|各项|整个|方案|规划|计划|要点|里面|里|中|的)*(目标|指标|目标指标|目标和指标|目标与指标|保障措施|措施|重点任务|主要任务|任务|处室|部门)$/;
const YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
const LIST_OF: Record<string, Extract<Ask, { kind: 'list' }>['of']> = {
  目标: 'targets',
  目标指标: 'targets',
  目标和指标: 'targets',
  目标与指标: 'targets',
  指标: 'indicators',
  保障措施: 'measures',
  措施: 'measures',
  重点任务: 'tasks',
  主要任务: 'tasks',
  任务: 'tasks',
  处室: 'divisions',
  部门: 'divisions',
};

/** `保障措施有哪些`, `主要目标讲了啥`, `方案的主要目标`: the list of one kind the plan holds. */
export function listAsk(text: string, ctx: ReadContext): Ask | undefined {
  const subject = subjectOf(text, ctx);
  // `方案的主要目标`: the plan's own name and 的 before the list word, whatever the subject kept of them.
  const plain = text.replace(/[\s?？。!！]+/g, '');
  const bySubject = LIST.exec(subject.replace(/\s+/g, ''));
  // `主要目标有哪几条`, `目标一共几个`: how many there are is asked with the list; `主要目标讲了啥`: what they say;
  // `主要预期目标下面几条都是啥`: what stands under the list's heading.
  const byText = LIST.exec(
    plain.replace(
      /(?:下面|下边|底下|里面|都|是什么|是啥|有哪些|有什么|是哪些|(?:一共|总共|共)?(?:有)?(?:哪几|几|多少)(?:条|个|项|点|类)|(?:都|具体)?(?:讲|说|写)(?:了|的)?(?:些)?(?:什么|啥)(?:东西|内容)?|呢|吗|啊)+$/,
      '',
    ),
  );
  const list = bySubject ?? byText;
  if (
    list &&
    (ASKS_UNDER.test(text) ||
      ASKS_CONTENT.test(text) ||
      LOOKS_LIKE_QUESTION.test(text) ||
      subject === text.trim() ||
      byText?.[0] === plain)
  ) {
    const of = LIST_OF[list[1] as string] ?? 'targets';
    // `到2024年要达到什么目标`: the year the goals aim at (cut from the subject as a name of the plan's period).
    const year = of === 'targets' || of === 'indicators' ? YEAR.exec(text)?.[1] : undefined;
    return { kind: 'list', of, ...(year ? { year: Number(year) } : {}) };
  }
  return undefined;
}
