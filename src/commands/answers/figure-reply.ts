import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import type { SubjectEvidence } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { hitLabel, labelled } from './present';
import { readingNotes } from './who';

/**
 * A figure asked for that the plan states outside its goals and indicators (in a task's text): where it
 * stands, quoted. A figure was asked for, not who leads: no owner is named.
 */
export function figureReply(about: SubjectEvidence, deps: CoreDeps): Reply | undefined {
  const hit = about.evidence.hits[0];
  if (!hit) return undefined;
  const { plan } = deps.knowledge;
  const where = hitLabel(hit, deps.knowledge);
  return {
    title: `目标与指标:${about.subject}`,
    colour: 'blue',
    blocks: [
      paragraph(
        plan.goals.length + plan.indicators.length > 0
          ? `方案的目标和指标中没有单列这一项,${where}中写到:`
          : `方案没有单列目标和指标,${where}中写到:`,
      ),
      paragraph(labelled('原文:', hit.snippet)),
      ...readingNotes([hit], about.evidence.unknown, about.corrections),
    ],
  };
}
