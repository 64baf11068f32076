import type { Logger } from '../logger';
import { clickPendingReply, staleButtonReply } from '../reply/wording';
import { admitEvent } from './admit-event';
import type { BotIdentity } from './bot-identity';
import { type ClickAnswer, clickAnswer } from './lark/click-answer';
import type { ParsedEvent } from './lark/parse-event';
import type { Worker } from './worker/create-worker';

// What every door answers to a card callback (card.action.trigger), whatever the transport: the click goes
// through the door rules to the worker, which records it and runs it as the command it stands for; the reply
// comes back as a toast and the redrawn card — or, when it takes longer than Lark waits, an info toast now
// and the card redrawn later. A click the bot cannot read runs nothing.

export async function answerClick(
  parsed: Extract<ParsedEvent, { ok: true }>,
  identity: BotIdentity | undefined,
  worker: Worker,
  logger: Logger,
  receivedMs: number,
): Promise<ClickAnswer | Record<string, never>> {
  if (parsed.event?.kind !== 'click') {
    logger.info('event', { event: parsed.eventId, type: parsed.eventType, outcome: 'ignored: not a click' });
    return {};
  }
  const admission = await admitEvent(parsed.event, identity, receivedMs);
  if (admission.kind !== 'work' || admission.item.kind !== 'click') {
    logger.info('event', {
      event: parsed.eventId,
      type: parsed.eventType,
      outcome: `refused: ${'reason' in admission ? admission.reason : 'not a click'}`,
    });
    return clickAnswer(staleButtonReply());
  }
  const reply = await worker.perform(parsed.key, admission.item);
  return clickAnswer(reply === 'later' ? clickPendingReply() : reply, {
    keep: admission.item.kind === 'click' && admission.item.keep === true,
  });
}
