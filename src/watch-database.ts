import type { Health } from './health';
import type { Logger } from './logger';
import type { Store } from './store';

// Whether the database behind the store answers, asked every few seconds (never on the request's path):
// `/healthz` says so (`database: reachable | unreachable`), and while it does not answer the doors refuse
// events with 503, so Lark delivers them again rather than being acknowledged what cannot be kept.

export interface DatabaseWatch {
  /** Why events cannot be kept now; undefined while the database answers. */
  problem(): string | undefined;
  stop(): void;
}

export const DATABASE_UNREACHABLE = '数据库无法连接:事件暂不接收(飞书会重发),已接收的在恢复后处理';

export function watchDatabase(store: Store, health: Health, logger: Logger, everyMs = 3000): DatabaseWatch {
  let down = false;
  const check = async () => {
    const reachable = await store.reachable();
    if (reachable === !down) return;
    down = !reachable;
    health.report('database', down ? 'unreachable' : 'reachable', down ? DATABASE_UNREACHABLE : undefined);
    logger[down ? 'error' : 'info'](down ? 'store.database-unreachable' : 'store.database-reachable');
  };
  health.report('database', 'reachable');
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return {
    problem: () => (down ? DATABASE_UNREACHABLE : undefined),
    stop: () => clearInterval(timer),
  };
}
