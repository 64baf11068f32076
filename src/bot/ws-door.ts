import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { acceptEvent } from './accept-event';
import { answerClick } from './answer-click';
import type { BotIdentity } from './bot-identity';
import { parseEvent } from './lark/parse-event';
import { unflattenEvent } from './lark/unflatten-event';
import type { Worker } from './worker/create-worker';

// The long-connection door (LARK_MODE=ws): the SDK's WSClient holds an outbound WebSocket to Lark, so the
// server needs no public address. Messages, bot-added events and card clicks arrive as event frames and go
// through the same door rules and worker as the webhook's; the SDK acks a frame when its handler returns,
// which is after the inbox write (or, for a click, with the toast and card). Reconnects are the SDK's; this
// door logs a lost connection and reports it. Loaded only in ws mode (it pulls in the WebSocket client).

export interface WsDoorDeps {
  appId: string;
  appSecret: string;
  /** Base URL of the Open API (the SDK asks `${domain}/callback/ws/endpoint` where to connect). */
  domain: string;
  worker: Worker;
  identity(): BotIdentity | undefined;
  clock: Clock;
  logger: Logger;
}

export interface WsDoor {
  /** Connected right now (connecting, reconnecting and failed all count as not). */
  connected(): boolean;
  stop(): void;
}

/** WSClient's own rule (§9.3): any other app id makes it log "invalid appId" and never connect. */
const WS_APP_ID = /^cli_[0-9a-fA-F]{16}$/;

export async function startWsDoor(deps: WsDoorDeps): Promise<WsDoor> {
  const lark = await import('@larksuiteoapi/node-sdk');
  const { worker, logger } = deps;
  const nowMs = () => deps.clock.now().getTime();
  // The SDK's own logs: warnings and errors only, as one of ours (never its info chatter or the ws URL).
  const sdkLog =
    (level: 'warn' | 'error') =>
    (...args: unknown[]) =>
      logger[level]('lark sdk', {
        detail: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '),
      });
  const sdkLogger = { error: sdkLog('error'), warn: sdkLog('warn'), info() {}, debug() {}, trace() {} };

  async function onEvent(data: Record<string, unknown>): Promise<undefined> {
    return worker.acking(async () => {
      const parsed = parseEvent(unflattenEvent(data));
      if (!parsed.ok) {
        // Sent again it would be just as malformed: acknowledged, logged.
        logger.warn('refused', { door: 'ws', reason: parsed.reason });
        return undefined;
      }
      if (!parsed.event) return undefined;
      const accepted = await acceptEvent(
        { ...parsed, event: parsed.event },
        deps.identity(),
        worker,
        logger,
        nowMs(),
      );
      // A thrown handler makes the SDK ack with code 500, and Lark pushes the event again later.
      if (accepted.outcome === 'retry-later') throw new Error(accepted.reason);
      return undefined;
    });
  }

  async function onCard(data: Record<string, unknown>) {
    const parsed = parseEvent(unflattenEvent(data));
    if (!parsed.ok) {
      logger.warn('refused', { door: 'ws', reason: parsed.reason });
      return {};
    }
    return answerClick(parsed, deps.identity(), worker, logger, nowMs());
  }

  const dispatcher = new lark.EventDispatcher({
    logger: sdkLogger,
    loggerLevel: lark.LoggerLevel.warn,
  }).register({
    'im.message.receive_v1': onEvent,
    'im.chat.member.bot.added_v1': onEvent,
    // Card callbacks arrive as events when the console's callback mode is the long connection (§9.3, §9.4).
    'card.action.trigger': onCard,
  });

  if (!WS_APP_ID.test(deps.appId))
    logger.error('长连接无法建立: LARK_APP_ID 应为 cli_ 加 16 位十六进制字符(飞书开发者后台的 App ID)');
  const client = new lark.WSClient({
    appId: deps.appId,
    appSecret: deps.appSecret,
    domain: deps.domain,
    logger: sdkLogger,
    loggerLevel: lark.LoggerLevel.warn,
    autoReconnect: true,
    // A connection that goes quiet after a ping is presumed dead and replaced (§9.4).
    wsConfig: { pingTimeout: 10 },
    onReady: () => logger.info('长连接已建立'),
    onReconnecting: () => logger.warn('长连接已断开,正在重连'),
    onReconnected: () => logger.info('长连接已恢复'),
    onError: (error: Error) => logger.error('长连接失败,不再重试', { error: error.message }),
  });
  void client.start({ eventDispatcher: dispatcher });
  return {
    connected: () => client.getConnectionStatus().state === 'connected',
    stop: () => client.close({ force: true }),
  };
}
