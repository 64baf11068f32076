import type { PlanKnowledge } from '../plan/knowledge';
import type { JournalEvent } from '../store/schemas';
import type { Role } from '../store/types';
import { calendarDay } from '../time/calendar-day';

// Synthetic but plausible history for demos and benchmarks: a roster per division, owners for goals and
// indicators, progress on the tasks each division leads or supports over five years of working days, and
// rectification items that are registered, followed, extended, reviewed, closed, reopened, voided or left
// overdue — every kind of ledger record the bot writes.

export interface DemoPlan {
  /** Bureau divisions (canonical names). */
  divisions: string[];
  tasks: { id: string; title: string; leads: string[] }[];
  goalCount: number;
  indicatorCount: number;
}

export interface DemoOptions {
  plan: DemoPlan;
  updates: number;
  rectifications: number;
  /** The history ends here (exclusive) and starts five years earlier. */
  end: Date;
  /** Seq of the first generated record (journal length + 1). */
  firstSeq: number;
  /** Next free item number in a year (so ids follow the ones already registered). */
  nextItemNumber(year: string): number;
  seed?: number;
}

/** The plan as the demo needs it: bureau divisions, and each task's lead divisions by canonical name. */
export function demoPlanOf(knowledge: PlanKnowledge): DemoPlan {
  const { plan } = knowledge;
  return {
    divisions: knowledge.divisions.filter((d) => !d.external).map((d) => d.name),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      leads: t.lead.map((u) => knowledge.resolveDivision(u)?.name).filter((n): n is string => !!n),
    })),
    goalCount: plan.goals.length,
    indicatorCount: plan.indicators.length,
  };
}

type Draft = { at: number; by: string; build: () => Pick<JournalEvent, 'type' | 'data'> };

