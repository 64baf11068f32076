import type { Logger } from '../logger';
import { admitEvent } from './admit-event';
import type { BotIdentity } from './bot-identity';
import type { LarkEvent } from './lark/parse-event';
import type { Worker } from './worker/create-worker';

// What every door does with an event it has read (a message, a bot-added event), whatever the transport:
// the door rules decide whether it is work, and the worker records it durably before the door
// acknowledges it. A door only says the outcome in its own terms (200 or 503, an ack frame or a thrown
// handler). An inbox write that fails throws: not durable, so not acknowledged.

export async function acceptEvent(
  parsed: { key: string; eventId: string; event: LarkEvent },
  identity: BotIdentity | undefined,
  worker: Worker,
  logger: Logger,
  receivedMs: number,
): Promise<{ outcome: 'accepted' | 'duplicate' } | { outcome: 'retry-later'; reason: string }> {
  const admission = await admitEvent(parsed.event, identity, receivedMs);
  if (admission.kind === 'retry-later') return { outcome: 'retry-later', reason: admission.reason };
  const outcome = await worker.accept(parsed.key, admission.kind === 'work' ? admission.item : undefined);
  if (outcome === 'duplicate' || admission.kind !== 'work')
    logger.info('event', {
      event: parsed.eventId,
      outcome:
        outcome === 'duplicate' ? 'duplicate' : `ignored: ${'reason' in admission ? admission.reason : ''}`,
    });
  return { outcome };
}
