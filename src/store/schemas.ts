import { z } from 'zod';

// Everything read back from disk is checked against these schemas (journal lines and state files).

const role = z.enum(['处长', '成员']);
const targetKind = z.enum(['goal', 'indicator']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const itemKind = z.enum(['立行立改', '限期整改', '持续整改']);
/** 万元, as typed: a finite, non-negative amount. */
const amount = z.number().nonnegative();
const dayKind = z.enum(['holiday', 'workday']);
/** A day a holiday notice gives: off or working, and the holiday it belongs to (`春节`). */
const calendarImportDay = z.object({ day, kind: dayKind, name: z.string().min(1) });
const itemId = z.string();
const itemSource = z.object({
  file: z.string().min(1),
  sheet: z.string(),
  row: z.number().int().positive(),
  key: z.string().min(1),
});

/** The plan a record was made on (absent on records made before plans were told apart: the first plan). */
const plan = z.string().min(1).optional();

export const progressTargetSchema = z.union([
  z.object({ kind: z.literal('task'), id: z.string().min(1), plan }),
  z.object({ kind: targetKind, index: z.number().int().positive(), plan }),
]);

const body = {
  seq: z.number().int().positive(),
  at: z.string().min(1),
  by: z.string().min(1),
  /** The source message (or card-click event) id: the exactly-once key of the change. */
  msg: z.string().optional(),
  /** Written inside a transaction, which ends with its `outcome` record (absent on older records). */
  tx: z.literal(true).optional(),
};

/** One journal line. `prev` is the hash of the line before; `hash` covers every other field. */
export const journalRecordSchema = z.discriminatedUnion('type', [
  z.object({
    ...body,
    type: z.literal('member.add'),
    data: z.object({
      openId: z.string().min(1),
      division: z.string().min(1),
      role,
      name: z.string().optional(),
    }),
  }),
  z.object({ ...body, type: z.literal('member.remove'), data: z.object({ openId: z.string().min(1) }) }),
  z.object({
    ...body,
    type: z.literal('target.assign'),
    data: z.object({
      kind: targetKind,
      index: z.number().int().positive(),
      division: z.string().min(1),
      plan,
    }),
  }),
  z.object({
    ...body,
    type: z.literal('progress'),
    data: z.object({ target: progressTargetSchema, division: z.string().min(1), text: z.string().min(1) }),
  }),
  z.object({
    ...body,
    type: z.literal('progress.retract'),
    data: z.object({ seq: z.number().int().positive() }),
  }),
  z.object({
    ...body,
    type: z.literal('zg.register'),
    data: z.object({
      id: z.string().min(1),
      issue: z.string().min(1),
      unit: z.string().min(1),
      responsible: z.string().optional(),
      responsibleId: z.string().min(1).optional(),
      division: z.string().min(1),
      taskId: z.string().optional(),
      /** The plan `taskId` belongs to. */
      plan,
      deadline: day,
      /** 类型 and 问题金额 (万元): optional, absent on records older than them. */
      kind: itemKind.optional(),
      amount: amount.optional(),
      /** 原编号: the item's number in the workbook it was imported from (`import ledger`, 导入台账). */
      original: z.string().min(1).optional(),
      /** Where an imported item came from; `key` (its row's content and place) makes a re-import add nothing. */
      source: itemSource.optional(),
    }),
  }),
  z.object({
    ...body,
    type: z.literal('zg.note'),
    data: z.object({ id: z.string(), text: z.string().min(1) }),
  }),
  // An extension applied at once (by a 处长, 秘书处 or an admin; every extension, in records before requests).
  z.object({
    ...body,
    type: z.literal('zg.extend'),
    data: z.object({ id: itemId, deadline: day, reason: z.string().min(1) }),
  }),
  // A member's extension, waiting for review: the deadline changes only with `zg.extend.approve`.
  z.object({
    ...body,
    type: z.literal('zg.extend.request'),
    data: z.object({ id: itemId, deadline: day, reason: z.string().min(1) }),
  }),
  // The pending extension approved: `deadline` repeats the one requested, so the record reads on its own.
  z.object({
    ...body,
    type: z.literal('zg.extend.approve'),
    data: z.object({ id: itemId, deadline: day, text: z.string().optional() }),
  }),
  // 销号: at once (`pending: false`), or asked for by a member (`pending: true`, status 待审核).
  z.object({
    ...body,
    type: z.literal('zg.close'),
    data: z.object({ id: itemId, text: z.string().min(1), pending: z.boolean(), amount: amount.optional() }),
  }),
  // The pending close approved (审核通过); `text`, the reviewer's comment, is absent on older records.
  z.object({
    ...body,
    type: z.literal('zg.approve'),
    data: z.object({ id: itemId, text: z.string().optional() }),
  }),
  // A pending request refused: a close goes back to 整改中, an extension is dropped (deadline unchanged).
  z.object({
    ...body,
    type: z.literal('zg.reject'),
    data: z.object({ id: itemId, request: z.enum(['close', 'extension']), reason: z.string().min(1) }),
  }),
  // The requester takes back their own pending request: a close goes back to 整改中, an extension is dropped.
  z.object({
    ...body,
    type: z.literal('zg.withdraw'),
    data: z.object({
      id: itemId,
      request: z.enum(['close', 'extension']),
      reason: z.string().min(1).optional(),
    }),
  }),
  // A closed item back to 整改中 (秘书处, admins), its history kept.
  z.object({
    ...body,
    type: z.literal('zg.reopen'),
    data: z.object({ id: itemId, reason: z.string().min(1) }),
  }),
  // A mistaken entry: kept in the trail, out of lists, counts and reminders.
  z.object({
    ...body,
    type: z.literal('zg.void'),
    data: z.object({ id: itemId, reason: z.string().min(1) }),
  }),
  // Moved to another division, unit or person; the history entry keeps the old values.
  z.object({
    ...body,
    type: z.literal('zg.transfer'),
    data: z.object({
      id: itemId,
      division: z.string().min(1).optional(),
      unit: z.string().min(1).optional(),
      /** Present when the 责任人 changes; `responsibleId` only when the new one was @-mentioned. */
      responsible: z.string().min(1).optional(),
      responsibleId: z.string().min(1).optional(),
      reason: z.string().min(1).optional(),
    }),
  }),
  // A file kept with an item (佐证材料): its bytes are the store's blob named `sha256` (kept before this
  // record was written); `text`: what was said with it; `source`: the chat message that carried the file.
  z.object({
    ...body,
    type: z.literal('zg.evidence'),
    data: z.object({
      id: itemId,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string().min(1),
      size: z.number().int().nonnegative(),
      mime: z.string().min(1),
      text: z.string().min(1).optional(),
      source: z.string().min(1).optional(),
    }),
  }),
  // Whether a member's close needs a file (佐证必需): for one division, or with no division for every one.
  z.object({
    ...body,
    type: z.literal('evidence.rule'),
    data: z.object({ division: z.string().min(1).optional(), required: z.boolean() }),
  }),
  // A person's display name, learnt from an @-mention or the sender's profile, when new or changed.
  z.object({
    ...body,
    type: z.literal('person.name'),
    data: z.object({ openId: z.string().min(1), name: z.string().min(1) }),
  }),
  // The calendar days (both included) a digest that went out covered: the next one starts the day after.
  z.object({
    ...body,
    type: z.literal('report.digest'),
    data: z.object({ from: day, to: day }),
  }),
  // A working-calendar day set in chat (日历 设置), with its holiday's name when one was given.
  z.object({
    ...body,
    type: z.literal('calendar.set'),
    data: z.object({ day, kind: dayKind, name: z.string().min(1).optional() }),
  }),
  // A day set in chat (or imported) taken back (日历 删除): it counts by the official data or the weekend again.
  z.object({ ...body, type: z.literal('calendar.unset'), data: z.object({ day }) }),
  // A State Council notice read (日历 导入): its days wait for calendar.confirm; a new import replaces it.
  z.object({
    ...body,
    type: z.literal('calendar.import'),
    data: z.object({
      year: z.number().int(),
      days: z.array(calendarImportDay),
      /** The file it came in, when it came as one. */
      file: z.string().min(1).optional(),
    }),
  }),
  // The waiting import confirmed (日历 导入 确认): its days apply, and its year counts as confirmed.
  z.object({ ...body, type: z.literal('calendar.confirm'), data: z.object({ year: z.number().int() }) }),
  // A plan added (by plan add or a file sent in chat): it waits for 方案 启用 before it can become current.
  z.object({
    ...body,
    type: z.literal('plan.add'),
    data: z.object({ id: z.string().min(1), file: z.string().min(1), title: z.string() }),
  }),
  z.object({ ...body, type: z.literal('plan.activate'), data: z.object({ id: z.string().min(1) }) }),
  // Divisions beyond the plan's (处室 添加), and a new name for one (处室 改名; into an existing one: a merge).
  z.object({
    ...body,
    type: z.literal('division.add'),
    data: z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) }),
  }),
  z.object({
    ...body,
    type: z.literal('division.rename'),
    data: z.object({ from: z.string().min(1), to: z.string().min(1) }),
  }),
  // The key the dashboard's sign-in links and sessions are signed with: made once, on first need, kept here so
  // that a restart (or a second instance) honours what was signed before. Never shown or logged.
  z.object({ ...body, type: z.literal('signin.secret'), data: z.object({ secret: z.string().min(32) }) }),
  // A one-time sign-in link used (its nonce), with the instant it would have expired: used once, never again.
  z.object({
    ...body,
    type: z.literal('signin.link'),
    data: z.object({ link: z.string().min(1), expires: z.string().min(1) }),
  }),
  // The reply a transaction's changes were answered with: a replay of the same message sends it again.
  z.object({
    ...body,
    type: z.literal('outcome'),
    data: z.object({ reply: z.record(z.string(), z.unknown()) }),
  }),
]);

