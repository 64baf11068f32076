import MiniSearch from 'minisearch';
import type { Plan } from '../plan/model';
import { toHalfWidth } from '../text/normalise';
import { createEvidenceFinder } from './create-evidence-finder';
import { markSnippet, SNIPPET_LENGTH } from './mark-snippet';
import type { HitKind, PlanSearch, SearchHit, SearchOptions } from './plan-search';
import { splitSentences } from './split-sentences';
import { type Tokenizer, tokenizeBigramsAndWords } from './tokenize';

// Full-text search over everything a plan says. One minisearch document per goal, indicator, task,
// measure and passage; the hit then names the sentence of that item that best matches the query.

export interface PlanSearchOptions {
  /** How text is cut into terms; bigrams plus dictionary words won the comparison in test/search/tokenizer-comparison.test.ts. */
  tokenizer?: Tokenizer;
  /** minisearch prefix matching; off by default (it did not help Chinese in the comparison). */
  prefix?: boolean;
  /** minisearch fuzzy matching (edit distance as a fraction of term length); off by default. */
  fuzzy?: number;
  /**
   * Cuts the words that make a text a question (`谁负责`, `是什么`) out of a query, leaving spaces: the
   * question vocabulary lives with the understanding layer (src/understand), which passes it in.
   */
  questionWords?: (text: string) => string;
}

/** Queries are user input; past this many characters the rest adds cost, not precision. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 10;

// Field weights: a task's title is its topic in a few words, the lead units are how staff name it.
const BOOST = { title: 2, text: 1, units: 1.5, context: 0.5 };

interface Indexed {
  id: string;
  kind: HitKind;
  title: string;
  text: string;
  units: string;
  context: string;
}

interface Entry {
  kind: HitKind;
  ref: string;
  clause: string;
  title: string;
  sentences: string[];
  /** Everything indexed for the item, lower-cased: how often a term occurs across items. */
  haystack: string;
}

function sentencesOf(title: string, ...texts: string[]): string[] {
  const sentences = texts.flatMap(splitSentences);
  if (title && !sentences.some((s) => s.includes(title))) sentences.unshift(title);
  return sentences;
}

function documentsOf(
  plan: Plan,
): { doc: Indexed; entry: Omit<Entry, 'sentences' | 'haystack'>; sentences: string[] }[] {
  return [
    ...plan.goals.map((g) => ({
      doc: {
        id: `goal:${g.index}`,
        kind: 'goal' as const,
        title: g.title,
        text: g.text,
        units: '',
        context: '',
      },
      entry: { kind: 'goal' as const, ref: String(g.index), clause: g.clause, title: g.title },
      sentences: sentencesOf(g.title, g.text),
    })),
    ...plan.indicators.map((i) => ({
      doc: {
        id: `indicator:${i.index}`,
        kind: 'indicator' as const,
        title: i.name,
        text: i.target,
        units: '',
        context: i.category,
      },
      entry: { kind: 'indicator' as const, ref: String(i.index), clause: i.clause, title: i.name },
      sentences: sentencesOf(i.name, i.target),
    })),
    ...plan.tasks.map((t) => ({
      doc: {
        id: `task:${t.id}`,
        kind: 'task' as const,
        title: t.title,
        text: t.text,
        units: t.lead.join(' '),
        context: t.section,
      },
      entry: { kind: 'task' as const, ref: t.id, clause: t.clause, title: t.title },
      sentences: sentencesOf(t.title, t.text),
    })),
    ...plan.measures.map((m) => ({
      doc: {
        id: `measure:${m.index}`,
        kind: 'measure' as const,
        title: m.title,
        text: m.text,
        units: [...m.roles.flatMap((r) => [r.role, r.holder]), ...m.units].join(' '),
        context: '',
      },
      entry: { kind: 'measure' as const, ref: String(m.index), clause: m.clause, title: m.title },
      sentences: sentencesOf(m.title, m.text),
    })),
    ...plan.passages.map((p) => {
      const title = p.heading || splitSentences(p.text)[0] || p.id;
      return {
        doc: {
          id: `passage:${p.id}`,
          kind: 'passage' as const,
          title: '',
          text: p.text,
          units: '',
          context: p.heading,
        },
        entry: { kind: 'passage' as const, ref: p.id, clause: p.clause, title },
        sentences: sentencesOf('', p.text),
      };
    }),
  ];
}

