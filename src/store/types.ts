// The store's domain types: what other rooms (commands, jobs) read. Kept stable once committed.

export type Role = '处长' | '成员';

/** One person on the roster: a division and a role within it. */
export interface Member {
  openId: string;
  division: string;
  role: Role;
  /** Display name when known (from an @-mention). */
  name?: string;
  /** ISO instant the person was (last) added. */
  since: string;
}

export type TargetKind = 'goal' | 'indicator';

/** A division made owner of a goal or indicator the plan leaves unassigned (`目标 指派`). */
export interface TargetOwner {
  kind: TargetKind;
  /** Goal.index or Indicator.index (1-based). */
  index: number;
  /** The plan it belongs to (absent: the first plan). */
  plan?: string;
  division: string;
  by: string;
  at: string;
}

/** What a progress update is about: a plan task (`3.2`) or a goal/indicator by index. */
export type ProgressTarget = ({ kind: 'task'; id: string } | { kind: TargetKind; index: number }) & {
  /** The plan it belongs to; absent on records made before plans were told apart (the first plan's). */
  plan?: string;
};

export interface ProgressUpdate {
  /** Journal sequence number: the update's id (`#1234`). */
  seq: number;
  /** ISO instant of the message. */
  at: string;
  /** Author's open_id. */
  by: string;
  messageId?: string;
  target: ProgressTarget;
  /** Division the update counts for (the author's when it is related to the target, else the target's owner). */
  division: string;
  text: string;
  /** Set when the author took it back (`撤销`); the update stays in history. */
  retracted?: { seq: number; at: string };
}

export type ItemStatus = '整改中' | '待审核' | '已销号';

export type ItemEventKind = '登记' | '进展' | '延期' | '申请销号' | '销号' | '审核通过';

export interface ItemEvent {
  /** Journal sequence number of the event. */
  seq: number;
  kind: ItemEventKind;
  at: string;
  by: string;
  text: string;
  /** For 延期: the deadline before and after. */
  oldDeadline?: string;
  newDeadline?: string;
}

/** One rectification item (整改事项) of the ledger (台账). */
export interface RectificationItem {
  /** `ZG-2026-001`: year of registration, sequence within the year. */
  id: string;
  /** The problem found. */
  issue: string;
  /** 责任单位: the audited unit that must rectify. */
  unit: string;
  /** 责任人, free text (may be absent). */
  responsible?: string;
  /** The 责任人's open_id when they were @-mentioned at registration (opaque). */
  responsibleId?: string;
  /** The bureau division that follows the item. */
  division: string;
  /** Plan task the item relates to, when given. */
  taskId?: string;
  /** The plan `taskId` belongs to (absent: the first plan). */
  plan?: string;
  /** Current deadline, `YYYY-MM-DD` (Asia/Shanghai calendar day). */
  deadline: string;
  status: ItemStatus;
  registeredAt: string;
  registeredBy: string;
  /** ISO instant it reached 已销号. */
  closedAt?: string;
  history: ItemEvent[];
}

/** Graded warning of an open item: red = 逾期, yellow = due within 7 days, green = otherwise. */
export type WarningColour = 'red' | 'yellow' | 'green';

export interface Warning {
  colour: WarningColour;
  label: '逾期' | '临期' | '正常';
  /** Calendar days from today to the deadline (negative when overdue). */
  daysLeft: number;
}

export interface ProgressQuery {
  target?: ProgressTarget;
  division?: string;
  by?: string;
  /** Inclusive lower bound on the update's instant. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  includeRetracted?: boolean;
}

export interface ItemQuery {
  division?: string;
  status?: ItemStatus | readonly ItemStatus[];
  /** Only 整改中 and 待审核. */
  open?: boolean;
}

/** A working-calendar override set in chat (`日历 设置`). */
export type { DayKind } from '../time/working-calendar';
