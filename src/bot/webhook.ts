import { type Context, Hono } from 'hono';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { acceptEvent } from './accept-event';
import { answerClick } from './answer-click';
import type { BotIdentity } from './bot-identity';
import { parseEvent } from './lark/parse-event';
import { MAX_BODY_BYTES, verifyRequest } from './lark/verify-request';
import { readBody } from './read-body';
import type { Worker } from './worker/create-worker';

// The webhook door (Hono): verify the raw body → decrypt → parse → door rules → durable inbox → 200. Every
// refusal is a 4xx/5xx with a reason, never a silent 200: Lark then delivers a genuine event again. Card
// clicks (POST /webhook/card) are verified the same way and answered with a toast and the redrawn card.

export interface WebhookDeps {
  worker: Worker;
  config: { encryptKey?: string; verificationToken?: string };
  identity?: BotIdentity;
  clock: Clock;
  logger: Logger;
  /** What /healthz reports (`ok` first); it answers 503 while not ok. */
  health(): { ok: boolean } & Record<string, unknown>;
  /** Why events cannot be kept now (the database does not answer): they are refused with 503 meanwhile. */
  refusing?: () => string | undefined;
}

export function createWebhookApp(deps: WebhookDeps): Hono {
  const { worker, logger, config } = deps;
  const nowMs = () => deps.clock.now().getTime();
  const app = new Hono();

  async function verified(c: Context) {
    const raw = await readBody(c, MAX_BODY_BYTES);
    if (raw === 'too large') {
      logger.warn('refused', { route: c.req.path, status: 413, reason: 'body over 1 MB' });
      return { ok: false as const, status: 413 as const, reason: 'body over 1 MB' };
    }
    const result = verifyRequest(raw, (name) => c.req.header(name), {
      ...(config.encryptKey ? { encryptKey: config.encryptKey } : {}),
      ...(config.verificationToken ? { verificationToken: config.verificationToken } : {}),
      nowMs: nowMs(),
    });
    if (!result.ok)
      logger.warn('refused', { route: c.req.path, status: result.status, reason: result.reason });
    return result;
  }

  app.get('/healthz', (c) => {
    const status = deps.health();
    return c.json(status, status.ok ? 200 : 503);
  });

  app.post('/webhook/event', (c) => worker.acking(() => onEvent(c)));

  /**
   * What both routes do first: refuse while stopping, verify, answer Lark's URL challenge, parse. Either the
   * parsed event or the response already made.
   */
  async function received(
    c: Context,
  ): Promise<Response | Extract<ReturnType<typeof parseEvent>, { ok: true }>> {
    if (!worker.accepting) return c.json({ msg: 'shutting down' }, 503);
    const refusing = deps.refusing?.();
    if (refusing) {
      logger.warn('refused', { route: c.req.path, status: 503, reason: refusing });
      return c.json({ msg: 'try again' }, 503);
    }
    const result = await verified(c);
    if (!result.ok) return c.json({ msg: result.reason }, result.status);
    if (result.kind === 'challenge') return c.json({ challenge: result.challenge });
    const parsed = parseEvent(result.body);
    if (!parsed.ok) {
      logger.warn('refused', { route: c.req.path, status: 400, reason: parsed.reason });
      return c.json({ msg: parsed.reason }, 400);
    }
    return parsed;
  }

  async function onEvent(c: Context): Promise<Response> {
    const parsed = await received(c);
    if (parsed instanceof Response) return parsed;
    if (!parsed.event) {
      logger.info('event', {
        event: parsed.eventId,
        type: parsed.eventType,
        outcome: 'ignored: type not handled',
      });
      return c.json({ msg: 'success' });
    }
    let accepted: Awaited<ReturnType<typeof acceptEvent>>;
    try {
      accepted = await acceptEvent(
        { ...parsed, event: parsed.event },
        deps.identity,
        worker,
        logger,
        nowMs(),
      );
    } catch (error) {
      // Not durable (the inbox write failed), so not acknowledged: Lark will deliver it again.
      logger.error('event not recorded', { event: parsed.eventId, error: String(error) });
      return c.json({ msg: 'try again' }, 503);
    }
    if (accepted.outcome === 'retry-later') {
      logger.warn('refused', { route: c.req.path, status: 503, reason: accepted.reason });
      return c.json({ msg: 'try again' }, 503);
    }
    return c.json({ msg: 'success' });
  }

  app.post('/webhook/card', (c) => onCard(c));

  async function onCard(c: Context): Promise<Response> {
    const parsed = await received(c);
    if (parsed instanceof Response) return parsed;
    try {
      return c.json(await answerClick(parsed, deps.identity, worker, logger, nowMs()));
    } catch (error) {
      // Not durable, so nothing ran: the clicker sees Lark's own error and may click again.
      logger.error('inbox write failed', { event: parsed.eventId, error: String(error) });
      return c.json({ msg: 'try again' }, 503);
    }
  }

  return app;
}
