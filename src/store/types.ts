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

/** 整改中 → 待审核 (a close awaits review) → 已销号; 已作废: a mistaken entry, kept in the trail only. */
export type ItemStatus = '整改中' | '待审核' | '已销号' | '已作废';

/** 类型 of an item, as the bureau classes findings. */
export type ItemKind = '立行立改' | '限期整改' | '持续整改';

export const ITEM_KINDS: readonly ItemKind[] = ['立行立改', '限期整改', '持续整改'];

export type ItemEventKind =
  | '登记'
  | '进展'
  | '延期'
  | '申请延期'
  | '批准延期'
  | '驳回延期'
  | '申请销号'
  | '销号'
  | '审核通过'
  | '驳回销号'
  | '撤回销号'
  | '撤回延期'
  | '重开'
  | '作废'
  | '移交'
  | '佐证';

/** A file kept with an item (佐证材料): its bytes are in the store's blobs under `sha256`. */
export interface EvidenceFile {
  sha256: string;
  name: string;
  /** Bytes. */
  size: number;
  mime: string;
}

/** One field an item's 移交 changed, with its value before and after (empty when there was none). */
export interface ItemChange {
  field: '处室' | '责任单位' | '责任人';
  from: string;
  to: string;
}

export interface ItemEvent {
  /** Journal sequence number of the event. */
  seq: number;
  kind: ItemEventKind;
  at: string;
  /** Who made the change: for a review (审核通过, 批准延期, 驳回…) the reviewer. */
  by: string;
  /** What was said: the problem, the note, the reason, the review's comment. */
  text: string;
  /** The message (or card click) that caused it. */
  messageId?: string;
  /** For 延期, 申请延期, 批准延期, 驳回延期, 撤回延期: the deadline before and the one asked for. */
  oldDeadline?: string;
  newDeadline?: string;
  /** For a review: who made the request reviewed. */
  requestedBy?: string;
  /** For 移交: what changed. */
  changes?: ItemChange[];
  /** 万元: the problem's amount at 登记, the amount rectified at 销号 / 申请销号. */
  amount?: number;
  /** For 佐证: the file kept. */
  file?: EvidenceFile;
}

/** A request awaiting review: a member's close (status 待审核) or extension (the deadline is unchanged). */
export type PendingRequest =
  | { kind: 'close'; seq: number; at: string; by: string; text: string; amount?: number }
  | { kind: 'extension'; seq: number; at: string; by: string; deadline: string; reason: string };

/** The workbook row an item was imported from; `key` identifies the row's content and place. */
export interface ItemSource {
  file: string;
  sheet: string;
  row: number;
  key: string;
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
  /** 类型, when given at registration. */
  kind?: ItemKind;
  /** 问题金额 in 万元, when given at registration. */
  amount?: number;
  /** 原编号: the number the item had in the workbook it was imported from. */
  original?: string;
  /** Where an imported item came from (file, sheet, row as Excel shows it) and its re-import key. */
  source?: ItemSource;
  /**
   * 整改金额 in 万元 (rectified or recovered), as given at the close that stands: absent while the item is not
   * closed (a reopened item's earlier closes keep theirs in its history).
   */
  rectifiedAmount?: number;
  /** Current deadline, `YYYY-MM-DD` (Asia/Shanghai calendar day). */
  deadline: string;
  status: ItemStatus;
  registeredAt: string;
  registeredBy: string;
  /** ISO instant it reached 已销号 (absent again once reopened). */
  closedAt?: string;
  /** ISO instant it was voided (已作废). */
  voidedAt?: string;
  /** The request awaiting review, if any. */
  pending?: PendingRequest;
  history: ItemEvent[];
}

/** Graded warning of an open item: red = 逾期, yellow = due within 7 working days (dueSoonUntil), green = otherwise. */
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
  /** Voided items (已作废) are left out unless asked for, here or by `status`. */
  includeVoided?: boolean;
}

/** The days (`YYYY-MM-DD`, both included, in TZ_NAME) a digest covered, and when it was sent. */
export interface DigestWindow {
  from: string;
  to: string;
  at: string;
}

/** A working-calendar override set in chat (`日历 设置`). */
export type { DayKind } from '../time/working-calendar';
