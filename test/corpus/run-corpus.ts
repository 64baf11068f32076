import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Clock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { currentPlan } from '../../src/plans/current-plan';
import { renderText } from '../../src/reply/render-text';
import { calendarDay } from '../../src/time/calendar-day';
import { answerable, asRead, judge } from '../commands/judge-answer';
import type { CorpusClass, CorpusMessage, Deadline, Effect, PlanCorpus } from './corpus-types';

// Every message of the corpus through the real core (handleMessage), on the plans of its corpus with the
// current plan chosen as in use, a clock at the message's instant, and a fresh store in its own DATA_DIR:
// one store for a corpus's independent messages (each in a chat of its own), one per chat sequence (sent in
// order, a minute apart). The roster is set up by an administrator's `成员 添加`, as in chat.

export const CORPUS_ADMIN = 'ou_corpus_admin';

export interface Outcome {
  plan: string;
  cls: CorpusClass;
  q: string;
  /** The chat sequence it was sent in, if any. */
  chat?: string;
  reply: string;
  /** Counted for recall (everything but the plan-does-not-say class). */
  answerable: boolean;
  ok: boolean;
  /** Owners the reply names (leads, holders, co-operators) and those of them that are wrong. */
  named: string[];
  wrong: string[];
  /** What a command stored, when that was wrong. */
  effectProblem?: string;
}

interface Scene {
  deps: CoreDeps;
  setNow(at: Date): void;
}

export async function runCorpus(corpora: readonly PlanCorpus[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const corpus of corpora) out.push(...(await runPlanCorpus(corpus)));
  return out;
}

/** A folder of shipped plans holding the corpus's plan files, the first one first (the legacy plan). */
export function corpusSeeds(corpus: PlanCorpus): string {
  const seeds = mkdtempSync(join(tmpdir(), 'corpus-seeds-'));
  corpus.files.forEach((file, i) => {
    copyFileSync(file, join(seeds, `${i + 1}-${basename(file)}`));
  });
  return seeds;
}

async function runPlanCorpus(corpus: PlanCorpus): Promise<Outcome[]> {
  const seeds = corpusSeeds(corpus);
  let plans: CoreDeps['plans'] | undefined;
  const scene = async (at: Date): Promise<Scene> => {
    let now = at;
    const clock: Clock = { now: () => new Date(now.getTime()) };
    const deps = createCoreDeps({
      seedsDir: seeds,
      admins: [CORPUS_ADMIN],
      clock,
      logger: silentLogger,
      dataDir: mkdtempSync(join(tmpdir(), 'corpus-data-')),
      ...(plans ? { plans } : {}),
    });
    plans ??= deps.plans;
    for (const [openId, division, role] of corpus.roster ?? []) {
      await send(deps, `成员 添加 ${openId} ${division} ${role}`, CORPUS_ADMIN, 'oc_corpus_setup', at);
      if (deps.store.member(openId)?.division === undefined)
        throw new Error(`corpus ${corpus.id}: could not put ${openId} on the roster of ${division}`);
    }
    return { deps, setNow: (t) => (now = t) };
  };

  const out: Outcome[] = [];
  const at = new Date(corpus.at);
  const singles = await scene(at);
  for (const [i, m] of corpus.singles.entries()) {
    out.push(await sendAndJudge(corpus.id, singles, m, `oc_corpus_${corpus.id}_${i}`, at));
  }
  for (const [c, chat] of corpus.chats.entries()) {
    const start = new Date(chat.at ?? corpus.at);
    const s = await scene(start);
    for (const [i, m] of chat.messages.entries()) {
      const t = new Date(start.getTime() + i * 60_000);
      const chatId = `oc_corpus_${corpus.id}_chat_${c}`;
      const o = await sendAndJudge(corpus.id, s, { ...m, user: m.user ?? chat.user }, chatId, t);
      if (m.setup) {
        if (o.reply.includes('没看懂') || o.effectProblem)
          throw new Error(
            `corpus ${corpus.id}: scene message “${m.q}” did not take: ${o.effectProblem ?? o.reply}`,
          );
        continue;
      }
      out.push({ ...o, chat: chat.about });
    }
  }
  return out;
}

let sequence = 0;

async function send(deps: CoreDeps, text: string, userId: string, chatId: string, at: Date) {
  sequence += 1;
  const reply = await handleMessage({ text, userId, chatId, at, messageId: `om_corpus_${sequence}` }, deps);
  return renderText(reply);
}

