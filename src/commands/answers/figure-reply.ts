import type { PlanKnowledge } from '../../plan/knowledge';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import type { EvidenceHit } from '../../search/evidence';
import type { SubjectEvidence } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { highlight, hitLabel, labelled } from './present';
import { readingNotes } from './who';

// A figure asked for that the plan states outside its goals and indicators (in a task's text): where it
// stands, quoted in full. A figure was asked for, not who leads: no owner is named.

/** The whole text of the item a hit points at. */
function itemText(hit: EvidenceHit, knowledge: PlanKnowledge): string {
  const { plan } = knowledge;
  switch (hit.kind) {
    case 'task':
      return knowledge.taskById(hit.ref)?.text ?? hit.sentence;
    case 'goal':
      return plan.goals.find((g) => String(g.index) === hit.ref)?.text ?? hit.sentence;
    case 'indicator': {
      const i = knowledge.indicatorByIndex(Number(hit.ref));
      return i ? `${i.name}:${i.target}` : hit.sentence;
    }
    case 'measure':
      return plan.measures.find((m) => String(m.index) === hit.ref)?.text ?? hit.sentence;
    case 'passage':
      return plan.passages.find((p) => p.id === hit.ref)?.text ?? hit.sentence;
  }
}

/** The sentence of the item holding most of the words asked, one stating a figure first. */
function figureSentence(hit: EvidenceHit, knowledge: PlanKnowledge): string {
  const words = hit.terms.map((t) => t.found);
  const sentences = itemText(hit, knowledge)
    .split(/(?<=[。;；])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  const score = (s: string) =>
    words.filter((w) => s.toLowerCase().includes(w)).length * 2 + (/\d/.test(s) ? 1 : 0);
  return [...sentences].sort((a, b) => score(b) - score(a))[0] ?? hit.sentence;
}

/** `sentence`: the one stating the figure, when the caller has found it. */
export function figureReply(about: SubjectEvidence, deps: CoreDeps, sentence?: string): Reply | undefined {
  const hit = about.evidence.hits[0];
  if (!hit) return undefined;
  const { plan } = deps.knowledge;
  const where = hitLabel(hit, deps);
  const quoted = sentence ?? figureSentence(hit, deps.knowledge);
  return {
    title: about.said ? `目标与指标:${about.said}` : '目标与指标',
    colour: 'blue',
    blocks: [
      paragraph(
        plan.goals.length + plan.indicators.length > 0
          ? `方案的目标和指标中没有单列这一项,${where}中写到:`
          : `方案没有单列目标和指标,${where}中写到:`,
      ),
      paragraph(
        labelled(
          '原文:',
          highlight(
            quoted,
            hit.terms.map((t) => t.found),
          ),
        ),
      ),
      ...readingNotes([hit], about.evidence.unknown, about.corrections),
    ],
  };
}
