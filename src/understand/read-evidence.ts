import type { PlanKnowledge } from '../plan/knowledge';
import type { Measure, Plan, Task } from '../plan/model';
import { planWords } from '../plan/plan-words';
import type { Evidence, EvidenceHit, EvidenceTerm } from '../search/evidence';
import { bySubject } from './by-subject';
import { ACTION_WORDS, ASKED_ROLE, CLAUSE_VERB, OVERSIGHT_ACT } from './grammar';
import { roleWholeIn } from './role-whole-in';
import { subjectSpans } from './subject-spans';

// What the plan's text supports as an answer to "who leads X", read from the evidence. An owner is
// named only when the question's distinctive words single out one task (or tasks with one lead): a
// wrong owner is far worse than "the plan does not assign it".

/** A task must outscore any task led by someone else by this factor to be named. */
const MARGIN = 1.5;
/** Other targets or measures this close to a named task are mentioned beside it. */
const ALSO = 0.8;
const MAX_SHOWN = 3;
/** Characters held must outnumber characters left out by this factor… */
const COVERAGE = 2;
/**
 * …unless one task holds a long run of the question verbatim that no other part of the plan holds, and at
 * least as much of the question as it leaves out (城市医联体那块中心审计: 城市医联体): that phrase is evidence
 * on its own, and the answer says which words it did not use.
 */
const STRONG_RUN = 4;

export type EvidenceReading =
  /** One lead: the plan assigns it. `tasks` are the tasks of that lead that hold the evidence. */
  | {
      kind: 'task';
      task: Task;
      hit: EvidenceHit;
      tasks: { task: Task; hit: EvidenceHit }[];
      also: EvidenceHit[];
      /** Words of the question the task does not hold, when a phrase of it alone singled the task out. */
      unused: string[];
      /** Tasks of other leads that hold the words too, not as what they are about (said beside the answer). */
      elsewhere: EvidenceHit[];
    }
  /** Several tasks, led by different divisions, hold it about equally. */
  | { kind: 'ambiguous'; hits: EvidenceHit[] }
  /** A goal or indicator: the plan names no owner for those. */
  | { kind: 'target'; hits: EvidenceHit[] }
  /** A safeguard measure; `role` when the words asked sit in a role the text gives a holder. */
  | { kind: 'measure'; measure: Measure; hit: EvidenceHit; role?: { role: string; holder: string } }
  /** Elsewhere in the plan (指导思想 …): no owner. */
  | { kind: 'passage'; hit: EvidenceHit }
  /**
   * The plan does not speak to it: `missing` are the words it lacks; `near` what comes closest. `head`: the
   * plan does hold the phrase's last, distinctive word (学位 of 增加公办幼儿园学位), only not the words before
   * it — the thing is mentioned, not in the words asked.
   */
  | { kind: 'absent'; missing: string[]; common: string[]; near: EvidenceHit[]; head?: string };

/** Characters that carry no topic of their own. */
const FILLER = /[\s的了是这那个些在和与及或也都吧吗呢啊呀哦嘛之其]/;

/** The runs of the subject the hit's terms leave out, filler aside. */
function unusedWords(subject: string, hit: EvidenceHit): string[] {
  const used = new Uint8Array(subject.length);
  for (const t of hit.terms) used.fill(1, t.from, t.to);
  const words: string[] = [];
  let run = '';
  for (let i = 0; i <= subject.length; i += 1) {
    const ch = subject[i];
    if (ch !== undefined && !used[i] && !FILLER.test(ch)) run += ch;
    else if (run) {
      words.push(run);
      run = '';
    }
  }
  return [...new Set(words)];
}

/** Where what was asked ends: the subject's length, fillers at its end (的, 呢, 啊 …) left out. */
function contentEnd(subject: string): number {
  let end = subject.length;
  while (end > 0 && FILLER.test(subject[end - 1]!)) end -= 1;
  return end;
}

const lowered = new WeakMap<Task, string>();
/** A task's words as a question is matched against them. */
function lowerText(task: Task): string {
  let text = lowered.get(task);
  if (text === undefined) {
    text = `${task.title}${task.text}${task.section}`.toLowerCase();
    lowered.set(task, text);
  }
  return text;
}

