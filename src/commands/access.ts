import type { IncomingMessage } from '../message/incoming-message';
import { isCollective } from '../plan/divisions';
import { isSetOfUnits } from '../plan/is-set-of-units';
import type { Division } from '../plan/knowledge';
import { leadWord } from '../plan/lead-word';
import type { Store } from '../store';
import type { Member, ProgressTarget, RectificationItem } from '../store/types';
import { calendarDay } from '../time/calendar-day';
import type { CoreDeps } from './context';

// Who may do what. Admins and members of 秘书处 act on everything; 处长 and 成员 act for their own
// division (progress on tasks it leads or supports; its ledger items). Everyone else is refused politely.

export const SECRETARIAT = '秘书处';

export interface Actor {
  openId: string;
  isAdmin: boolean;
  member?: Member;
  /** Admin or 秘书处: acts for every division. */
  global: boolean;
}

export function actorOf(msg: IncomingMessage, deps: CoreDeps): Actor {
  const member = deps.store.member(msg.userId);
  const isAdmin = deps.admins.has(msg.userId);
  return {
    openId: msg.userId,
    isAdmin,
    ...(member ? { member } : {}),
    global: isAdmin || member?.division === SECRETARIAT,
  };
}

/** The change metadata of a message: who, when, from which message. */
export function metaOf(msg: IncomingMessage) {
  return { by: msg.userId, at: msg.at, ...(msg.messageId ? { messageId: msg.messageId } : {}) };
}

/** Canonical names of the units in a task note that are bureau divisions; `collective` if one is not. */
export function unitsOf(
  units: readonly string[],
  deps: CoreDeps,
): { divisions: string[]; collective: boolean } {
  const divisions: string[] = [];
  let collective = false;
  for (const unit of units) {
    const division = deps.knowledge.resolveDivision(unit);
    if (division && !division.external) divisions.push(division.name);
    else if (isCollective(unit)) collective = true;
  }
  return { divisions, collective };
}

export type ReportRole = '牵头' | '配合' | '负责' | '代为记录';

/**
 * How a division stands towards a progress target: 牵头 (leads), 配合 (supports — also when the plan's
 * support is the collective 相关处室, which every division belongs to), 负责 (owner of a goal/indicator).
 */
export function roleTowards(
  target: ProgressTarget,
  division: string,
  deps: CoreDeps,
): ReportRole | undefined {
  if (target.kind === 'task') {
    const task = deps.knowledge.taskById(target.id);
    if (!task) return undefined;
    // A unit the member is enrolled in stands for itself, an outside unit the plan names (改革办) as well.
    const names = (units: readonly string[]) =>
      units.some((u) => (deps.knowledge.resolveDivision(u)?.name ?? u) === division);
    // One of several 责任单位 the plan names without a lead answers for it, but is not said to lead it.
    if (names(task.lead)) return leadWord(task) === '牵头' ? '牵头' : '负责';
    const support = unitsOf(task.support, deps);
    if (names(task.support) || support.collective) return '配合';
    return undefined;
  }
  return deps.store.targetOwner(target.kind, target.index)?.division === division ? '负责' : undefined;
}

/** The division a target belongs to when someone acts for it from outside (admin, 秘书处). */
export function ownerOf(target: ProgressTarget, deps: CoreDeps): string | undefined {
  if (target.kind === 'task') {
    const task = deps.knowledge.taskById(target.id);
    return task ? unitsOf(task.lead, deps).divisions[0] : undefined;
  }
  return deps.store.targetOwner(target.kind, target.index)?.division;
}

/** May the actor change this ledger item (进展, 延期, 销号)? */
export function mayActOnItem(actor: Actor, item: RectificationItem): boolean {
  return actor.global || actor.member?.division === item.division;
}

/**
 * Is the actor a reviewer of this item — the one who confirms a close or an extension (审核, 驳回), and whose
 * own 销号 and 延期 apply at once? The 处长 of the item's division, 秘书处, admins. (No one reviews their own
 * request: the store refuses that whatever the role.)
 */
export function mayApprove(actor: Actor, item: Pick<RectificationItem, 'division'>): boolean {
  return actor.global || (actor.member?.division === item.division && actor.member.role === '处长');
}

/** May the actor reopen a closed item or move an item (重开, 移交)? 秘书处 and admins, who 跟踪督办. */
export function mayOversee(actor: Actor): boolean {
  return actor.global;
}

/**
 * May the actor void an item as a mistaken entry (作废)? Its registrant on the day they registered it (a
 * slip noticed at once), else 秘书处 and admins.
 */
export function mayVoid(actor: Actor, item: RectificationItem, today: string, timeZone: string): boolean {
  if (actor.global) return true;
  return (
    actor.member !== undefined &&
    item.registeredBy === actor.openId &&
    calendarDay(new Date(item.registeredAt), timeZone) === today
  );
}

export function rosterDivisions(deps: Pick<CoreDeps, 'knowledge'>): string[] {
  return deps.knowledge.divisions.filter((d) => !d.external).map((d) => d.name);
}

/**
 * May people be enrolled in this unit (成员 添加), and does it follow ledger items (整改 … 处室:)? The bureau's
 * divisions, and every single unit the plan names (a city plan's 改革办, 规划建设局): its people ask what their
 * unit does and track its items. A set named by kind (各区县市) is no one's unit.
 */
export function isEnrollable(unit: Division): boolean {
  return !unit.external || !isSetOfUnits(unit.name);
}

/** The unit a word names when it is one people belong to (isEnrollable): what every `处室` a command takes is. */
export function enrollableUnit(word: string, deps: Pick<CoreDeps, 'knowledge'>): Division | undefined {
  const unit = deps.knowledge.resolveDivision(word);
  return unit && isEnrollable(unit) ? unit : undefined;
}

/** The units people may be enrolled in: the roster's divisions first, then the plan's other units. */
export function enrollableUnits(deps: Pick<CoreDeps, 'knowledge'>): string[] {
  const outside = deps.knowledge.divisions.filter((d) => d.external && isEnrollable(d)).map((d) => d.name);
  return [...rosterDivisions(deps), ...outside];
}

export type { Store };
