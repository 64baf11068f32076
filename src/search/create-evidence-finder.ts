import { maxDistinctiveSpread } from '../plan/max-distinctive-spread';
import type { Plan } from '../plan/model';
import type { Inline } from '../reply/reply';
import { toHalfWidth } from '../text/normalise';
import { toSimplified } from '../text/to-simplified';
import { QUOTE_MARK_CLASS, withoutQuoteMarks } from '../text/without-quote-marks';
import { wordBounds } from '../text/word-bounds';
import { createPhraseIndex } from './create-phrase-index';
import type { Evidence, EvidenceHit, EvidenceTerm } from './evidence';
import type { HitKind } from './hit-kind';
import { markSnippet, SNIPPET_LENGTH } from './mark-snippet';
import { opensAPhrase } from './opens-a-phrase';
import { paraphraseGroups } from './paraphrase-groups';
import { splitSentences } from './split-sentences';
import { startsAWord } from './starts-a-word';
import { withHeadings } from './with-headings';

// Evidence for an answer: the runs of the question that stand verbatim in a plan item (or whose
// paraphrase does), weighed by how few of the plan's topic groups hold them. A run held by much of the
// plan (审计, 资金, 建设, 化 …) is no evidence: the share comes from the plan's own statistics, so a
// different plan gets its own common words. Single characters are never evidence by themselves.

export interface EvidenceOptions {
  kinds?: HitKind[];
}

export interface EvidenceFinder {
  (query: string, options?: EvidenceOptions): Evidence;
  /** Topic groups of the plan holding the phrase verbatim. */
  spread(phrase: string): number;
}

/** Characters of a verbatim run that make it a phrase of the plan, not common words met by accident. */
const WHOLE_PHRASE = 6;

/** Common runs still order items a little, never enough to outweigh one distinctive run. */
const COMMON_WEIGHT = 0.01;
/**
 * Words found only in the heading a task sits under (养老托育 over three tasks) say less of a task than its
 * own text does (发展普惠托育服务).
 */
const HEADING_WEIGHT = 0.5;
/** A paraphrase is a reading of the question, not its words: verbatim evidence outranks it. */
const PARAPHRASE_WEIGHT = 0.8;
const MAX_SUBJECT = 200;
const MAX_NEAR = 5;
/** The last few questions' evidence: one message asks for the same evidence more than once. */
const MEMO = 32;
/** Phrases asked are user input: what is kept per phrase is dropped past this many. */
const PHRASE_CACHE = 20_000;
/** Characters of everyday grammar: not content, so never "unknown" when the plan lacks them alone. */
const GRAMMAR = new Set(
  '和与及或跟同在是做等对把被将向从给让也都还又就才而并且之其所为于由各每此该这那个些么吗呢吧啊呀哦嘛了的地得着过们要能会可请你我他她它呢么怎样归',
);
/** Items that state what is to be achieved, not the work: no phrase of theirs is a task's rival. */
const TARGET_KINDS: ReadonlySet<HitKind> = new Set(['goal', 'indicator']);
const KIND_ORDER: Record<HitKind, number> = { task: 0, indicator: 1, goal: 2, measure: 3, passage: 4 };
const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
/** Quotes and brackets a plan puts inside a phrase. */

/** The text of a sentence a term stands for, quotes and brackets inside it included. */
function shown(sentence: string, term: string): string {
  const lower = toHalfWidth(sentence).toLowerCase();
  if (lower.includes(term)) return term;
  const pattern = [...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`${QUOTE_MARK_CLASS}*`);
  const m = new RegExp(pattern).exec(lower);
  return m ? m[0] : term;
}
const HAN = /\p{Script=Han}/u;

const chunkBounds = new Map<string, Set<number>>();
const CHUNK_CACHE = 2000;

/** Offsets where the dictionary's words of a chunk start and end (segmenting is the costly part: kept a while). */
function chunkWordBounds(chunk: string): Set<number> {
  const cached = chunkBounds.get(chunk);
  if (cached) return cached;
  const bounds = wordBounds(chunk);
  if (chunkBounds.size >= CHUNK_CACHE) chunkBounds.clear();
  chunkBounds.set(chunk, bounds);
  return bounds;
}

