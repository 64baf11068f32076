import type { Inline } from '../reply/reply';
import { toHalfWidth } from '../text/normalise';
import { wordBounds } from '../text/word-bounds';

// A snippet is a sentence with the matched terms marked `{strong}`; a long sentence is cut to the
// window holding the most (weighted) marked characters, with `…` where text was left out: the rare
// word the user asked about should be in view rather than three copies of a common one.

export const SNIPPET_LENGTH = 80;
const LEAD_IN = 12;
/** A cut moves at most this far to fall between two words (`…促进审计整改`, not `…进审计整改`). */
const MAX_WORD = 4;

/** Snippets are cut from the plan's sentences, a bounded set: each is segmented once. */
const boundsCache = new Map<string, number[]>();
const CACHE_LIMIT = 5000;

/** Where the sentence's words start and end, in order. */
function sentenceWordBounds(sentence: string): number[] {
  const cached = boundsCache.get(sentence);
  if (cached) return cached;
  const bounds = [...wordBounds(sentence)].sort((a, b) => a - b);
  if (boundsCache.size >= CACHE_LIMIT) boundsCache.clear();
  boundsCache.set(sentence, bounds);
  return bounds;
}

/** The nearest word boundary at or before (start) / at or after (end) `at`, if close enough. */
function snap(bounds: number[], at: number, towards: 'before' | 'after'): number {
  const near = towards === 'before' ? bounds.filter((b) => b <= at).pop() : bounds.find((b) => b >= at);
  return near !== undefined && Math.abs(near - at) <= MAX_WORD ? near : at;
}

type WeightedSpan = [start: number, end: number, weight: number];

/** How much a matched term counts when placing the window; every term counts 1 by default. */
export type TermWeight = (term: string) => number;

/** Matched spans, each with the weight per character of the heaviest term covering it. */
function weightedSpans(sentence: string, terms: Iterable<string>, weightOf: TermWeight): WeightedSpan[] {
  // Terms come half-width and lower-case (`gdp增长8%`): matched so in the sentence as written (`ＧＤＰ增长８％`).
  // toLowerCase can change the length of rare characters; then offsets would lie, so match as written.
  const lower = toHalfWidth(sentence).toLowerCase();
  const haystack = lower.length === sentence.length ? lower : sentence;
  const covered = new Float64Array(sentence.length);
  for (const term of terms) {
    if (term.length === 0) continue;
    const weight = Math.max(Number.MIN_VALUE, weightOf(term) || 0);
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      for (let i = at; i < at + term.length; i += 1) covered[i] = Math.max(covered[i]!, weight);
    }
  }
  const spans: WeightedSpan[] = [];
  for (let i = 0; i < covered.length; i += 1) {
    if (!covered[i]) continue;
    const start = i;
    let total = 0;
    while (i < covered.length && covered[i]) total += covered[i++]!;
    const [from, to] = withPartnerMarks(sentence, start, i);
    spans.push([from, to, total / (i - start)]);
  }
  return spans;
}

/** Quote marks in pairs, opening first. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['《', '》'],
];

/**
 * A span that a match stretched over a quote mark (`两新”政策` of `“两新”政策`) takes the mark's partner next to
 * it too: `【“两新”政策】`, never `“【两新”政策】`.
 */
function withPartnerMarks(sentence: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  const span = sentence.slice(start, end);
  for (const [open, close] of PAIRS) {
    const opens = span.split(open).length - 1;
    const closes = span.split(close).length - 1;
    if (closes > opens && sentence[from - 1] === open) from -= 1;
    if (opens > closes && sentence[to] === close) to += 1;
  }
  return [from, to];
}

/** The start of the `length`-character window that holds the most marked weight. */
function bestWindow(spans: WeightedSpan[], textLength: number, length: number): number {
  let best = 0;
  let bestCovered = -1;
  for (const [spanStart] of spans) {
    const start = Math.max(0, Math.min(spanStart - LEAD_IN, textLength - length));
    const end = start + length;
    let covered = 0;
    for (const [s, e, w] of spans) covered += w * Math.max(0, Math.min(e, end) - Math.max(s, start));
    if (covered > bestCovered) {
      best = start;
      bestCovered = covered;
    }
  }
  return best;
}

/** `sentence` as inline content with `terms` marked, cut around the best match when longer than `length`. */
export function markSnippet(
  sentence: string,
  terms: Iterable<string>,
  length = SNIPPET_LENGTH,
  weightOf: TermWeight = () => 1,
): Inline[] {
  let spans = weightedSpans(sentence, terms, weightOf);
  let from = 0;
  let to = sentence.length;
  if (sentence.length > length) {
    from = bestWindow(spans, sentence.length, length);
    to = from + length;
    const bounds = sentenceWordBounds(sentence);
    from = snap(bounds, from, 'before');
    to = Math.min(sentence.length, snap(bounds, to, 'after'));
    spans = spans
      .map(([s, e, w]): WeightedSpan => [Math.max(s, from), Math.min(e, to), w])
      .filter(([s, e]) => s < e);
  }
  // Never cut a surrogate pair (emoji, rare characters) in half.
  const isLow = (i: number) => i > 0 && i < sentence.length && /[\uDC00-\uDFFF]/.test(sentence[i]!);
  if (isLow(from)) from -= 1;
  if (isLow(to)) to += 1;

  const out: Inline[] = [];
  const text = (s: string) => {
    if (s.length === 0) return;
    const last = out[out.length - 1];
    if (typeof last === 'string') out[out.length - 1] = last + s;
    else out.push(s);
  };
  if (from > 0) text('…');
  let at = from;
  for (const [s, e] of spans) {
    text(sentence.slice(at, s));
    out.push({ strong: sentence.slice(s, e) });
    at = e;
  }
  text(sentence.slice(at, to));
  if (to < sentence.length) text('…');
  return out;
}
