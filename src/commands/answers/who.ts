import { leadWord } from '../../plan/lead-word';
import type { Block, Line, Reply } from '../../reply/reply';
import { heading, list, note, paragraph } from '../../reply/reply';
import type { EvidenceHit } from '../../search/evidence';
import type { EvidenceReading } from '../../understand/read-evidence';
import type { Correction, SubjectEvidence } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { phrasesAsked } from './phrases-asked';
import {
  hitLabel,
  labelled,
  leadUnitsLine,
  NO_LEAD_NAMED,
  namesLead,
  quoted,
  supportLine,
  taskLine,
  unitList,
} from './present';
import { targetOwnerLine } from './targets';

const ABSENT_NOTE = '可以换个说法再问,或发“搜索 <关键词>”查看原文。';

function hitLine(hit: EvidenceHit, deps: CoreDeps): Line {
  return [`${hitLabel(hit, deps)}:`, ...hit.snippet];
}

/** Typos read as the plan's words, paraphrases used and words the plan lacks, said plainly under an answer. */
export function readingNotes(
  hits: EvidenceHit[],
  missing: string[],
  corrections: readonly Correction[] = [],
): Block[] {
  const notes: Block[] = corrections.map((c) =>
    note(`“${c.typed}”按“${c.read}”理解(${c.short ? '简称' : '疑为错别字'})。`),
  );
  const paraphrased = new Map<string, Set<string>>();
  for (const t of hits.flatMap((h) => h.terms)) {
    if (t.paraphrase) paraphrased.set(t.asked, (paraphrased.get(t.asked) ?? new Set()).add(t.found));
  }
  for (const [asked, found] of paraphrased)
    notes.push(note(`“${asked}”按方案的说法${quoted([...found])}查找。`));
  if (missing.length > 0) notes.push(note(`方案原文中没有${quoted(missing)},以上按其余字词回答。`));
  return notes;
}

/** Tasks of other leads that say the words asked inside what they are about: named, so nothing is hidden. */
export function elsewhereNote(elsewhere: readonly EvidenceHit[], deps: CoreDeps): string {
  const each = elsewhere.map(
    (h) => `${hitLabel(h, deps)}也写到${quoted([...new Set(h.terms.map((t) => t.found))])}`,
  );
  return `另外,${each.join(';')},但那里讲的是别的事项,以上按讲这件事本身的任务回答。`;
}

function nearBlocks(near: EvidenceHit[], deps: CoreDeps): Block[] {
  if (near.length === 0) return [];
  return [heading('可能相关(仅供参考,方案并未把此事指派给它们)'), list(near.map((h) => hitLine(h, deps)))];
}