interface Item {
  kind: HitKind;
  ref: string;
  clause: string;
  title: string;
  text: string;
  /** The text once, without quotes and brackets: how often it says a phrase. */
  bare: string;
  /** The item's own text, without the heading it sits under (normalised as `text`). */
  own: string;
  /** The heading it sits under (a task's section), normalised; empty for other items. */
  heading: string;
  sentences: string[];
  group: number;
}

/** An item holding words of the question, before it is shown. */
interface Ranked {
  item: Item;
  evidence: (EvidenceTerm & { weight: number })[];
  score: number;
  terms: EvidenceTerm[];
  covered: number;
  missing: number;
  order: number;
  longest: number;
}

interface Candidate {
  from: number;
  to: number;
  asked: string;
  found: string;
  paraphrase: boolean;
}

function itemsOf(plan: Plan): Item[] {
  const goalGroups = new Map(plan.goals.map((g, i) => [g.index, i]));
  let next = plan.goals.length;
  const own = () => next++;
  const withTitle = (title: string, text: string) =>
    title && !text.includes(title) ? [title, text] : [text];
  return [
    ...plan.goals.map((g) => ({
      kind: 'goal' as const,
      ref: String(g.index),
      clause: g.clause,
      title: g.title,
      parts: withTitle(g.title, g.text),
      group: goalGroups.get(g.index)!,
    })),
    ...plan.indicators.map((i) => ({
      kind: 'indicator' as const,
      ref: String(i.index),
      clause: i.clause,
      title: i.name,
      parts: [...new Set([i.name, i.target])],
      group: (i.goalIndex !== undefined ? goalGroups.get(i.goalIndex) : undefined) ?? own(),
    })),
    ...plan.tasks.map((t) => ({
      kind: 'task' as const,
      ref: t.id,
      clause: t.clause,
      title: t.title,
      // The note names units, not the topic; the section heading is the topic of its tasks too.
      parts: withTitle(t.title, t.note ? t.text.replace(t.note, '') : t.text),
      context: t.section,
      group: own(),
    })),
    ...plan.measures.map((m) => ({
      kind: 'measure' as const,
      ref: String(m.index),
      clause: m.clause,
      title: m.title,
      parts: withTitle(m.title, m.text),
      group: own(),
    })),
    ...plan.passages.map((p) => ({
      kind: 'passage' as const,
      ref: p.id,
      clause: p.clause,
      title: p.heading || splitSentences(p.text)[0] || p.id,
      parts: [p.text],
      group: own(),
    })),
  ].map(({ parts: own, ...item }) => {
    const context = 'context' in item ? (item.context as string) : '';
    const parts = context ? [...own, context] : own;
    // Also without quotes and brackets, so `扩中提低` finds “扩中”“提低” and 村社区建设 finds 村(社区)建设.
    const normalised = (texts: string[]) =>
      [...new Set([texts.join('\n'), withoutQuoteMarks(texts.join('\n'))])]
        .map((t) => toHalfWidth(t).toLowerCase())
        .join('\n');
    return {
      ...item,
      text: normalised(parts),
      own: normalised(own),
      heading: context ? normalised([context]) : '',
      bare: toHalfWidth(withoutQuoteMarks(parts.join('\n'))).toLowerCase(),
      sentences: parts.filter(Boolean).flatMap(splitSentences),
    };
  });
}