/** A search over the plan's goals, indicators, tasks, measures and passages. */
export function createPlanSearch(plan: Plan, options: PlanSearchOptions = {}): PlanSearch {
  const tokenize = options.tokenizer ?? tokenizeBigramsAndWords;
  const questionWords = options.questionWords ?? ((text: string) => text);
  const index = new MiniSearch<Indexed>({
    fields: ['title', 'text', 'units', 'context'],
    storeFields: ['kind'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: {
      // The query arrives already tokenized (see search below): terms joined by single spaces.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boost: BOOST,
      combineWith: 'OR',
      prefix: options.prefix ?? false,
      fuzzy: options.fuzzy ?? false,
    },
  });

  const entries = new Map<string, Entry>();
  for (const { doc, entry, sentences } of documentsOf(plan)) {
    if (entries.has(doc.id)) continue; // a malformed plan with a repeated id: the first one wins
    index.add(doc);
    const haystack = `${doc.title}\n${doc.text}\n${doc.units}\n${doc.context}`.toLowerCase();
    entries.set(doc.id, { ...entry, sentences, haystack });
  }

  // Inverse document frequency of an indexed term, for picking the sentence that matches best.
  // Computed on first use (matched terms are index terms, so the cache is bounded by the vocabulary).
  const weights = new Map<string, number>();
  function weight(term: string): number {
    let w = weights.get(term);
    if (w === undefined) {
      let df = 0;
      for (const entry of entries.values()) if (entry.haystack.includes(term)) df += 1;
      w = Math.log(1 + entries.size / Math.max(1, df));
      weights.set(term, w);
    }
    return w;
  }

  function bestSentence(entry: Entry, matched: string[]): string {
    let best = entry.sentences[0] ?? entry.title;
    let bestScore = 0;
    for (const sentence of entry.sentences) {
      const lower = sentence.toLowerCase();
      let score = 0;
      for (const term of matched) if (lower.includes(term)) score += weight(term);
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    return best;
  }

  function search(query: string, searchOptions: SearchOptions = {}): SearchHit[] {
    const text = questionWords(
      toHalfWidth(typeof query === 'string' ? query : '').slice(0, MAX_QUERY_LENGTH),
    );
    const terms = [...new Set(tokenize(text))].filter((t) => t.length > 0 && !t.includes(' '));
    if (terms.length === 0) return [];
    const kinds = searchOptions.kinds;
    const limit = Math.max(0, searchOptions.limit ?? DEFAULT_LIMIT);
    const results = index.search(
      terms.join(' '),
      kinds ? { filter: (r) => kinds.includes(r.kind as HitKind) } : {},
    );
    const hits: SearchHit[] = [];
    for (const result of results.slice(0, limit)) {
      const entry = entries.get(String(result.id));
      if (!entry) continue;
      // A one-character word (`处` of a split `秘书处`) would light up all over the sentence; it is
      // shown only when nothing longer matched.
      const longer = result.terms.filter((t) => Array.from(t).length > 1);
      const shown = longer.length > 0 ? longer : result.terms;
      const sentence = bestSentence(entry, shown);
      hits.push({
        kind: entry.kind,
        ref: entry.ref,
        clause: entry.clause,
        title: entry.title,
        sentence,
        snippet: markSnippet(sentence, shown, SNIPPET_LENGTH, weight),
        score: result.score,
      });
    }
    return hits;
  }

  const evidence = createEvidenceFinder(plan, questionWords);
  return { search, evidence, spread: evidence.spread };
}