export function readingReply(
  subject: string,
  reading: EvidenceReading,
  missing: string[],
  deps: CoreDeps,
  corrections: readonly Correction[] = [],
  wants: 'lead' | 'support' = 'lead',
): Reply {
  const { knowledge } = deps;
  const title = `${wants === 'support' ? '谁配合' : '谁牵头'}:${subject}`;
  const notes = (hits: EvidenceHit[]) => readingNotes(hits, missing, corrections);
  switch (reading.kind) {
    case 'task': {
      const { task, hit } = reading;
      const blocks: Block[] = [
        paragraph(leadUnitsLine(task, knowledge)),
        ...(leadWord(task) === '牵头' || !namesLead(task) ? [] : [paragraph(NO_LEAD_NAMED)]),
        paragraph(supportLine(task, knowledge)),
        paragraph(`任务 ${taskLine(task, deps)}`),
        paragraph(labelled('原文:', hit.snippet)),
      ];
      const others = reading.tasks.filter((t) => t.task.id !== task.id);
      if (others.length > 0) {
        blocks.push(
          note(
            `同由${unitList(task.lead, knowledge)}${leadWord(task) === '牵头' ? '牵头' : '负责'}、也涉及此事的任务:${others.map((t) => taskLine(t.task, deps)).join(';')}`,
          ),
        );
      }
      if (reading.elsewhere.length > 0) blocks.push(note(elsewhereNote(reading.elsewhere, deps)));
      if (reading.also.length > 0) {
        blocks.push(
          note(`方案的目标指标或保障措施中也提到:${reading.also.map((h) => hitLabel(h, deps)).join(';')}`),
        );
      }
      if (reading.unused.length > 0)
        blocks.push(
          note(
            `问题中的${quoted(reading.unused)}在这项任务中没有出现,以上按${quoted([...new Set(hit.terms.map((t) => t.found))])}回答。`,
          ),
        );
      // What was not used is said once: the words left out, not the wider phrase the plan lacks.
      const said = reading.unused.length > 0 ? readingNotes([hit], [], corrections) : notes([hit]);
      return { title, colour: namesLead(task) ? 'blue' : 'grey', blocks: [...blocks, ...said] };
    }
    case 'ambiguous':
      return {
        title,
        colour: 'orange',
        blocks: [
          paragraph(
            `方案中有 ${reading.hits.length} 项任务都涉及这件事,分别由不同处室牵头,仅凭“${subject}”不能确定是哪一项:`,
          ),
          list(reading.hits.map((h) => hitLine(h, deps))),
          ...notes(reading.hits),
          note(`请说得更具体些,或发任务编号(如 ${reading.hits[0]?.ref ?? ''})查看该任务的牵头处室。`),
        ],
      };
    case 'target': {
      const blocks: Block[] = [
        paragraph(
          `方案没有为“${subject}”指定牵头处室:它写在主要目标和指标中,方案不为目标和指标指定责任处室。`,
        ),
        list(reading.hits.map((h) => hitLine(h, deps))),
      ];
      const first = reading.hits.find((h) => h.kind === 'indicator') ?? reading.hits[0];
      if (first)
        blocks.push(
          paragraph(targetOwnerLine(first.kind === 'goal' ? 'goal' : 'indicator', Number(first.ref), deps)),
        );
      blocks.push(...notes(reading.hits));
      blocks.push(
        note('“相关处室”是据方案文本推断的,不代表归属;管理员或秘书处可用“目标 指派”指定负责处室。'),
      );
      return { title, colour: 'grey', blocks };
    }
    case 'measure': {
      const { measure, hit, role } = reading;
      const where = `保障措施 ${measure.clause} ${measure.title}`;
      const head = role
        ? paragraph(['方案写明:', { strong: role.holder }, `负责${role.role}(${where})。`])
        : paragraph(`方案在${where}中提到这件事,没有指定牵头处室。`);
      return {
        title,
        colour: role ? 'blue' : 'grey',
        blocks: [head, paragraph(labelled('原文:', hit.snippet)), ...notes([hit])],
      };
    }
    case 'passage':
      return {
        title,
        colour: 'grey',
        blocks: [
          paragraph(`方案在${hitLabel(reading.hit, deps)}中提到这件事,没有指定牵头处室。`),
          paragraph(labelled('原文:', reading.hit.snippet)),
          ...notes([reading.hit]),
        ],
      };
    case 'absent': {
      // Found nowhere, or only in passing (城市建设 once, inside 创新型城市建设): no task is about it.
      const head = reading.head
        ? // The phrase's last word is in the plan: it is mentioned, only not in these words — never 没有提到.
          `方案中没有找到“${subject}”的原话(方案写有“${reading.head}”),据方案原文无法确定由哪个处室牵头。`
        : reading.missing.length > 0
          ? `方案中没有提到${quoted(phrasesAsked(subject, reading.missing))},也没有为它指定牵头处室。`
          : // Its words stand in the plan, but no task is about it: the plan does not say who leads it (some
            // task touching it may well have a lead — those are listed below, for reference only).
            `方案没有一项任务专门讲“${subject}”,据方案原文无法确定由哪个处室牵头。`;
      return {
        title,
        colour: 'grey',
        blocks: [paragraph(head), ...nearBlocks(reading.near, deps), note(ABSENT_NOTE)],
      };
    }
  }
}

/**
 * A task found by some words of the question while others are all over the plan (城乡治理审计: 审计): those
 * are said to be left out of the answer, so that it is not read as resting on them.
 */
function withCommonNote(a: SubjectEvidence, reply: Reply): Reply {
  if (a.reading.kind !== 'task') return reply;
  const found = a.reading.hit.terms.map((t) => t.found);
  // Words already said to be left out (在这项任务中没有出现) are not said again.
  const unused = a.reading.unused;
  const common = a.evidence.common.filter((w) => !found.some((f) => f.includes(w)) && !unused.includes(w));
  if (common.length === 0) return reply;
  return {
    ...reply,
    blocks: [
      ...reply.blocks,
      note(`问题中的${quoted(common)}方案里处处都有,不作为依据;以上按${quoted([...new Set(found)])}回答。`),
    ],
  };
}

/** Who leads (or co-operates on) each subject asked, one after the other. */
export function whoAnswer(
  about: readonly SubjectEvidence[],
  wants: 'lead' | 'support',
  deps: CoreDeps,
): Reply {
  const one = (a: SubjectEvidence) =>
    withCommonNote(a, readingReply(a.said, a.reading, a.evidence.unknown, deps, a.corrections, wants));
  if (about.length === 1) return one(about[0]!);
  const replies = about.map(one);
  return {
    title: `${wants === 'support' ? '谁配合' : '谁牵头'}:${about.map((a) => a.said).join('、')}`,
    colour: replies.every((r) => r.colour === 'blue') ? 'blue' : 'orange',
    blocks: replies.flatMap((r, i) => [heading(`${i + 1}. ${about[i]?.said ?? ''}`), ...r.blocks]),
  };
}
