import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { PlanKnowledge } from '../plan/knowledge';
import type { Reply } from '../reply/reply';
import type { PlanSearch } from '../search/plan-search';
import type { Store } from '../store';
import type { WorkingCalendar } from '../time/working-calendar';

/** A chat message as the core sees it, whatever door it came through (Lark webhook, CLI). */
export interface IncomingMessage {
  /** The text as typed; the core normalises it (full-width, placeholders, a leading `/`, spaces). */
  text: string;
  /** Sender's open_id (opaque). */
  userId: string;
  /** Chat id (opaque). */
  chatId: string;
  /** Source message id (Lark `om_…`), recorded with every change it causes. */
  messageId?: string;
  /** Other people @-mentioned in the message (the bot itself already removed), by placeholder key. */
  mentions?: { key: string; openId: string; name: string }[];
  /** The instant the message arrived. */
  at: Date;
  /** The sender's display name, when the door could look it up quickly (Lark contact API); else absent. */
  userName?: string;
  /** A file sent as the message (Lark `file`); fetch its bytes with `HandleOptions.fetchAttachment`. */
  attachment?: { kind: 'file'; key: string; name: string };
}

/** Everything the core needs, passed in; nothing is built at import time. */
export interface CoreDeps {
  knowledge: PlanKnowledge;
  search: PlanSearch;
  clock: Clock;
  logger: Logger;
  /** open_ids of administrators (`ADMIN_OPEN_IDS`; the CLI adds its local user). */
  admins: ReadonlySet<string>;
  /** TZ_NAME: calendar days and schedules are counted in this zone. */
  timeZone: string;
  /** Roster, target owners, progress and the rectification ledger (src/store). */
  store: Store;
  /** China's working days, with the bureau's own days (DATA_DIR/calendar.json and `日历 设置`). */
  calendar: WorkingCalendar;
}

/** One command: a file each under src/commands/, listed in registry.ts. */
export interface Command<Args = unknown> {
  name: string;
  /** Words that start it (Chinese first, English aliases). */
  aliases: string[];
  /** One-line usage shown in 帮助. */
  usage: string;
  /** Example inputs shown in 帮助. */
  examples: string[];
  /** The normalised text after the alias (may be empty) → arguments, or a Reply explaining what to type. */
  parse(rest: string, msg: IncomingMessage, deps: CoreDeps): Args | Reply;
  run(args: Args, msg: IncomingMessage, deps: CoreDeps): Reply | Promise<Reply>;
}