export type JournalEvent = z.infer<typeof journalRecordSchema>;
/** A record as stored: the event plus its chain fields. */
export type JournalRecord = JournalEvent & { prev: string; hash: string };

export const chainFieldsSchema = z.object({
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const memberSchema = z.object({
  openId: z.string().min(1),
  division: z.string().min(1),
  role,
  name: z.string().optional(),
  since: z.string(),
});

export const targetOwnerSchema = z.object({
  kind: targetKind,
  index: z.number().int().positive(),
  plan,
  division: z.string().min(1),
  by: z.string(),
  at: z.string(),
});

/** Each state file records the journal seq of the last record applied to it. */
export const rosterFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  members: z.array(memberSchema),
});
export const targetsFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  owners: z.array(targetOwnerSchema),
});
/** The journal's head as last acknowledged: catches a journal cut short. */
const stateDigest = z.object({ seq: z.number().int().nonnegative(), sha256: z.string() });
const logDigest = z.object({ bytes: z.number().int().nonnegative(), sha256: z.string() });

export const headFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string(),
  /** Journal length in bytes after that record: start-up reads only what follows. */
  bytes: z.number().int().nonnegative(),
  /**
   * What each file derived from the journal held when this head was written (a state file's seq and the
   * sha256 of its text; a derived log's length and the sha256 of its bytes): a file that does not match is
   * rebuilt from the journal rather than served. Absent in heads of earlier versions.
   */
  files: z
    .object({
      roster: stateDigest.optional(),
      targets: stateDigest.optional(),
      settings: stateDigest.optional(),
      people: stateDigest.optional(),
      reports: stateDigest.optional(),
      access: stateDigest.optional(),
      progress: logDigest.optional(),
      ledger: logDigest.optional(),
    })
    .optional(),
});

