import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { PlanRegistry } from '../plans/plan-registry';
import type { Store } from '../store';
import type { WorkingDays } from '../store/due-soon-until';

// What the dashboard pages are given by the wiring (src/main.ts): they read the store and the plans, and
// speak to Lark only through the functions passed in here.

/** Lark's OAuth sign-in, where the app is set up as a Lark web app (DASH_LARK_LOGIN=1). */
export interface LarkLogin {
  /** Lark's authorize page, coming back to `redirectUri` with `code` and `state`. */
  authorizeUrl(redirectUri: string, state: string): string;
  /** The open_id (and name) of whoever a code was given to; undefined when Lark does not confirm one. */
  userOf(code: string, redirectUri: string): Promise<{ openId: string; name?: string } | undefined>;
}

export interface DashDeps {
  store: Store;
  /** The plans, once they are read (the server reads them after it starts listening). */
  plans(): Promise<PlanRegistry>;
  /** ADMIN_OPEN_IDS (in local mode with the local administrator): they see everything. */
  admins: ReadonlySet<string>;
  clock: Clock;
  /**
   * The bot's working calendar, the one reminders use (read with the plans, after the server listens): yellow
   * is due within 7 working days.
   */
  calendar(): Promise<WorkingDays>;
  timeZone: string;
  /** PUBLIC_URL (or http://HOST:PORT): sign-in links and Lark's redirect come back here. */
  publicUrl: string;
  logger: Logger;
  /**
   * With PostgreSQL: takes in what other instances recorded (and the plans they added or enabled) before a
   * page is drawn, so a page shows what a chat answer on this instance would.
   */
  catchUp?: () => Promise<void>;
  larkLogin?: LarkLogin;
  /** The Lark link that opens the chat a message was sent in (its registration's), when Lark says. */
  messageLink?(messageId: string): Promise<string | undefined>;
}
