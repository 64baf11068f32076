import { amountText } from '../reply/amount-text';
import type { AddressedReply, Block, Colour, Inline, Line, Reply } from '../reply/reply';
import { divider, heading, list, note, paragraph } from '../reply/reply';
import type { ItemEventKind, ProgressUpdate, RectificationItem } from '../store';
import { DUE_SOON_WORKING_DAYS, dueSoonUntil, targetKey } from '../store';
import { calendarDay, daysBetween, wallClock } from '../time/calendar-day';
import { taskNumber } from '../understand/task-number';
import { currentSince } from './current-since';
import { digestChart } from './digest-chart';
import { type DigestPeriod, scheduledPeriod } from './digest-period';
import { divisionOrder } from './division-order';
import { ESCALATE_AFTER_DAYS, escalation } from './escalation';
import { isOverdue, ledgerStats, rateText } from './ledger-stats';
import type { JobDeps } from './report-deps';
import { shortKey } from './short-key';
import { clip, reportLabels, targetLabel } from './target-label';
import { SILENT_DAYS, taskSilence } from './task-silence';

// The digest for the secretariat (秘书处, 牵头抓总、跟踪督办) over a period of whole days (see digest-period):
// per division — updates per task (count, latest line), tasks silent 14 days or more — and the ledger:
// opened, closed, rejected, voided in the period; as the ledger stands when the digest is made, 整改率 and
// amounts (the figures of 整改 统计), what waits for review, due soon, overdue, and items overdue more than
// 30 days escalated. A Reply the bot renders as one card (schema 2.0,
// with a chart); long lists are capped with “另有 N 条”. A pure function of store, plan and period.

/** The whole Reply, as JSON, stays under this so its card stays well under Lark's 30 KB. */
export const DIGEST_BUDGET_BYTES = 22_000;

interface OpenItem {
  item: RectificationItem;
  daysLeft: number;
}

/**
 * What the digest reads: the calendar only for which items are due soon (within 7 working days, as everywhere);
 * which days it is sent on is digest()'s business.
 */
export type DigestDeps = Pick<JobDeps, 'store' | 'knowledge' | 'timeZone' | 'plan' | 'plans' | 'calendar'>;

/** A digest to send, with the days it covers (recorded once it went out: the next one starts after). */
export interface DigestBatch {
  reply: AddressedReply;
  window?: { from: string; to: string };
  /** The weekly escalation (recorded once it went out: once a week). */
  escalation?: true;
}

/** The digest of a period, seen at `now` (open, overdue and due-soon items are as they stand then). */
export function digestReply(period: DigestPeriod, now: Date, deps: DigestDeps): Reply {
  // Lists shrink until the whole reply fits one card.
  let reply = buildDigest(period, now, deps, 10);
  for (const cap of [5, 3, 1]) {
    if (Buffer.byteLength(JSON.stringify(reply), 'utf8') <= DIGEST_BUDGET_BYTES) break;
    reply = buildDigest(period, now, deps, cap);
  }
  return reply;
}

/**
 * The weekly job's messages to DIGEST_CHAT_ID on a working day: the digest of every day since the last one
 * that went out, and the escalation (督办) of items overdue more than 30 days. Nothing when every day before
 * today was covered already.
 */
export function digest(now: Date, deps: JobDeps): DigestBatch[] {
  const today = calendarDay(now, deps.timeZone);
  if (!deps.calendar.isWorkingDay(today)) return [];
  const period = scheduledPeriod(today, deps.store.lastDigest(), deps.timeZone);
  if (!period) return [];
  const window = { from: period.from, to: period.to };
  const batches: DigestBatch[] = [
    {
      reply: {
        chatId: deps.digestChatId ?? '',
        reply: digestReply(period, now, deps),
        key: shortKey('digest', period.from, period.to),
      },
      window,
    },
  ];
  // The escalation goes once a week, with the first digest of the week (a digest an operator runs again
  // later in the week comes alone).
  const week = deps.calendar.firstWorkingDayOfWeek(today) ?? today;
  const due = deps.lastEscalation === undefined || deps.lastEscalation < week;
  const escalated = due ? escalation(now, deps) : undefined;
  if (escalated) batches.push({ reply: escalated, escalation: true });
  return batches;
}

const CLOSING: readonly ItemEventKind[] = ['销号', '审核通过'];
const REJECTING: readonly ItemEventKind[] = ['驳回销号', '驳回延期'];