const leadKey = (task: Task, knowledge: PlanKnowledge) =>
  task.lead
    .map((u) => knowledge.resolveDivision(u)?.name ?? u)
    .sort()
    .join('、');

/**
 * The hit's word that ends what was asked, held verbatim and distinctive: a Chinese phrase's head is its last
 * word (学位 of 增加学位, 中小学 of 新建中小学), what stands before it says which or what is done to it. A phrase
 * whose last word the plan lacks (体育馆, 学位补贴) has no head here.
 */
function headOf(subject: string, hit: EvidenceHit | undefined) {
  if (!hit) return undefined;
  const end = contentEnd(subject);
  const head = hit.terms.find((t) => !t.paraphrase && t.distinctive && t.to === end && t.to - t.from >= 2);
  // What the hit leaves out is only the plan's general verbs (增加, 新建): 商会 of 商会建设 is a thing.
  return head && unusedWords(subject, hit).every((w) => ACTION_WORDS.test(w)) ? head : undefined;
}

/**
 * Tasks of other leads than `first` whose subject holds the thing asked (the question's words before its
 * verb, `收入` of `收入增长`) as wholly as `first`'s does: the thing names no one of them. None when the question
 * has no verb after its thing, or when `first` alone holds it as a subject.
 */
function sameSubject(
  subject: string,
  first: Task,
  tasks: { task: Task; hit: EvidenceHit }[],
  knowledge: PlanKnowledge,
): { task: Task; hit: EvidenceHit }[] {
  const verb = CLAUSE_VERB.exec(subject);
  if (!verb || verb.index < 2) return [];
  const thing = subject.slice(0, verb.index).replace(/\s+/g, '');
  const holds = (task: Task) => subjectSpans(task).some((s) => s.includes(thing));
  if (!holds(first)) return [];
  const lead = leadKey(first, knowledge);
  const rivals = tasks.filter(
    ({ task }) => task !== first && leadKey(task, knowledge) !== lead && holds(task),
  );
  return rivals.slice(0, MAX_SHOWN - 1);
}

/**
 * Whether the term is only part of a longer word of the question the plan never uses: 一体化发展 of
 * 长三角一体化发展, where the plan holds 城乡一体化发展. The word asked names another thing than the plan's
 * phrase that shares its tail, so the run is no evidence on its own.
 */
function insideUnknown(term: EvidenceTerm, evidence: Evidence, itemText: string): boolean {
  const { subject } = evidence;
  return evidence.unknown.some((word) => {
    for (let at = subject.indexOf(word); at >= 0; at = subject.indexOf(word, at + 1)) {
      if (at > term.from || term.to > at + word.length) continue;
      // Only words before the term say which thing (长三角 of 长三角一体化发展); a general verb (推进) or a
      // pointer after it (这项) does not, nor words the item holds too (健康大脑加智慧医疗: 健康大脑+智慧医疗).
      const before = subject.slice(at, term.from).replace(new RegExp(FILLER.source, 'g'), '');
      if (!before || ACTION_WORDS.test(before)) continue;
      if (before.split(/[加和与及+＋]/).some((w) => w.length >= 2 && !itemText.includes(w))) return true;
    }
    return false;
  });
}

/** Least characters of a word the plan lacks for it to be a thing asked of its own (耕地保护, not 那块). */
const THING = 3;

/**
 * Whether the question names a thing of its own (three characters or more, no general verb) the plan never
 * writes, beside the words the hit holds: the hit is then about something else the question also said.
 */
function lacksThingAsked(evidence: Evidence, hit: EvidenceHit): boolean {
  const { subject } = evidence;
  return evidence.unknown.some((word) => {
    const han = word.replace(/[^\p{Script=Han}]/gu, '');
    if (han.length < THING || ACTION_WORDS.test(han)) return false;
    // A word the hit's terms overlap is the same thing typed otherwise (振兴审 of 乡村振兴审及), not another.
    const at = subject.indexOf(word);
    return at >= 0 && !hit.terms.some((t) => t.from < at + word.length && at < t.to);
  });
}

