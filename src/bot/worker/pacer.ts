// Paces sends under Lark's limits: per app (50/s and 1000/min) and per chat (5/s), as sliding windows
// with a small safety margin, because the server counts arrivals, not departures. A 429 pauses the app,
// a 230020 pauses one chat. Waiters are served in arrival order, skipping those whose chat is busy.

export interface PacerLimits {
  perAppPerSecond: number;
  perAppPerMinute: number;
  perChatPerSecond: number;
  /** Added to every window so jitter between us and Lark never tips a window over. */
  marginMs: number;
}

export const larkLimits: PacerLimits = {
  perAppPerSecond: 50,
  perAppPerMinute: 1000,
  perChatPerSecond: 5,
  marginMs: 40,
};

/** Call when the send's answer arrives (or it failed), so the window counts it from then. */
export type Release = () => void;

const GRANTS_PER_TURN = 4;

interface Waiter {
  chatId: string;
  resolve: (release: Release) => void;
}

/**
 * Sends within a sliding window. Each starts at its grant time and moves to its completion time when
 * the answer comes back: Lark counted it somewhere in between, so the later instant is the safe one.
 */
class Window {
  private slots: { t: number }[] = [];
  constructor(
    private readonly limit: number,
    private readonly spanMs: number,
  ) {}
  /** Earliest instant a new grant fits (≤ now means now). */
  freeAt(now: number): number {
    if (this.slots.length > 0 && this.slots.some((s) => s.t <= now - this.spanMs))
      this.slots = this.slots.filter((s) => s.t > now - this.spanMs);
    if (this.slots.length < this.limit) return now;
    let oldest = Number.POSITIVE_INFINITY;
    for (const s of this.slots) oldest = Math.min(oldest, s.t);
    return oldest + this.spanMs;
  }
  take(now: number): { t: number } {
    const slot = { t: now };
    this.slots.push(slot);
    return slot;
  }
  get empty(): boolean {
    return this.slots.length === 0;
  }
}

export class Pacer {
  private readonly waiters: Waiter[] = [];
  private readonly appSecond: Window;
  private readonly appMinute: Window;
  private readonly chats = new Map<string, Window>();
  private readonly chatPausedUntil = new Map<string, number>();
  private appPausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: PacerLimits = larkLimits,
    private readonly now: () => number = () => performance.now() + performance.timeOrigin,
  ) {
    this.appSecond = new Window(limits.perAppPerSecond, 1000 + limits.marginMs);
    this.appMinute = new Window(limits.perAppPerMinute, 60_000 + limits.marginMs);
  }

  /** Resolves when one send to this chat may go out now. */
  acquire(chatId: string): Promise<Release> {
    return new Promise((resolve) => {
      this.waiters.push({ chatId, resolve });
      this.pump();
    });
  }

  /** Lark said 429: nothing goes out for `ms`. */
  pauseApp(ms: number): void {
    this.appPausedUntil = Math.max(this.appPausedUntil, this.now() + ms);
    this.pump();
  }

  /** Lark said 230020 for this chat: nothing goes to it for `ms`. */
  pauseChat(chatId: string, ms: number): void {
    this.chatPausedUntil.set(chatId, Math.max(this.chatPausedUntil.get(chatId) ?? 0, this.now() + ms));
    this.pump();
  }

  private chatWindow(chatId: string): Window {
    let w = this.chats.get(chatId);
    if (!w) {
      w = new Window(this.limits.perChatPerSecond, 1000 + this.limits.marginMs);
      this.chats.set(chatId, w);
    }
    return w;
  }

  private pump(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const now = this.now();
    let next = Number.POSITIVE_INFINITY;
    // A few grants per event-loop turn: each starts an HTTP request, and fifty at once would hold up
    // the webhook's acknowledgements for tens of milliseconds.
    let granted = 0;
    for (let i = 0; i < this.waiters.length; ) {
      if (granted >= GRANTS_PER_TURN) {
        this.timer = setTimeout(() => this.pump(), 0);
        return;
      }
      const appFree = Math.max(this.appPausedUntil, this.appSecond.freeAt(now), this.appMinute.freeAt(now));
      if (appFree > now) {
        next = Math.min(next, appFree);
        break;
      }
      const waiter = this.waiters[i]!;
      const chat = this.chatWindow(waiter.chatId);
      const chatFree = Math.max(this.chatPausedUntil.get(waiter.chatId) ?? 0, chat.freeAt(now));
      if (chatFree > now) {
        next = Math.min(next, chatFree);
        i += 1;
        continue;
      }
      const slots = [this.appSecond.take(now), this.appMinute.take(now), chat.take(now)];
      this.waiters.splice(i, 1);
      granted += 1;
      waiter.resolve(() => {
        const done = this.now();
        for (const slot of slots) slot.t = Math.max(slot.t, done);
      });
    }
    this.forgetIdleChats(now);
    if (this.waiters.length > 0 && Number.isFinite(next)) {
      this.timer = setTimeout(() => this.pump(), Math.max(1, Math.ceil(next - now)));
    }
  }

  private forgetIdleChats(now: number): void {
    if (this.chats.size < 1000) return;
    for (const [id, w] of this.chats) {
      w.freeAt(now);
      if (w.empty && (this.chatPausedUntil.get(id) ?? 0) < now) {
        this.chats.delete(id);
        this.chatPausedUntil.delete(id);
      }
    }
  }
}
