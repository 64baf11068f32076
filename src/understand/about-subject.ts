import { correctTypos } from './correct-typos';
import { expandTerms } from './expand-terms';
import { readEvidence } from './read-evidence';
import type { Correction, ReadContext, SubjectEvidence } from './reading';
import { stripQuestionWords } from './strip-question-words';

const cache = new WeakMap<ReadContext['lexicon'], RegExp>();

/** The plan's own names in a question (`2026年`, `十五五`) name the plan, not a topic: cut like question words. */
function planNames(ctx: ReadContext): RegExp {
  let re = cache.get(ctx.lexicon);
  if (!re) {
    const names = ctx.lexicon.names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
    re =
      names.length > 0
        ? new RegExp(`(?:到|至|在)?(?:${names.join('|')})(?:年度|年底|年末|年)?(?:前)?(?:的)?`, 'g')
        : /$^/g;
    cache.set(ctx.lexicon, re);
  }
  return re;
}

/** What a question is about, without its question words and the plan's names. */
export function subjectOf(text: string, ctx: ReadContext): string {
  return stripQuestionWords(text.replace(planNames(ctx), ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The plan's evidence about a subject asked in words, and what it supports as an answer. Words the plan
 * lacks that are typos of its words are read as those, when that leaves fewer words unknown.
 */
export function aboutSubject(text: string, ctx: ReadContext): SubjectEvidence {
  const typed = subjectOf(text, ctx);
  // Short forms of the plan's terms (内审 → 内部审计) read as the terms, unless that leaves more unknown.
  const expanded = expandTerms(typed, ctx.knowledge.plan);
  let subject = typed;
  let evidence = ctx.search.evidence(typed);
  let shortForms: Correction[] = [];
  if (expanded) {
    const longer = ctx.search.evidence(expanded.subject);
    if (longer.unknownChars <= evidence.unknownChars) {
      subject = expanded.subject;
      evidence = longer;
      shortForms = expanded.corrections;
    }
  }
  const reading = readEvidence(evidence, ctx.knowledge);
  const asTyped = {
    subject: evidence.subject || subject,
    said: typed,
    evidence,
    reading,
    corrections: shortForms,
  };
  if (evidence.unknown.length === 0) return asTyped;
  const corrected = correctTypos(asTyped.subject, evidence.unknown, ctx.lexicon, ctx.search.spread);
  if (!corrected) return asTyped;
  const better = ctx.search.evidence(corrected.subject);
  if (better.unknownChars >= evidence.unknownChars) return asTyped;
  const read = readEvidence(better, ctx.knowledge);
  // A reading that already names a task keeps it: the typo read right only says more about the same task.
  if (reading.kind === 'task' && (read.kind !== 'task' || read.task.id !== reading.task.id)) return asTyped;
  return {
    subject: better.subject || corrected.subject,
    said: typed,
    evidence: better,
    reading: read,
    corrections: [...shortForms, ...corrected.corrections],
  };
}

/**
 * `政府债务审计完成外业`: the longest opening words that single out one task (the rest is what was done on
 * it), for a command whose task is named in words with no space after them.
 */
export function taskNamedAtStart(
  text: string,
  ctx: ReadContext,
): { words: string; taskId: string } | undefined {
  const chars = [...text.trim()];
  for (let k = chars.length - 1; k >= 2; k -= 1) {
    const words = chars.slice(0, k).join('');
    const about = aboutSubject(words, ctx);
    // Every word of it the task's own: `…专项审计完成数据分` is not a name of the task.
    if (
      about.reading.kind === 'task' &&
      about.evidence.unknown.length === 0 &&
      about.reading.unused.length === 0
    )
      return { words, taskId: about.reading.task.id };
  }
  return undefined;
}
