import type { AddressedReply, Block, Colour, Inline, Line, Reply } from '../reply/reply';
import { divider, heading, list, note, paragraph } from '../reply/reply';
import type { ProgressUpdate, RectificationItem } from '../store';
import { DUE_SOON_DAYS, targetKey } from '../store';
import { addDays, calendarDay, daysBetween } from '../time/zoned-time';
import { digestChart } from './digest-chart';
import { divisionOrder } from './division-order';
import type { JobDeps } from './report-deps';
import { shortKey } from './short-key';
import { clip, targetLabel } from './target-label';

// The weekly digest for the secretariat (秘书处, 牵头抓总、跟踪督办): the 7 days before its instant, per
// division — updates per task (count, latest line), tasks silent 14 days or more — and the ledger:
// opened, closed, 待审核, due soon, overdue, and items overdue more than 30 days escalated. A Reply
// the bot renders as one card (schema 2.0, with a chart); long lists are capped with “另有 N 条”.

const WEEK_MS = 7 * 86_400_000;
export const SILENT_DAYS = 14;
export const ESCALATE_AFTER_DAYS = 30;
/** The whole Reply, as JSON, stays under this so its card stays well under Lark's 30 KB. */
export const DIGEST_BUDGET_BYTES = 22_000;

interface OpenItem {
  item: RectificationItem;
  daysLeft: number;
}

/** What the digest reads: no calendar (which days it is sent on is digest()'s business). */
export type DigestDeps = Pick<JobDeps, 'store' | 'knowledge' | 'timeZone'>;

/** The digest at `now` (any day: `周报` asks for it on demand). */
export function digestReply(now: Date, deps: DigestDeps): Reply {
  // Lists shrink until the whole reply fits one card.
  let reply = buildDigest(now, deps, 10);
  for (const cap of [5, 3, 1]) {
    if (Buffer.byteLength(JSON.stringify(reply), 'utf8') <= DIGEST_BUDGET_BYTES) break;
    reply = buildDigest(now, deps, cap);
  }
  return reply;
}

/** The digest as the scheduler sends it: to DIGEST_CHAT_ID, on working days only. */
export function digest(now: Date, deps: JobDeps): AddressedReply[] {
  const today = calendarDay(now, deps.timeZone);
  if (!deps.calendar.isWorkingDay(today)) return [];
  return [{ chatId: deps.digestChatId ?? '', reply: digestReply(now, deps), key: shortKey('digest', today) }];
}

function buildDigest(now: Date, deps: DigestDeps, cap: number): Reply {
  const { store, knowledge, timeZone } = deps;
  const today = calendarDay(now, timeZone);
  const from = new Date(now.getTime() - WEEK_MS);
  const fromIso = from.toISOString();
  const nowIso = now.toISOString();
  const inWeek = (iso: string | undefined) => iso !== undefined && iso >= fromIso && iso < nowIso;
  const dayOf = (iso: string) => calendarDay(new Date(iso), timeZone);

  const updates = store.progressBetween(from, now);
  const items = store.items();
  const open: OpenItem[] = items
    .filter((item) => item.status !== '已销号')
    .map((item) => ({ item, daysLeft: daysBetween(today, item.deadline) }));
  const opened = items.filter((i) => inWeek(i.registeredAt));
  const closed = items.filter((i) => i.status === '已销号' && inWeek(i.closedAt));
  const pending = items.filter((i) => i.status === '待审核');
  const overdue = open.filter((o) => o.daysLeft < 0).sort((a, b) => a.daysLeft - b.daysLeft);
  const dueSoon = open
    .filter((o) => o.daysLeft >= 0 && o.daysLeft <= DUE_SOON_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const escalated = overdue.filter((o) => -o.daysLeft > ESCALATE_AFTER_DAYS);

  const order = divisionOrder(knowledge);
  const divisions = new Set<string>();
  for (const d of knowledge.divisions) if (knowledge.tasksLedBy(d.name).length > 0) divisions.add(d.name);
  for (const u of updates) divisions.add(u.division);
  for (const o of open) divisions.add(o.item.division);
  const sorted = [...divisions].sort(order);

  const capped = <T>(all: readonly T[], show: (t: T) => Line, max = cap): Line[] => {
    const lines = all.slice(0, max).map(show);
    if (all.length > max) lines.push(`另有 ${all.length - max} 条`);
    return lines;
  };
  const ids = (list: readonly RectificationItem[]): Line =>
    list.length === 0
      ? '无'
      : `${list.length} 项:${list
          .slice(0, cap * 2)
          .map((i) => i.id)
          .join('、')}${list.length > cap * 2 ? ` 等(另有 ${list.length - cap * 2} 条)` : ''}`;

  const colour: Colour = overdue.length > 0 ? 'red' : dueSoon.length > 0 ? 'yellow' : 'green';
  const blocks: Block[] = [
    paragraph([
      '过去 7 天进展 ',
      { strong: `${updates.length} 条` },
      `;整改事项新登记 ${opened.length}、销号 ${closed.length}、待审核 ${pending.length}、`,
      { strong: `临期 ${dueSoon.length}` },
      '、',
      { strong: `逾期 ${overdue.length}` },
      escalated.length > 0 ? `(其中逾期超过 ${ESCALATE_AFTER_DAYS} 天 ${escalated.length} 项)` : '',
      '。',
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
    blocks.push(
      list(
        capped(escalated, ({ item, daysLeft }) => [
          { strong: item.id },
          ` ${clip(item.issue, 40)}|${item.division}|单位:${clip(item.unit, 20)}|期限:${item.deadline}|`,
          { strong: `逾期 ${-daysLeft} 天` },
        ]),
      ),
    );
  }

  blocks.push(heading('整改台账'));
  blocks.push({
    type: 'fields',
    fields: [
      { label: '🆕 本周登记', value: ids(opened) },
      { label: '✅ 本周销号', value: ids(closed) },
      { label: '⏳ 待审核', value: ids(pending) },
      { label: `🟡 临期(${DUE_SOON_DAYS} 天内)`, value: ids(dueSoon.map((o) => o.item)) },
      { label: '🔴 逾期', value: ids(overdue.map((o) => o.item)) },
    ],
  });

  blocks.push(divider, heading('各处室本周情况'));
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
          `${clip(targetLabel(latest.target, knowledge), 24)}:本周 `,
          { strong: `${group.length} 条` },
          `,最新(${dayOf(latest.at).slice(5)}):${clip(latest.text, 60)}`,
        ] satisfies Inline[];
      }),
    );
    if (groups.length === 0) lines.push('本周无进展');
    const silent = knowledge.tasksLedBy(division).flatMap((task) => {
      const last = store.lastProgress({ kind: 'task', id: task.id });
      if (last && daysBetween(dayOf(last.at), today) < SILENT_DAYS) return [];
      return [`${clip(`${task.id} ${task.title}`, 20)}(${last ? `上次 ${dayOf(last.at)}` : '从未报送'})`];
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
      const red = mineOpen.filter((o) => o.daysLeft < 0).length;
      const yellow = mineOpen.filter((o) => o.daysLeft >= 0 && o.daysLeft <= DUE_SOON_DAYS).length;
      lines.push(`整改:未销号 ${mineOpen.length} 项(🔴 逾期 ${red},🟡 临期 ${yellow})`);
    }
    blocks.push(heading(division), list(lines));
  }
  blocks.push(note(`发送“周报”可随时查看本报告;逾期事项每个工作日提醒责任人。生成于 ${today}。`));
  return { title: `审计助手周报 · ${addDays(today, -7)} 至 ${addDays(today, -1)}`, colour, blocks };
}