/**
 * An act of oversight ending what was asked when the plan never speaks of it: 审计 of 党建经费审计 asked of a plan
 * that speaks of 党建经费保障 but never of an audit. A Chinese phrase's last word is what it names (the audit of the
 * funds, not the funds), so the item holding the words before it is about another thing, and whoever it names
 * does not do that act. Other words the plan lacks at the end (a typo, 来摸) still leave the item's phrase standing.
 */
function unknownAct(evidence: Evidence, hit: EvidenceHit, plan: Plan): string | undefined {
  const { subject } = evidence;
  const end = contentEnd(subject);
  const act = OVERSIGHT_ACT.exec(subject.slice(0, end))?.[0];
  if (!act || hit.terms.some((t) => t.to > end - act.length)) return undefined;
  return planWords(plan).includes(act) ? undefined : act;
}

/** A count or a pointer that ends a phrase (两块, 这个, 几项): which of the things, not another thing. */
const POINTER = /^[这那哪各每几一二两三四五六七八九十]+(?:块|个|项|条|件|类|方面|部分|些|样)?$/;

/**
 * The subject's last word, left out by the hit and holding words the plan never writes (办公室, 办事机构 of 机构 and
 * 办事): not a general verb, nor a unit the question names (众创空间是科委).
 */
function missingHead(evidence: Evidence, hit: EvidenceHit, knowledge: PlanKnowledge): boolean {
  const { subject } = evidence;
  const end = contentEnd(subject);
  if (hit.terms.some((t) => t.to >= end)) return false;
  const last = unusedWords(subject.slice(0, end), hit).at(-1);
  return (
    last !== undefined &&
    last.length >= 2 &&
    subject.slice(0, end).endsWith(last) &&
    evidence.unknown.some((w) => w.endsWith(last) || last.includes(w)) &&
    !ACTION_WORDS.test(last) &&
    !POINTER.test(last) &&
    knowledge.resolveDivision(last) === undefined &&
    !knowledge.divisions.some((d) => [d.name, ...d.aliases].some((n) => n.endsWith(last)))
  );
}