async function sendAndJudge(
  plan: string,
  scene: Scene,
  m: CorpusMessage,
  chatId: string,
  at: Date,
): Promise<Outcome> {
  scene.setNow(at);
  const { store } = scene.deps;
  const before = { items: store.items({ includeVoided: true }).length, progress: progressCount(scene.deps) };
  const reply = await send(scene.deps, m.q, m.user ?? CORPUS_ADMIN, chatId, at);
  const verdict = judge(reply, m.expected);
  const effectProblem = m.effect ? storedEffectProblem(scene.deps, m.effect, before, at) : undefined;
  return {
    plan,
    cls: m.cls,
    q: m.q,
    reply,
    answerable: m.cls !== '方案未写明' && (answerable(m.expected) || m.effect !== undefined),
    ok: verdict.wrong.length === 0 && verdict.complete && effectProblem === undefined,
    named: verdict.named,
    wrong: verdict.wrong,
    ...(effectProblem ? { effectProblem } : {}),
  };
}

const oneOf = (allowed: Deadline, actual: string) =>
  typeof allowed === 'string' ? allowed === actual : allowed.includes(actual);

const progressCount = (deps: CoreDeps) => deps.store.progress({ includeRetracted: true }).length;

/** What is wrong with what the command stored, or undefined when it stored what the message asked. */
function storedEffectProblem(
  deps: CoreDeps,
  effect: Effect,
  before: { items: number; progress: number },
  at: Date,
): string | undefined {
  const { store, plans } = deps;
  if (effect.progress) {
    const all = store.progress({ includeRetracted: true });
    if (all.length <= before.progress) return '没有记录进展';
    const last = all.reduce((a, b) => (b.seq > a.seq ? b : a));
    const target = last.target;
    if (target.kind !== 'task') return `进展记在了${target.kind}上`;
    const entry = plans.byId(target.plan ?? plans.legacy.id);
    const t = entry?.plan.tasks.find((x) => x.id === target.id);
    if (!t || !asRead(`${t.title}${t.text}`).includes(asRead(effect.progress.task)))
      return `进展记在了任务 ${target.id}(${t?.title ?? '?'})上`;
    if (effect.progress.text && !last.text.includes(effect.progress.text)) return `进展内容是“${last.text}”`;
  }
  if (effect.registered) {
    const items = store.items({ includeVoided: true });
    if (items.length <= before.items) return '没有登记整改事项';
    const item = items[items.length - 1]!;
    const r = effect.registered;
    if (r.deadline && !oneOf(r.deadline, item.deadline)) return `期限记为 ${item.deadline}`;
    if (r.amount !== undefined && item.amount !== r.amount) return `金额记为 ${item.amount ?? '无'} 万元`;
    if (r.unit && item.unit !== r.unit) return `责任单位记为“${item.unit}”`;
    if (r.issue && !item.issue.includes(r.issue)) return `问题记为“${item.issue}”`;
    if (r.division && item.division !== r.division) return `跟踪处室记为“${item.division}”`;
    if (r.task) {
      const entry = plans.byId(item.plan ?? plans.legacy.id);
      const t = entry?.plan.tasks.find((x) => x.id === item.taskId);
      if (!t || !asRead(t.title).includes(asRead(r.task))) return `关联任务记为 ${item.taskId ?? '无'}`;
    }
  }
  if (effect.item) {
    const item = store.item(effect.item.id);
    if (!item) return `没有 ${effect.item.id}`;
    if (effect.item.status && item.status !== effect.item.status) return `${item.id} 状态为 ${item.status}`;
    if (effect.item.deadline && !oneOf(effect.item.deadline, item.deadline))
      return `${item.id} 期限为 ${item.deadline}`;
    if (effect.item.division && item.division !== effect.item.division)
      return `${item.id} 跟踪处室为“${item.division}”`;
    const rectified =
      item.rectifiedAmount ?? (item.pending?.kind === 'close' ? item.pending.amount : undefined);
    if (effect.item.rectifiedAmount !== undefined && rectified !== effect.item.rectifiedAmount)
      return `${item.id} 整改金额为 ${rectified ?? '无'}`;
  }
  if (effect.currentPlan) {
    const current = currentPlan(plans, store.planSettings(), calendarDay(at, deps.timeZone));
    if (!current.title.includes(effect.currentPlan)) return `当前方案是“${current.title}”`;
  }
  return undefined;
}