/** A notice's days waiting for confirmation (日历 导入), with who read it in and when. */
export const pendingCalendarImportSchema = z.object({
  year: z.number().int(),
  days: z.array(calendarImportDay),
  file: z.string().optional(),
  by: z.string(),
  at: z.string(),
});

/** Small settings the bureau changes in chat: working-calendar overrides (`日历 设置`, imports). */
export const settingsFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  calendar: z.record(z.string(), dayKind),
  /** The holiday a day set or imported belongs to (`2027-02-08` → `春节`). */
  calendarNames: z.record(z.string(), z.string()).default({}),
  /** Years whose notice was imported and confirmed: who confirmed it, and when. */
  calendarYears: z.record(z.string(), z.object({ by: z.string(), at: z.string() })).default({}),
  calendarPending: pendingCalendarImportSchema.optional(),
  /** Plans added in chat or by plan add, and whether an admin made each current. */
  plans: z
    .record(z.string(), z.object({ added: z.string().optional(), activated: z.string().optional() }))
    .default({}),
  /** The plan an admin made current last (方案 启用). */
  currentPlan: z.string().optional(),
  /** Divisions the bureau added beyond the plans'. */
  divisions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })).default([]),
  /** Old division name → the name it goes by now. */
  renames: z.record(z.string(), z.string()).default({}),
  /** Whether a member's close needs a file (佐证必需), by division; `*`: every division without its own. */
  evidence: z.record(z.string(), z.boolean()).default({}),
});

export const EMPTY_SETTINGS: z.infer<typeof settingsFileSchema> = {
  seq: 0,
  calendar: {},
  calendarNames: {},
  calendarYears: {},
  plans: {},
  divisions: [],
  renames: {},
  evidence: {},
};

/** Display names of people (a bounded directory: staff and the people they @-mention). */
export const peopleFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  names: z.record(z.string(), z.string()),
});

/** What the reports remember: the window the last digest covered. */
export const reportsFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  digest: z.object({ from: day, to: day, at: z.string() }).optional(),
});

/**
 * The dashboard's sign-in: the signing secret, and the links used that have not expired yet (nonce → when it
 * expires), so a link is refused the second time, also after a restart. Bounded by the links of 10 minutes.
 */
export const accessFileSchema = z.object({
  seq: z.number().int().nonnegative(),
  secret: z.string().optional(),
  links: z.record(z.string(), z.string()),
});

export type AccessFile = z.infer<typeof accessFileSchema>;
export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type PendingCalendarImport = z.infer<typeof pendingCalendarImportSchema>;
export type ReportsFile = z.infer<typeof reportsFileSchema>;
export type RosterFile = z.infer<typeof rosterFileSchema>;
export type SettingsFile = z.infer<typeof settingsFileSchema>;
export type TargetsFile = z.infer<typeof targetsFileSchema>;
export type HeadFile = z.infer<typeof headFileSchema>;