const DAY = 86_400_000;
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
];
const UNITS = [
  '市财政局',
  '市教育局',
  '市人力社保局',
  '市卫生健康委',
  '市住房城乡建设局',
  '市交通运输局',
  '市农业农村局',
  '市生态环境局',
  '市科技局',
  '市经信局',
  '市文化广电旅游局',
  '市民政局',
  '市医保局',
  '市国资委',
  '市城投集团',
  '市交投集团',
  '越城区财政局',
  '柯桥区教育局',
  '上虞区人力社保局',
  '诸暨市住建局',
  '嵊州市农业农村局',
  '新昌县卫健局',
];
const PROBLEMS = [
  '专项资金拨付滞后,结存资金{n}万元未及时使用',
  '项目建设未按合同约定进度推进',
  '政策补助对象审核不严,多发补助{n}万元',
  '工程结算多计工程款{n}万元',
  '部分项目未履行招投标程序',
  '资产管理不规范,账实不符',
  '绩效目标设置不细化,评价流于形式',
  '违规扩大开支范围{n}万元',
  '应收未收非税收入{n}万元',
  '基金结余较大,统筹使用不足',
  '信息系统数据与业务台账不一致',
  '未按规定公开政策执行情况',
  '配套资金未足额到位{n}万元',
  '重复申报享受补贴{n}万元',
];
const PROGRESS = [
  '完成{t}相关审计项目进点',
  '召开{t}审计组会议,明确审计重点',
  '完成{t}相关数据采集与分析',
  '形成{t}审计报告征求意见稿',
  '报送{t}专项审计报告',
  '跟踪{t}审计发现问题整改情况',
  '赴县(市、区)开展{t}延伸调查',
  '完成{t}审计方案编制',
  '与主管部门就{t}审计发现问题交换意见',
  '汇总{t}年度审计成果,形成信息专报',
  '配合牵头处室开展{t}相关审计',
];
const NOTES = [
  '已制定整改方案',
  '已追回部分资金',
  '已完善制度办法',
  '整改推进中,已完成约一半',
  '已召开整改专题会议',
];
const CLOSES = ['问题已整改到位,资料已归档', '资金已全部收回', '制度已修订并印发', '项目已按要求完成'];
const EXTENDS = ['涉及跨年度预算调整', '需待项目竣工结算后整改', '涉及多部门协调,需延长期限'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Generates the events (with seqs from `firstSeq`), in time order. */
export function demoHistory(options: DemoOptions): JournalEvent[] {
  const rand = mulberry32(options.seed ?? 20210101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const { plan } = options;
  const end = options.end.getTime();
  const start = end - 5 * 365 * DAY;
  const drafts: Draft[] = [];
  // A moment in office hours (Shanghai 09:00–17:30) on a weekday within [from, to).
  const officeTime = (from: number, to: number): number => {
    for (let tries = 0; tries < 20; tries += 1) {
      const day = Math.floor((from + rand() * Math.max(to - from, DAY)) / DAY) * DAY;
      const at = day + (1 + rand() * 8.5) * 3_600_000; // 09:00–17:30 Shanghai = 01:00–09:30 UTC
      const weekday = new Date(at + 8 * 3_600_000).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && at >= from && at < to) return at;
    }
    return -1; // no office hours in the window
  };
  const name = () => `${pick([...SURNAMES])}${pick(GIVEN)}`;

  // Roster: one 处长 and three 成员 per division, added on the first day.
  const people = new Map<string, { head: string; members: string[] }>();
  plan.divisions.forEach((division, d) => {
    const head = `ou_demo_${d + 1}_head`;
    const members = [1, 2, 3].map((k) => `ou_demo_${d + 1}_m${k}`);
    people.set(division, { head, members });
    for (const [openId, role] of [[head, '处长'], ...members.map((m) => [m, '成员'])] as [string, Role][]) {
      const memberName = name();
      drafts.push({
        at: start + drafts.length * 1000,
        by: 'ou_demo_admin',
        build: () => ({ type: 'member.add', data: { openId, division, role, name: memberName } }),
      });
    }
  });
  const leads = [...new Set(plan.tasks.flatMap((t) => t.leads))].filter((d) => people.has(d));
  const secretariat = plan.divisions.find((d) => d === '秘书处') ?? plan.divisions[0]!;

  // Owners of goals and indicators, assigned by the secretariat on day two.
  const owned = new Map<string, { kind: 'goal' | 'indicator'; index: number }[]>();
  const assign = (kind: 'goal' | 'indicator', count: number) => {
    for (let index = 1; index <= count; index += 1) {
      const division = leads[(index - 1) % Math.max(leads.length, 1)] ?? secretariat;
      owned.set(division, [...(owned.get(division) ?? []), { kind, index }]);
      drafts.push({
        at: start + DAY + drafts.length * 1000,
        by: people.get(secretariat)!.head,
        build: () => ({ type: 'target.assign', data: { kind, index, division } }),
      });
    }
  };
  assign('goal', plan.goalCount);
  assign('indicator', plan.indicatorCount);

  // Progress: lead divisions report more; most updates are on their own tasks.
  const weighted = plan.divisions.flatMap((d) => (leads.includes(d) ? [d, d, d, d] : [d]));
  const historyStart = start + 2 * DAY;
  for (let i = 0; i < options.updates; i += 1) {
    const division = pick(weighted);
    const staff = people.get(division)!;
    const by = rand() < 0.4 ? staff.head : pick(staff.members);
    const mine = plan.tasks.filter((t) => t.leads.includes(division));
    const roll = rand();
    const targets = owned.get(division) ?? [];
    const target =
      roll < 0.1 && targets.length > 0
        ? pick(targets)
        : { kind: 'task' as const, id: (roll < 0.8 && mine.length > 0 ? pick(mine) : pick(plan.tasks)).id };
    const title = target.kind === 'task' ? plan.tasks.find((t) => t.id === target.id)!.title : '';
    const topic = title.replace(/^聚焦|^围绕/, '').slice(0, 12) || '指标';
    const text = pick(PROGRESS).replace('{t}', topic);
    const at = officeTime(historyStart, end);
    if (at < 0) continue;
    const draft: Draft & { seq?: number } = {
      at,
      by,
      build: () => ({ type: 'progress', data: { target, division, text } }),
    };
    drafts.push(draft);
    if (rand() < 0.01 && at + 600_000 < end) {
      drafts.push({
        at: at + 600_000,
        by,
        build: () => ({ type: 'progress.retract', data: { seq: draft.seq! } }),
      });
    }
  }

  // Rectification items and their lives: registered (some voided at once as mistakes), followed, extended
  // (by the 处长 at once, or asked for by a member and approved or refused), closed (some through 待审核,
  // a few refused first), and now and then reopened by the secretariat; some are left open and overdue.
  const KINDS = ['立行立改', '限期整改', '持续整改'] as const;
  const REJECTS = ['佐证材料不全,请补充', '整改不到位,资金尚未全部收回', '未附整改文件'];
  const secretariatHead = people.get(secretariat)!.head;
  for (let i = 0; i < options.rectifications; i += 1) {
    const division = rand() < 0.85 && leads.length > 0 ? pick(leads) : pick(plan.divisions);
    const staff = people.get(division)!;
    const registeredAt = officeTime(historyStart, end);
    if (registeredAt < 0) continue;
    const ref: { id?: string } = {};
    const deadline = registeredAt + int(30, 180) * DAY;
    const initial = calendarDay(new Date(deadline));
    const tasks = plan.tasks.filter((t) => t.leads.includes(division));
    const taskId = tasks.length > 0 && rand() < 0.6 ? pick(tasks).id : undefined;
    const n = int(5, 900);
    const problem = pick(PROBLEMS);
    const issue = problem.replace('{n}', String(n));
    const amount = problem.includes('{n}') ? n : undefined;
    const kind = rand() < 0.6 ? pick(KINDS) : undefined;
    const unit = pick(UNITS);
    const responsible = rand() < 0.8 ? name() : undefined;
    const registrar = rand() < 0.5 ? staff.head : pick(staff.members);
    drafts.push({
      at: registeredAt,
      by: registrar,
      build: () => {
        const year = calendarDay(new Date(registeredAt)).slice(0, 4);
        ref.id = `ZG-${year}-${String(nextNumber(year)).padStart(3, '0')}`;
        const data = {
          id: ref.id,
          issue,
          unit,
          ...(responsible ? { responsible } : {}),
          division,
          ...(taskId ? { taskId } : {}),
          deadline: initial,
          ...(kind ? { kind } : {}),
          ...(amount !== undefined ? { amount } : {}),
        };
        return { type: 'zg.register', data };
      },
    });
    if (rand() < 0.02 && registeredAt + 3_600_000 < end) {
      drafts.push({
        at: registeredAt + 3_600_000,
        by: registrar,
        build: () => ({ type: 'zg.void', data: { id: ref.id!, reason: '重复登记' } }),
      });
      continue;
    }
    let t = registeredAt;
    let deadlineAt = deadline;
    for (let k = int(0, 3); k > 0; k -= 1) {
      const next = officeTime(t + DAY, Math.min(deadlineAt, end));
      if (next < 0 || next <= t || next >= end) break;
      t = next;
      const text = pick(NOTES);
      drafts.push({
        at: t,
        by: pick(staff.members),
        build: () => ({ type: 'zg.note', data: { id: ref.id!, text } }),
      });
    }
    if (rand() < 0.15) {
      const at = officeTime(t + DAY, Math.min(deadlineAt, end));
      if (at >= 0 && at > t && at < end) {
        t = at;
        const longer = deadlineAt + int(30, 90) * DAY;
        const next = calendarDay(new Date(longer));
        const reason = pick(EXTENDS);
        if (rand() < 0.4) {
          // A member asks; the 处长 decides a day or two later (if the history reaches that far).
          drafts.push({
            at,
            by: pick(staff.members),
            build: () => ({ type: 'zg.extend.request', data: { id: ref.id!, deadline: next, reason } }),
          });
          const decideAt = at + int(1, 2) * DAY;
          if (decideAt >= end) continue;
          t = decideAt;
          if (rand() < 0.8) {
            deadlineAt = longer;
            drafts.push({
              at: decideAt,
              by: staff.head,
              build: () => ({ type: 'zg.extend.approve', data: { id: ref.id!, deadline: next } }),
            });
          } else {
            const why = pick(REJECTS);
            drafts.push({
              at: decideAt,
              by: staff.head,
              build: () => ({ type: 'zg.reject', data: { id: ref.id!, request: 'extension', reason: why } }),
            });
          }
        } else {
          deadlineAt = longer;
          drafts.push({
            at,
            by: staff.head,
            build: () => ({ type: 'zg.extend', data: { id: ref.id!, deadline: next, reason } }),
          });
        }
      }
    }
    if (rand() < 0.05) continue; // left open: some become long overdue
    const closeAt = officeTime(t + DAY, deadlineAt + 30 * DAY);
    if (closeAt < 0 || closeAt <= t || closeAt >= end) continue;
    const text = pick(CLOSES);
    const recovered = amount !== undefined && rand() < 0.7 ? { amount: int(1, amount) } : {};
    if (rand() < 0.3) {
      const member = pick(staff.members);
      drafts.push({
        at: closeAt,
        by: member,
        build: () => ({ type: 'zg.close', data: { id: ref.id!, text, pending: true, ...recovered } }),
      });
      let approveAt = closeAt + int(1, 5) * DAY;
      if (approveAt < end && rand() < 0.2) {
        const why = pick(REJECTS);
        drafts.push({
          at: approveAt,
          by: staff.head,
          build: () => ({ type: 'zg.reject', data: { id: ref.id!, request: 'close', reason: why } }),
        });
        const again = approveAt + int(2, 10) * DAY;
        if (again >= end) continue;
        drafts.push({
          at: again,
          by: member,
          build: () => ({
            type: 'zg.close',
            data: { id: ref.id!, text: '已补充材料', pending: true, ...recovered },
          }),
        });
        approveAt = again + int(1, 5) * DAY;
      }
      if (approveAt < end) {
        drafts.push({
          at: approveAt,
          by: staff.head,
          build: () => ({ type: 'zg.approve', data: { id: ref.id! } }),
        });
      }
    } else {
      drafts.push({
        at: closeAt,
        by: staff.head,
        build: () => ({ type: 'zg.close', data: { id: ref.id!, text, pending: false, ...recovered } }),
      });
      const reopenAt = closeAt + int(5, 20) * DAY;
      if (rand() < 0.03 && reopenAt < end) {
        drafts.push({
          at: reopenAt,
          by: secretariatHead,
          build: () => ({ type: 'zg.reopen', data: { id: ref.id!, reason: '复查发现整改不到位' } }),
        });
      }
    }
  }

  const counters = new Map<string, number>();
  const nextNumber = (year: string): number => {
    const n = counters.get(year) ?? options.nextItemNumber(year);
    counters.set(year, n + 1);
    return n;
  };

  drafts.sort((a, b) => a.at - b.at);
  return drafts.map((draft, i) => {
    const seq = options.firstSeq + i;
    (draft as Draft & { seq?: number }).seq = seq;
    const { type, data } = draft.build();
    return {
      seq,
      at: new Date(draft.at).toISOString(),
      by: draft.by,
      msg: `om_demo_${seq}`,
      type,
      data,
    } as JournalEvent;
  });
}