export function readEvidence(evidence: Evidence, knowledge: PlanKnowledge): EvidenceReading {
  const { hits } = evidence;
  const top = hits[0];
  const head = headOf(evidence.subject, top);
  const closest = (xs: EvidenceHit[]) =>
    [...xs.filter((h) => h.kind === 'task'), ...xs.filter((h) => h.kind !== 'task')].slice(0, MAX_SHOWN);
  // The best item must hold clearly more of what was asked than it leaves out (a typo or a filler
  // word may stay out): 老旧小区该造 is 老旧小区改造, 智慧城市建设 is not 创新型城市建设.
  // So does the phrase's head when one task alone holds it and it is as long as what it leaves out (增加学位:
  // 学位, the plan writing 新增学位): the answer says which words it did not find.
  const topTask = top?.kind === 'task' ? knowledge.taskById(top.ref) : undefined;
  const itemText = topTask ? lowerText(topTask) : '';
  const strong =
    top?.kind === 'task' &&
    top.covered >= top.missing &&
    top.terms.some(
      (t) =>
        !t.paraphrase &&
        t.spread === 1 &&
        (t.to - t.from >= STRONG_RUN || t === head) &&
        !insideUnknown(t, evidence, itemText),
    );
  // A phrase's head is its last word (办公室 of 协调推进机制的办公室): when the plan never writes it, the run before it
  // only says whose or which, and the thing asked is not in the plan — the run is no evidence on its own.
  const headMissing = top !== undefined && missingHead(evidence, top, knowledge);
  // Words found only as parts of longer words the plan never uses (一体化发展 of 甬绍一体化发展) hold nothing.
  const onlyParts = topTask !== undefined && top!.terms.every((t) => insideUnknown(t, evidence, itemText));
  const otherThing = top?.kind === 'task' ? unknownAct(evidence, top, knowledge.plan) : undefined;
  if (
    !top ||
    onlyParts ||
    otherThing !== undefined ||
    (top.covered <= COVERAGE * top.missing && (!strong || headMissing))
  ) {
    return {
      kind: 'absent',
      missing: evidence.unknown,
      common: evidence.common,
      near: closest(top ? hits : evidence.near),
      ...(head ? { head: head.found } : {}),
    };
  }
  // A thing asked that the plan never names (耕地保护 of 共同富裕示范区的耕地保护): the task the rest of the question
  // found is not about it, however well the rest matched.
  if (top.kind === 'task' && lacksThingAsked(evidence, top)) {
    return { kind: 'absent', missing: evidence.unknown, common: evidence.common, near: closest(hits) };
  }
  if (top.kind === 'task') {
    const first = knowledge.taskById(top.ref);
    if (!first) return { kind: 'absent', missing: evidence.unknown, common: evidence.common, near: [] };
    const tasks = hits.flatMap((h) => {
      const t = h.kind === 'task' ? knowledge.taskById(h.ref) : undefined;
      return t ? [{ task: t, hit: h }] : [];
    });
    const close = tasks.filter((t) => t.hit.score * MARGIN > top.score);
    // The thing asked is the subject of tasks of other leads as much as of the best one (`收入增长`: 一般公共预算
    // 收入增长…, 城乡居民人均可支配收入分别增长…): its words standing next to the verb in one of them is no
    // evidence that it is that one.
    const rivals = sameSubject(evidence.subject, first, tasks, knowledge);
    if (rivals.length > 0) return { kind: 'ambiguous', hits: [top, ...rivals.map((t) => t.hit)] };
    let pick = { task: first, hit: top };
    let elsewhere: EvidenceHit[] = [];
    if (close.some(({ task: t }) => leadKey(t, knowledge) !== leadKey(first, knowledge))) {
      // Several leads hold it about equally: the task whose subject it is, if one is, else none of them.
      const subjectOf = bySubject(evidence.subject, close);
      if (!subjectOf) return { kind: 'ambiguous', hits: close.map((t) => t.hit) };
      pick = subjectOf;
      const lead = leadKey(pick.task, knowledge);
      elsewhere = close.filter(({ task: t }) => leadKey(t, knowledge) !== lead).map((t) => t.hit);
    }
    const { task, hit } = pick;
    const lead = leadKey(task, knowledge);
    const same = close.filter(({ task: t }) => leadKey(t, knowledge) === lead);
    const also = hits.filter((h) => h.kind !== 'task' && h.score >= top.score * ALSO).slice(0, MAX_SHOWN);
    // Read only when an answer shows it.
    let unused: string[] | undefined;
    return {
      kind: 'task',
      task,
      hit,
      tasks: same,
      also,
      elsewhere,
      get unused() {
        unused ??= unusedWords(evidence.subject, hit).filter((w) => !lowerText(task).includes(w));
        return unused;
      },
    };
  }
  if (top.kind === 'goal' || top.kind === 'indicator') {
    return {
      kind: 'target',
      hits: hits.filter((h) => (h.kind === 'goal' || h.kind === 'indicator') && h.score * MARGIN > top.score),
    };
  }
  if (top.kind === 'measure') {
    const measure = knowledge.plan.measures.find((m) => String(m.index) === top.ref);
    if (!measure) return { kind: 'passage', hit: top };
    // A role the text gives a holder, when the words asked are part of that role (跟踪督办 ⊂ 牵头抓总、跟踪督办);
    // a role noun asked (副组长, 专班成员) only as the whole role the text gives (组长 is not 副组长).
    const nounAsked = ASKED_ROLE.test(evidence.subject);
    const role = measure.roles.find((r) =>
      nounAsked
        ? roleWholeIn(evidence.subject, r.role, measure.text)
        : top.terms.some((t) => r.role.includes(t.found) || t.found.includes(r.role)),
    );
    return role ? { kind: 'measure', measure, hit: top, role } : { kind: 'measure', measure, hit: top };
  }
  return { kind: 'passage', hit: top };
}
