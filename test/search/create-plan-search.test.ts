import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/reply/reply';
import { createPlanSearch, MAX_QUERY_LENGTH } from '../../src/search/create-plan-search';
import { splitSentences } from '../../src/search/split-sentences';
import { stripQuestionWords } from '../../src/understand/strip-question-words';
import { shippedPlan } from './shipped-plan';

const plan = shippedPlan();
const search = createPlanSearch(plan, { questionWords: stripQuestionWords });
const strong = (inlines: Inline[]) =>
  inlines.flatMap((i) => (typeof i === 'object' && 'strong' in i ? [i.strong] : []));
const plain = (inlines: Inline[]) =>
  inlines.map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : '')).join('');

describe('createPlanSearch', () => {
  it('finds the task a who-question is about, with its clause, title and matching sentence', () => {
    const [hit] = search.search('公租房审计谁来管?', { kinds: ['task'] });
    const task = plan.tasks.find((t) => t.id === hit?.ref);
    expect(task?.text).toContain('公租房');
    expect(hit).toMatchObject({ kind: 'task', clause: task?.clause, title: task?.title });
    expect(hit?.sentence).toContain('公租房');
    expect(splitSentences(task?.text ?? '')).toContain(hit?.sentence);
  });

  it('marks the matched words in the snippet and the snippet is the sentence or a cut of it', () => {
    const [hit] = search.search('兰亭书法节');
    expect(strong(hit?.snippet ?? []).join('')).toContain('兰亭书法节');
    const text = plain(hit?.snippet ?? []);
    for (const piece of text.split('…').filter(Boolean)) expect(hit?.sentence).toContain(piece);
  });

  it('does not mark a lone character of a split name all over the sentence', () => {
    const [hit] = search.search('秘书处负责什么');
    expect(strong(hit?.snippet ?? [])).toContain('秘书处');
    expect(strong(hit?.snippet ?? []).every((word) => word.length > 1)).toBe(true);
  });

  it('finds goals, indicators, measures and passages too', () => {
    const refOf = (query: string, kind: 'goal' | 'indicator' | 'measure' | 'passage') =>
      search.search(query, { kinds: [kind], limit: 1 })[0];
    const indicator = refOf('社保基金审计覆盖率要求多少', 'indicator');
    expect(plan.indicators[Number(indicator?.ref) - 1]?.name).toContain('社保基金');
    const measure = refOf('工作专班组长是谁', 'measure');
    expect(plan.measures[Number(measure?.ref) - 1]?.text).toContain('专班组长');
    const goal = refOf('领导干部履职尽责', 'goal');
    expect(plan.goals[Number(goal?.ref) - 1]?.title).toContain('领导干部履职尽责');
    const passage = refOf('指导思想', 'passage');
    expect(plan.passages.find((p) => p.id === passage?.ref)?.heading).toBe('指导思想');
  });

  it('keeps to the kinds and the limit asked for, best first', () => {
    const hits = search.search('社会保障 养老 医疗', { kinds: ['task', 'goal'], limit: 3 });
    expect(hits.length).toBe(3);
    expect(hits.every((h) => h.kind === 'task' || h.kind === 'goal')).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(search.search('审计', { limit: 0 })).toEqual([]);
  });

  it('reads full-width input like half-width', () => {
    const half = search.search('1+X 审计整改').map((h) => h.ref);
    expect(search.search('１＋Ｘ　审计整改').map((h) => h.ref)).toEqual(half);
  });

  it('returns nothing rather than throwing on input that names no topic', () => {
    for (const query of ['', '   ', '?!。,、…', '谁负责', 'hello world', '😀🎉', '\uD800', '\u0000\u200b']) {
      expect(search.search(query)).toEqual([]);
    }
    expect(search.search(undefined as unknown as string)).toEqual([]);
  });

  it('answers a 10 KB paste quickly, reading only its start', () => {
    const paste = plan.tasks
      .map((t) => t.text)
      .join('')
      .repeat(4)
      .slice(0, 10_000);
    const started = performance.now();
    const hits = search.search(paste);
    expect(performance.now() - started).toBeLessThan(100);
    expect(hits.length).toBeGreaterThan(0);
    expect(paste.length).toBeGreaterThan(MAX_QUERY_LENGTH);
  });

  it('survives an empty plan', () => {
    const empty = createPlanSearch({
      id: 'empty',
      title: '',
      goals: [],
      indicators: [],
      tasks: [],
      measures: [],
      passages: [],
      sections: [],
    });
    expect(empty.search('养老')).toEqual([]);
  });
});