function buildDigest(period: DigestPeriod, now: Date, deps: DigestDeps, cap: number): Reply {
  const { store, knowledge, timeZone } = deps;
  const today = calendarDay(now, timeZone);
  const fromIso = period.start.toISOString();
  const untilIso = period.until.toISOString();
  const inPeriod = (iso: string) => iso >= fromIso && iso < untilIso;
  const dayOf = (iso: string) => calendarDay(new Date(iso), timeZone);
  const days = daysBetween(period.from, period.to) + 1;

  const updates = store.progressBetween(period.start, period.until);
  const all = store.items({ includeVoided: true });
  const items = all.filter((i) => i.status !== '已作废');
  const happened = (item: RectificationItem, kinds: readonly ItemEventKind[]) =>
    item.history.some((h) => kinds.includes(h.kind) && inPeriod(h.at));
  const open: OpenItem[] = items
    .filter((item) => item.status !== '已销号')
    .map((item) => ({ item, daysLeft: daysBetween(today, item.deadline) }));
  // Every ledger figure of the digest is the ledger as it stands now, by the one function 整改 统计 uses:
  // one overdue count (the headline's, the list's, the divisions'), one 整改率, one pair of amounts.
  const figures = ledgerStats(all, today);
  const opened = items.filter((i) => inPeriod(i.registeredAt));
  const closed = items.filter((i) => happened(i, CLOSING));
  const rejected = all.filter((i) => happened(i, REJECTING));
  const voided = all.filter((i) => happened(i, ['作废']));
  const pending = items.filter((i) => i.pending);
  const overdue = open.filter((o) => isOverdue(o.item, today)).sort((a, b) => a.daysLeft - b.daysLeft);
  const soonUntil = dueSoonUntil(today, deps.calendar);
  const isDueSoon = (o: OpenItem) => o.daysLeft >= 0 && o.item.deadline <= soonUntil;
  const dueSoon = open.filter(isDueSoon).sort((a, b) => a.daysLeft - b.daysLeft);
  const escalated = overdue.filter((o) => -o.daysLeft > ESCALATE_AFTER_DAYS);

  const labels = reportLabels(deps);
  const since = currentSince(deps, timeZone);
  const order = divisionOrder(knowledge);
  const divisions = new Set<string>();
  for (const d of knowledge.divisions) if (knowledge.tasksLedBy(d.name).length > 0) divisions.add(d.name);
  for (const u of updates) divisions.add(u.division);
  for (const o of open) divisions.add(o.item.division);
  const sorted = [...divisions].sort(order);

  const capped = <T>(list: readonly T[], show: (t: T) => Line, max = cap): Line[] => {
    const lines = list.slice(0, max).map(show);
    if (list.length > max) lines.push(`另有 ${list.length - max} 条`);
    return lines;
  };
  const ids = (list: readonly RectificationItem[]): Line =>
    list.length === 0
      ? '无'
      : `${list.length} 项:${list
          .slice(0, cap * 2)
          .map((i) => i.id)
          .join('、')}${list.length > cap * 2 ? ` 等(另有 ${list.length - cap * 2} 条)` : ''}`;

  const span = period.onDemand
    ? `${period.from} 至今(${today} ${hhmm(now, timeZone)})`
    : `${period.from} 至 ${period.to}(${days} 天)`;
  const colour: Colour = overdue.length > 0 ? 'red' : dueSoon.length > 0 ? 'yellow' : 'green';
  const blocks: Block[] = [
    paragraph([
      `本期 ${span}进展 `,
      { strong: `${updates.length} 条` },
      `;整改事项新登记 ${opened.length}、销号 ${closed.length}、驳回 ${rejected.length}、作废 ${voided.length},待审核 ${pending.length}、`,
      { strong: `临期 ${dueSoon.length}` },
      '、',
      { strong: `逾期 ${figures.overdue}` },
      escalated.length > 0 ? `(其中逾期超过 ${ESCALATE_AFTER_DAYS} 天 ${escalated.length} 项)` : '',
      '。',
    ]),
    paragraph([
      `截至 ${today} ${hhmm(now, timeZone)}:整改率 `,
      { strong: rateText(figures.rate) },
      `(已销号 ${figures.closed} ÷ 应整改 ${figures.due}),问题金额 ${amountText(figures.amount)},整改金额 ${amountText(figures.rectifiedAmount)}。`,
    ]),
    digestChart(
      sorted.map((division) => ({
        division,
        updates: updates.filter((u) => u.division === division).length,
        openItems: open.filter((o) => o.item.division === division).length,
      })),
    ),
  ];

  if (escalated.length > 0) {
    blocks.push(heading(`🔺 督办:逾期超过 ${ESCALATE_AFTER_DAYS} 天(${escalated.length} 项)`));
    const byDivision = [...escalated].sort(
      (a, b) => order(a.item.division, b.item.division) || a.daysLeft - b.daysLeft,
    );
    blocks.push(
      list(
        capped(byDivision, ({ item, daysLeft }) => [
          `${item.division}|`,
          { strong: item.id },
          ` ${clip(item.issue, 40)}|单位:${clip(item.unit, 20)}|期限:${item.deadline}|`,
          { strong: `逾期 ${-daysLeft} 天` },
        ]),
      ),
    );
  }

  blocks.push(heading('整改台账'));
  blocks.push({
    type: 'fields',
    fields: [
      { label: '🆕 本期登记', value: ids(opened) },
      { label: '✅ 本期销号', value: ids(closed) },
      { label: '↩️ 本期驳回', value: ids(rejected) },
      { label: '🗑️ 本期作废', value: ids(voided) },
      { label: '⏳ 待审核', value: ids(pending) },
      { label: `🟡 临期(${DUE_SOON_WORKING_DAYS} 个工作日内)`, value: ids(dueSoon.map((o) => o.item)) },
      { label: '🔴 逾期', value: ids(overdue.map((o) => o.item)) },
    ],
  });

  blocks.push(divider, heading('各处室本期情况'));
  for (const division of sorted) {
    const mine = updates.filter((u) => u.division === division);
    const lines: Line[] = [];
    const byTarget = new Map<string, ProgressUpdate[]>();
    for (const u of mine) {
      const key = targetKey(u.target);
      byTarget.set(key, [...(byTarget.get(key) ?? []), u]);
    }
    const groups = [...byTarget.values()].sort((a, b) => b.length - a.length);
    lines.push(
      ...capped(groups, (group) => {
        const latest = group.at(-1)!;
        return [
          `${targetLabel(latest.target, labels, { titleChars: 16 })}:本期 `,
          { strong: `${group.length} 条` },
          `,最新(${dayOf(latest.at).slice(5)}):${clip(latest.text, 60)}`,
        ] satisfies Inline[];
      }),
    );
    if (groups.length === 0) lines.push('本期无进展');
    const silent = knowledge.tasksLedBy(division).flatMap((task) => {
      const last = store.lastProgress({
        kind: 'task',
        id: task.id,
        ...(deps.plan ? { plan: deps.plan.id } : {}),
      });
      const lastDay = last ? dayOf(last.at) : undefined;
      if (!taskSilence(lastDay, since, today).silent) return [];
      const when = lastDay ? `上次 ${lastDay}` : since ? `自 ${since} 起未报送` : '从未报送';
      return [`${clip(`${taskNumber(task, knowledge, deps.plan?.lexicon)} ${task.title}`, 20)}(${when})`];
    });
    if (silent.length > 0) {
      const shown = silent.slice(0, cap);
      lines.push([
        { strong: `⚠️ 沉寂 ${SILENT_DAYS} 天以上 ${silent.length} 项` },
        `:${shown.join('、')}${silent.length > shown.length ? ` 等(另有 ${silent.length - shown.length} 条)` : ''}`,
      ]);
    }
    const mineOpen = open.filter((o) => o.item.division === division);
    if (mineOpen.length > 0) {
      const red = mineOpen.filter((o) => isOverdue(o.item, today)).length;
      const yellow = mineOpen.filter(isDueSoon).length;
      lines.push(`整改:未销号 ${mineOpen.length} 项(🔴 逾期 ${red},🟡 临期 ${yellow})`);
    }
    blocks.push(heading(division), list(lines));
  }
  blocks.push(note(periodNote(period, today)));
  const title = period.onDemand
    ? `审计助手周报 · ${period.from} 至今`
    : `审计助手周报 · ${period.from} 至 ${period.to}`;
  return { title, colour, blocks };
}

/** Where the period comes from, so a reader knows what is (not) in it. */
function periodNote(period: DigestPeriod, today: string): string {
  const since = period.previous
    ? `接上期周报(覆盖至 ${period.previous.to})`
    : `尚无已发出的周报,取 ${period.from} 起`;
  if (period.onDemand)
    return `${since},统计到此刻;正式周报每周第一个工作日发给秘书处,覆盖上期之后到发送前一天的每一天。生成于 ${today}。`;
  return `${since},覆盖 ${period.from} 至 ${period.to} 的每一天(含节假日),不与其他各期重复。发送“周报”可随时查看本期至今的情况。生成于 ${today}。`;
}

function hhmm(at: Date, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}
