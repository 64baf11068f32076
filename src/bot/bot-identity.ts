import type { Logger } from '../logger';
import type { LarkApi } from './lark/lark-api';

// The bot's own open_id (GET /open-apis/bot/v3/info), needed to tell whether a group message @-mentions it.
// Looked up at start and retried with backoff until Lark answers.

export interface BotIdentity {
  /** The open_id once known. */
  known(): string | undefined;
  /** The open_id, waiting at most `ms` for it; undefined if Lark has not answered by then. */
  wait(ms: number): Promise<string | undefined>;
  stop(): void;
}

export function lookUpBotIdentity(api: LarkApi, logger: Logger): BotIdentity {
  let openId: string | undefined;
  let stopped = false;
  const found = (async () => {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        openId = await api.botOpenId();
        logger.info('bot identity', { openId });
        return openId;
      } catch (error) {
        logger.warn('bot info failed, retrying', {
          attempt,
          error: error instanceof Error ? error.message : String(error),
        });
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt)).unref());
      }
    }
    return undefined;
  })();
  return {
    known: () => openId,
    async wait(ms) {
      if (openId) return openId;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
      });
      try {
        return await Promise.race([found, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    stop() {
      stopped = true;
    },
  };
}
