import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { describe, expect, it } from 'vitest';
import { createPlanSearch } from '../../src/search/create-plan-search';
import {
  type Tokenizer,
  tokenizeBigrams,
  tokenizeBigramsAndWords,
  tokenizeWords,
} from '../../src/search/tokenize';
import { stripQuestionWords } from '../../src/understand/strip-question-words';
import { shippedPlan } from './shipped-plan';
import { STAFF_QUESTIONS } from './staff-questions';

// Which tokenizer finds the right task for staff questions? The default of createPlanSearch must be
// at least as good as every alternative on top-3, and good enough in absolute terms.

const jieba = Jieba.withDict(dict);
const tokenizeJieba: Tokenizer = (text) =>
  jieba.cutForSearch(text.toLowerCase(), true).filter((w) => /[\p{L}\p{N}]/u.test(w));

const CANDIDATES: { name: string; tokenizer?: Tokenizer; prefix?: boolean }[] = [
  { name: 'default' },
  { name: 'bigrams', tokenizer: tokenizeBigrams },
  { name: 'Intl.Segmenter', tokenizer: tokenizeWords },
  { name: 'bigrams+words', tokenizer: tokenizeBigramsAndWords },
  { name: 'jieba', tokenizer: tokenizeJieba },
  { name: 'bigrams+words prefix', tokenizer: tokenizeBigramsAndWords, prefix: true },
  { name: 'Intl.Segmenter prefix', tokenizer: tokenizeWords, prefix: true },
  { name: 'jieba prefix', tokenizer: tokenizeJieba, prefix: true },
];

describe('tokenizer comparison on staff questions', () => {
  const plan = shippedPlan();
  const rows = CANDIDATES.map(({ name, tokenizer, prefix }) => {
    const search = createPlanSearch(plan, {
      ...(tokenizer ? { tokenizer } : {}),
      prefix: prefix ?? false,
      questionWords: stripQuestionWords,
    });
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const { question, task } of STAFF_QUESTIONS) {
      const rank = search.search(question, { kinds: ['task'], limit: 3 }).findIndex((h) => h.ref === task);
      if (rank === 0) top1 += 1;
      if (rank >= 0) top3 += 1;
      else misses.push(`${question} → ${task}`);
    }
    return { name, top1, top3, misses };
  });

  it('prints the table', () => {
    const n = STAFF_QUESTIONS.length;
    const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
    console.log(
      [
        `${n} questions   top-1          top-3`,
        ...rows.map(
          (r) =>
            `${r.name.padEnd(22)} ${pct(r.top1).padStart(6)} (${r.top1})  ${pct(r.top3).padStart(6)} (${r.top3})`,
        ),
        `default misses top-3: ${rows[0]!.misses.join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(n).toBeGreaterThanOrEqual(40);
  });

  it('uses a default at least as good as every alternative on top-3', () => {
    const [chosen, ...others] = rows;
    for (const other of others) expect(chosen!.top3, other.name).toBeGreaterThanOrEqual(other.top3);
  });

  it('finds the task in the top 3 for at least 90% of questions and first for at least 80%', () => {
    const chosen = rows[0]!;
    expect(chosen.top3 / STAFF_QUESTIONS.length).toBeGreaterThanOrEqual(0.9);
    expect(chosen.top1 / STAFF_QUESTIONS.length).toBeGreaterThanOrEqual(0.8);
  });
});
