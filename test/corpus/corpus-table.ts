import { CORPUS_CLASSES } from './corpus-types';
import { type Measure, notSaidOf, precisionOf, recallOf, type Tally } from './measure-corpus';
import type { Outcome } from './run-corpus';

// The report: one row per class, one per plan, and per plan its classes; then (on request) every message
// answered wrong with what was named.

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (ok: number, n: number, x: number) => (n === 0 ? '—' : `${pct(x)} (${ok}/${n})`);

function row(name: string, t: Tally): string {
  return [
    name.padEnd(34 - [...name].filter((c) => c.charCodeAt(0) > 0x2e80).length),
    String(t.messages).padStart(5),
    cell(t.right, t.named, precisionOf(t)).padStart(20),
    cell(t.answered, t.answerable, recallOf(t)).padStart(20),
    cell(t.notSaidRight, t.notSaid, notSaidOf(t)).padStart(20),
  ].join(' ');
}

const HEAD = `${'class / plan'.padEnd(34)} ${'msgs'.padStart(5)} ${'precision'.padStart(20)} ${'recall'.padStart(
  20,
)} ${'not-said right'.padStart(20)}`;

export function corpusTable(m: Measure): string {
  const lines = [
    `corpus: ${m.all.messages} messages over ${m.byPlan.size} plans`,
    'precision = owners named that are right; recall = answerable messages answered right;',
    'not-said right = "the plan does not say" answered so, naming no owner',
    '',
    HEAD,
    row('ALL', m.all),
    '',
    ...CORPUS_CLASSES.map((c) => row(c, m.byClass.get(c)!)),
    '',
    ...[...m.byPlan].map(([p, t]) => row(p, t)),
  ];
  for (const [p, cells] of m.byPlanClass) {
    lines.push('', `${p}:`);
    for (const c of CORPUS_CLASSES) {
      const t = cells.get(c);
      if (t) lines.push(row(`  ${c}`, t));
    }
  }
  return lines.join('\n');
}

/** Every message answered wrong: plan, class, the message, what was named and the reply's first lines. */
export function corpusFailures(outcomes: readonly Outcome[], replyLines = 3): string {
  return outcomes
    .filter((o) => !o.ok)
    .map((o) => {
      const what = [
        o.wrong.length ? `错名 ${o.wrong.join('、')}` : '',
        o.effectProblem ? `存储 ${o.effectProblem}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const reply = o.reply.split('\n').slice(0, replyLines).join(' ⏎ ');
      return `✗ [${o.plan} · ${o.cls}${o.chat ? ` · ${o.chat}` : ''}] ${o.q}${what ? `  (${what})` : ''}\n    ${reply}`;
    })
    .join('\n');
}
