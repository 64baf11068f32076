import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { IncomingMessage } from '../message/incoming-message';
import type { PlanKnowledge } from '../plan/knowledge';
import type { PlanEntry } from '../plans/plan-entry';
import type { PlanRegistry } from '../plans/plan-registry';
import type { Reply } from '../reply/reply';
import type { PlanSearch } from '../search/plan-search';
import type { Store } from '../store';
import type { WorkingCalendar } from '../time/working-calendar';
import type { ConversationMemory } from '../understand/conversation';
import type { FileIntents } from './files/file-intents';
import type { KeptFile } from './files/kept-file';
import type { WorkbookMemory } from './ledger/workbook-memory';

/** Everything the core needs, passed in; nothing is built at import time. */
export interface CoreDeps {
  /** Every plan the bot knows. */
  plans: PlanRegistry;
  /** The plan this message is answered from: the current one, or the one the message names. */
  plan: PlanEntry;
  /** The current plan: the one an admin made current, else the one whose period covers today, else the latest. */
  currentPlan: PlanEntry;
  /** Whether `plan` is the current plan (an answer from another one says which plan it comes from). */
  planIsCurrent: boolean;
  /** The message named the plan it asks about (`新方案里…`): its answer is that plan's, never another's. */
  planNamed?: boolean;
  /** `plan`'s knowledge, with the divisions the bureau added or renamed. */
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
  /** What each chat spoke of last (task, division, plan), for follow-ups such as `这个` and `那3.3呢`. */
  conversation: ConversationMemory;
  /** Where people open the dashboard (PUBLIC_URL, else http://HOST:PORT): `看板` links point there. */
  publicUrl: string;
  /** What each person's next file in a chat is for (`整改 附件`, a 销号), for a few minutes. */
  fileIntents: FileIntents;
  /**
   * The file this message brought (sent with it, or in the message it replies to), already kept in the
   * store's blobs before the message's transaction: the commands that take files record it.
   */
  sentFile?: KeptFile;
  /** 台账 workbooks sent in chat, kept briefly for `导入台账` (absent: importing in chat is not offered). */
  workbooks?: WorkbookMemory;
}

/** One command: a file each under src/commands/, listed in registry.ts. */
export interface Command<Args = unknown> {
  name: string;
  /** Words that start it (Chinese first, English aliases). */
  aliases: string[];
  /**
   * Its words must stand apart (a space, a colon or the end after them): `方案里有没有提到债务` is a question
   * about the plan, not the 方案 command. Otherwise Chinese words may run into their argument (`任务企金处`).
   */
  separated?: boolean;
  /**
   * It takes a file: one sent with it, or in the message it replies to, is fetched and kept before it runs
   * (CoreDeps.sentFile).
   */
  takesFiles?: boolean;
  /** One-line usage shown in 帮助. */
  usage: string;
  /** Example inputs shown in 帮助. */
  examples: string[];
  /** The normalised text after the alias (may be empty) → arguments, or a Reply explaining what to type. */
  parse(rest: string, msg: IncomingMessage, deps: CoreDeps): Args | Reply;
  run(args: Args, msg: IncomingMessage, deps: CoreDeps): Reply | Promise<Reply>;
}