/** Normalised as the plan is for matching, with the question's own words cut out. */
function questionSubject(query: string, questionWords: (text: string) => string): string {
  const text = toSimplified(toHalfWidth(typeof query === 'string' ? query : '').slice(0, MAX_SUBJECT));
  return questionWords(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** `questionWords` cuts a question's own words out of a query (src/understand passes the vocabulary in). */
export function createEvidenceFinder(
  plan: Plan,
  questionWords: (text: string) => string = (text) => text,
): EvidenceFinder {
  const items = itemsOf(plan);
  const headingIds = new Map<string, number>();
  const headingOf = items.map((i) => {
    if (!headingIds.has(i.heading)) headingIds.set(i.heading, headingIds.size);
    return headingIds.get(i.heading) as number;
  });
  const index = withHeadings(
    createPhraseIndex(
      items.map((i) => i.own),
      items.map((i) => i.group),
    ),
    createPhraseIndex(
      items.map((i) => i.heading),
      headingOf,
    ),
    headingOf,
  );
  const maxSpread = maxDistinctiveSpread(index.groupCount);
  const nearSpread = Math.max(maxSpread, Math.floor(index.groupCount / 4));
  const idf = (spread: number) => Math.log(1 + index.groupCount / Math.max(1, spread));
  // Only paraphrases the plan uses can add evidence.
  const paraphrases = paraphraseGroups()
    .map((members) => ({ members, present: members.filter((w) => index.itemsWith(w).length > 0) }))
    .filter((g) => g.present.length > 0);

  /** How often an item holds a phrase. */
  function occurrences(text: string, phrase: string): number {
    let n = 0;
    for (let at = text.indexOf(phrase); at >= 0 && n < 2; at = text.indexOf(phrase, at + phrase.length))
      n += 1;
    return n;
  }

  /** Goals and indicators restate what the tasks achieve (建成区级公共数据平台): holding the run too, they do not
   * make it less the one task's phrase. */
  function ownPhrase(phrase: string, item: Item): boolean {
    return (
      index.itemsWith(phrase).every((n) => items[n] === item || TARGET_KINDS.has(items[n]!.kind)) &&
      opensAPhrase(item.bare, phrase)
    );
  }

  function term(
    c: Candidate,
    item: Item,
    commonWords: (from: number, to: number) => boolean,
  ): EvidenceTerm & { weight: number } {
    const spread = index.groupsWith(c.found);
    // Two common words side by side (城市 + 建设) are rare together by accident unless the item keeps
    // coming back to them (社会治理, three times in its task): once is no evidence. A longer run the plan holds
    // verbatim (健康绍兴打造, 城市发展建设相关政策) is a phrase of it, however common its words.
    // A run only one item holds, standing there as a phrase of its own — after punctuation or a verb acting on
    // it (加强城乡治理、…) — is that item's phrase, met once or not; the tail of a longer compound there
    // (城市建设 of 创新型城市建设) is not.
    const rare = spread > 0 && spread <= maxSpread;
    // Whether it is the item's own phrase is asked last, only of a run that would otherwise be accidental.
    const accidental =
      rare &&
      !c.paraphrase &&
      c.to - c.from < WHOLE_PHRASE &&
      commonWords(c.from, c.to) &&
      occurrences(item.bare, c.found) < 2 &&
      !ownPhrase(c.found, item);
    return {
      ...c,
      spread,
      distinctive: rare && !accidental,
      weight:
        idf(spread) *
        (c.to - c.from) *
        (c.paraphrase ? PARAPHRASE_WEIGHT : 1) *
        (item.own.includes(c.found) ? 1 : HEADING_WEIGHT),
    };
  }

  // Which items hold a phrase where one of their words starts depends on the plan alone: segmenting the
  // items' text around it is done once per phrase, not again for every question that asks it.
  const atWordStart = new Map<string, readonly number[]>();
  function heldAtWordStart(phrase: string, held: readonly number[]): readonly number[] {
    const known = atWordStart.get(phrase);
    if (known) return known;
    const found = held.filter((n) => startsAWord(items[n]!.text, phrase));
    if (atWordStart.size >= PHRASE_CACHE) atWordStart.clear();
    atWordStart.set(phrase, found);
    return found;
  }

  /** Runs of the question (two characters or more) held verbatim, per item, longest at each start. */
  function runs(subject: string) {
    const entries: { from: number; length: number; items: readonly number[] }[] = [];
    const covered = new Uint8Array(subject.length);
    const corpus: { from: number; to: number }[] = [];
    const tokens: { from: number; to: number; han: boolean }[] = [];
    const record = (from: number, length: number, found: readonly number[]) => {
      if (found.length > 0) entries.push({ from, length, items: found });
    };
    for (const m of subject.matchAll(RUNS)) {
      const chunk = m[0];
      const offset = m.index ?? 0;
      const han = HAN.test(chunk);
      tokens.push({ from: offset, to: offset + chunk.length, han });
      const bounds = han ? chunkWordBounds(chunk) : new Set([0, chunk.length]);
      if (!han) {
        // A Latin word or a number is one token: found whole or not at all.
        const found = chunk.length >= 2 ? index.itemsWith(chunk) : [];
        record(offset, chunk.length, found);
        if (found.length > 0) {
          covered.fill(1, offset, offset + chunk.length);
          corpus.push({ from: offset, to: offset + chunk.length });
        }
        continue;
      }
      let reach = offset;
      for (let i = 0; i + 1 < chunk.length; i += 1) {
        // A run starts and ends where the question's words do: 退休金审计 holds no 金审计.
        if (!bounds.has(i)) continue;
        // After a character the dictionary leaves on its own (社 of 社保, a word it does not know), the run's
        // start is only a guess: it counts where the plan's words start there too (保审计 is no part of 确保审计).
        const afterLone = i > 0 && bounds.has(i - 1);
        // Every part of a phrase the plan holds is held too: lengthen until the plan has no more.
        let longest = 0;
        for (let l = 2; i + l <= chunk.length; l += 1) {
          const phrase = chunk.slice(i, i + l);
          const held = index.itemsWith(phrase);
          const found = afterLone ? heldAtWordStart(phrase, held) : held;
          if (found.length === 0) break;
          if (!bounds.has(i + l)) continue;
          longest = l;
          record(offset + i, l, found);
        }
        if (longest === 0) continue;
        const from = offset + i;
        covered.fill(1, from, from + longest);
        if (from + longest > reach) corpus.push({ from, to: from + longest });
        reach = Math.max(reach, from + longest);
      }
    }
    return { entries, covered, corpus, tokens };
  }

  function paraphraseSpans(subject: string): (Candidate & { items: readonly number[] })[] {
    const out: (Candidate & { items: readonly number[] })[] = [];
    for (const { members, present } of paraphrases) {
      for (const asked of members) {
        for (let at = subject.indexOf(asked); at >= 0; at = subject.indexOf(asked, at + 1)) {
          for (const found of present) {
            if (asked.includes(found)) continue; // held verbatim: the run itself counts
            out.push({
              from: at,
              to: at + asked.length,
              asked,
              found,
              paraphrase: true,
              items: index.itemsWith(found),
            });
          }
        }
      }
    }
    return out;
  }

  /** The hit as answers show it; its sentence is picked and marked only when a reply shows it. */
  function detail(r: Ranked): EvidenceHit {
    const { item } = r;
    let sentence: string | undefined;
    let snippet: Inline[] | undefined;
    const pick = () => (sentence ??= bestSentence(item, r.evidence));
    const weightOf = (found: string) => r.evidence.find((t) => t.found === found)?.weight ?? 0;
    return {
      kind: item.kind,
      ref: item.ref,
      clause: item.clause,
      title: item.title,
      score: r.score,
      terms: r.terms,
      covered: r.covered,
      missing: r.missing,
      get sentence() {
        return pick();
      },
      get snippet() {
        const s = pick();
        snippet ??= markSnippet(
          s,
          [...new Set(r.evidence.map((t) => shown(s, t.found)))],
          SNIPPET_LENGTH,
          (w) => weightOf(withoutQuoteMarks(w)),
        );
        return snippet;
      },
    };
  }

  function bestSentence(item: Item, terms: (EvidenceTerm & { weight: number })[]): string {
    let best = item.sentences[0] ?? item.title;
    let bestScore = 0;
    for (const sentence of item.sentences) {
      const lower = toHalfWidth(sentence).toLowerCase();
      let score = 0;
      const bare = withoutQuoteMarks(lower);
      for (const t of terms) if (lower.includes(t.found) || bare.includes(t.found)) score += t.weight;
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    return best;
  }

  /** The question's content words the plan lacks, widened to whole words for quoting. */
  function unknownWords(
    subject: string,
    covered: Uint8Array,
    tokens: { from: number; to: number; han: boolean }[],
    corpus: { from: number; to: number }[],
  ) {
    // A distinctive run right beside the gap is part of what was asked: 营商 + 环境, 国资 + 监管.
    const distinctiveRun = (r: { from: number; to: number }) => {
      const spread = index.groupsWith(subject.slice(r.from, r.to));
      return spread > 0 && spread <= maxSpread;
    };
    const words: string[] = [];
    let chars = 0;
    for (const token of tokens) {
      if (!token.han) {
        if (token.to - token.from >= 2 && !covered[token.from]) {
          words.push(subject.slice(token.from, token.to));
          chars += token.to - token.from;
        }
        continue;
      }
      const chunk = subject.slice(token.from, token.to);
      const lacking = (i: number) => !covered[token.from + i] && !GRAMMAR.has(chunk[i]!);
      if (![...chunk].some((_, i) => lacking(i))) continue;
      // Dictionary words of the chunk, so a quote never cuts one (`数字化`, not `字化`).
      const cuts = [...chunkWordBounds(chunk)].sort((a, b) => a - b);
      const bounds: [number, number][] = cuts.slice(1).map((e, i) => [cuts[i]!, e]);
      const spans: [number, number][] = [];
      for (const [s, e] of bounds) {
        let n = 0;
        for (let i = s; i < e; i += 1) if (lacking(i)) n += 1;
        if (n === 0) continue;
        chars += n;
        const last = spans[spans.length - 1];
        if (last && last[1] === s) last[1] = e;
        else spans.push([s, e]);
      }
      for (const span of spans) {
        // A lone character reads as part of the word before it (保障 + 房, 养老 + 金).
        if (span[1] - span[0] === 1) {
          const before = bounds.find(([, e]) => e === span[0]);
          const after = bounds.find(([s]) => s === span[1]);
          if (before) span[0] = before[0];
          else if (after) span[1] = after[1];
        }
        const left = corpus.find((r) => r.to === token.from + span[0] && distinctiveRun(r));
        const right = corpus.find((r) => r.from === token.from + span[1] && distinctiveRun(r));
        words.push(subject.slice(left?.from ?? token.from + span[0], right?.to ?? token.from + span[1]));
      }
    }
    return { words: [...new Set(words)], chars };
  }

  const memo = new Map<string, Evidence>();
  const finder = function remembered(query: string, options: EvidenceOptions = {}): Evidence {
    const key = `${options.kinds?.join(',') ?? ''}\u0000${query}`;
    const known = memo.get(key);
    if (known) return known;
    const evidence = find(query, options);
    if (memo.size >= MEMO) memo.delete(memo.keys().next().value!);
    memo.set(key, evidence);
    return evidence;
  };
  finder.spread = (phrase: string) => index.groupsWith(toHalfWidth(phrase).toLowerCase());
  return finder;

  function find(query: string, options: EvidenceOptions = {}): Evidence {
    const subject = questionSubject(query, questionWords);
    const { entries, covered, corpus, tokens } = runs(subject);
    const spans = paraphraseSpans(subject);
    for (const s of spans) covered.fill(1, s.from, s.to);
    const kinds = options.kinds;
    // A run that splits into phrases the plan uses all over (城市 + 建设, 创新 + 审计).
    const splits = new Map<number, boolean>();
    const commonWords = (from: number, to: number) => {
      if (to - from < 4) return false;
      const key = from * 1024 + to;
      const known = splits.get(key);
      if (known !== undefined) return known;
      const result = splitsIntoCommon(from, to);
      splits.set(key, result);
      return result;
    };
    const splitsIntoCommon = (from: number, to: number) => {
      const can = new Uint8Array(to - from + 1);
      can[0] = 1;
      for (let j = 2; j <= to - from; j += 1) {
        for (let i = 0; i + 2 <= j && !can[j]; i += 1) {
          if (can[i] && index.groupsWith(subject.slice(from + i, from + j)) > maxSpread) can[j] = 1;
        }
      }
      return can[to - from] === 1;
    };
    // What the question is about: every character but grammar and words spread over much of the plan
    // (a word the plan lacks is content too). An item that leaves some of it out answers less.
    const content = new Uint8Array(subject.length);
    for (const t of tokens) {
      if (t.han) {
        for (let i = t.from; i < t.to; i += 1) if (!GRAMMAR.has(subject[i]!)) content[i] = 1;
      } else if (t.to - t.from >= 2) content.fill(1, t.from, t.to);
    }
    const specific = new Uint8Array(subject.length);
    for (const r of corpus)
      if (index.groupsWith(subject.slice(r.from, r.to)) <= nearSpread) specific.fill(1, r.from, r.to);
    for (const s of spans) specific.fill(1, s.from, s.to);
    for (const r of corpus) {
      for (let i = r.from; i < r.to; i += 1) if (!specific[i]) content[i] = 0;
    }

    const hits: Ranked[] = [];
    const near: Ranked[] = [];
    const taken = new Uint8Array(subject.length);
    const held = new Uint8Array(subject.length);
    // Only items holding some run few topic groups hold are weighed; most hold only 审计 and the like.
    const weighed = new Set<number>();
    for (const e of entries)
      if (index.groupsWith(subject.slice(e.from, e.from + e.length)) <= nearSpread)
        for (const item of e.items) weighed.add(item);
    for (const s of spans) for (const item of s.items) weighed.add(item);
    const perItem = new Map<number, Map<number, number>>();
    for (const e of entries) {
      for (const item of e.items) {
        if (!weighed.has(item)) continue;
        const starts = perItem.get(item) ?? new Map<number, number>();
        perItem.set(item, starts);
        starts.set(e.from, e.length); // entries come shortest first at each start
      }
    }
    const candidates = new Map<number, Candidate[]>();
    for (const [item, starts] of perItem) {
      const list: Candidate[] = [];
      let reach = -1;
      for (const [from, length] of [...starts].sort((a, b) => a[0] - b[0])) {
        if (from + length <= reach) continue; // inside a longer run of the same item
        reach = from + length;
        const words = subject.slice(from, from + length);
        list.push({ from, to: from + length, asked: words, found: words, paraphrase: false });
      }
      candidates.set(item, list);
    }
    for (const s of spans) {
      for (const item of s.items) {
        const list = candidates.get(item) ?? [];
        candidates.set(item, list);
        list.push(s);
      }
    }
    for (const [itemIndex, list] of candidates) {
      const item = items[itemIndex]!;
      if (kinds && !kinds.includes(item.kind)) continue;
      const terms = list
        .map((c) => term(c, item, commonWords))
        .sort((a, b) => Number(b.distinctive) - Number(a.distinctive) || b.weight - a.weight);
      taken.fill(0);
      const chosen: typeof terms = [];
      for (const t of terms) {
        let free = true;
        for (let i = t.from; i < t.to; i += 1) if (taken[i]) free = false;
        if (!free) continue;
        taken.fill(1, t.from, t.to);
        chosen.push(t);
      }
      const distinctive = chosen.filter((t) => t.distinctive);
      // Closest-but-not-evidence: words held by at most a quarter of the plan's topic groups.
      const evidence = distinctive.length > 0 ? distinctive : chosen.filter((t) => t.spread <= nearSpread);
      if (evidence.length === 0) continue;
      const score =
        evidence.reduce((s, t) => s + t.weight, 0) +
        COMMON_WEIGHT * chosen.filter((t) => !evidence.includes(t)).reduce((s, t) => s + t.weight, 0);
      // Held by the item at all, overlapping runs included (医共体 and 体建设 of 医共体建设).
      held.fill(0);
      for (const t of terms) held.fill(1, t.from, t.to);
      let missing = 0;
      for (let i = 0; i < subject.length; i += 1) if (content[i] && !held[i]) missing += 1;
      (distinctive.length > 0 ? hits : near).push({
        item,
        evidence,
        score,
        terms: evidence.sort((a, b) => a.from - b.from).map(({ weight: _, ...t }) => t),
        covered: evidence.reduce((s, t) => s + t.to - t.from, 0),
        missing,
        order: itemIndex,
        longest: Math.max(...evidence.map((t) => t.to - t.from)),
      });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        b.longest - a.longest ||
        KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
        a.order - b.order,
    );
    const unknown = unknownWords(subject, covered, tokens, corpus);
    const common = [
      ...new Set(
        corpus.map((r) => subject.slice(r.from, r.to)).filter((w) => index.groupsWith(w) > maxSpread),
      ),
    ];
    return {
      subject,
      hits: hits.map(detail),
      near: near.slice(0, MAX_NEAR).map(detail),
      unknown: unknown.words,
      unknownChars: unknown.chars,
      common,
    };
  }
}
