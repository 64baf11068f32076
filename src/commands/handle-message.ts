import type { IncomingMessage } from '../message/incoming-message';
import { OutcomeUnknownError } from '../message/outcome-unknown';
import { currentPlan } from '../plans/current-plan';
import { namedPlan } from '../plans/named-plan';
import type { PlanEntry } from '../plans/plan-entry';
import { planInUse } from '../plans/plan-in-use';
import { planLabel } from '../plans/plan-label';
import { unknownFiveYear } from '../plans/unknown-five-year';
import { fileWithoutPurpose } from '../reply/file-wording';
import type { Reply } from '../reply/reply';
import { replySchema } from '../reply/reply-schema';
import { type RefusalReader, storeRefusalReply } from '../reply/store-refusal-wording';
import { failedReply, noPlanOfPeriod, timedOutReply } from '../reply/wording';
import { displayName, StoreError, StoreWriteError } from '../store';
import { asksToAddPlan } from '../text/asks-to-add-plan';
import { normalise } from '../text/normalise';
import { calendarDay } from '../time/calendar-day';
import { isHolidayNotice } from '../time/notice';
import { LOOKS_LIKE_QUESTION } from '../understand/grammar';
import { followsUp } from '../understand/read-message';
import { actorOf, mayApprove } from './access';
import { keepSentPlan } from './admin/keep-sent-plan';
import { readSentPlan } from './admin/read-sent-plan';
import { answerText } from './answers/answer-reading';
import { combineReplies } from './answers/combine-replies';
import { emptyMessageReply } from './answers/not-understood';
import { otherPlanNote } from './answers/other-plan-note';
import { importNotice } from './calendar/import-notice';
import type { CoreDeps } from './context';
import { isReply } from './define-command';
import { stageSentFile } from './files/stage-sent-file';
import type { HandleOptions } from './handle-options';
import { receiveEvidence } from './ledger/receive-evidence';
import { isWorkbookName, readSentWorkbook, workbookArrived } from './ledger/receive-workbook';
import { familyHelp, matchCommand } from './match-command';
import { partsByPlan } from './parts-by-plan';
import { commands } from './registry';
import { usageAsked } from './usage-asked';

/**
 * The core's single entry point: one message in, one reply out. Transport-free; it throws only
 * OutcomeUnknownError, when the store could not write (whether the message was recorded is then not known:
 * the door asks again once writes work, and the answer comes from the journal). Each message
 * runs as one store transaction keyed by its id: what a command records is committed with the reply it
 * gives, and a message whose changes were committed before gets that same reply again, changing nothing.
 */
export async function handleMessage(
  message: IncomingMessage,
  deps: CoreDeps,
  options: HandleOptions = {},
): Promise<Reply> {
  try {
    // A file is a plan an admin adds (or, when its text is the State Council's holiday notice, the year's
    // calendar to import): read before the transaction, kept inside it.
    // A file that belongs to an item (or to a command that takes one) is fetched and kept first.
    const staged = await stageSentFile(message, deps, options);
    // A file in a group that did not address the bot is answered only when it belongs to an item.
    if (message.unaddressed && staged.kind === 'none') return { blocks: [] };
    // A workbook is a 台账 to import (导入台账); an image waits for a purpose; any other file on its own (or
    // with `导入`) is a plan; a picture in a post that asks something else is left aside.
    const workbook =
      staged.kind === 'none' && message.attachment?.kind === 'file' && isWorkbookName(message.attachment.name)
        ? await readSentWorkbook(message, message.attachment, deps, options.fetchAttachment)
        : undefined;
    const sent =
      staged.kind !== 'none' || !message.attachment || workbook || !asksToAddPlan(message.text)
        ? undefined
        : message.attachment.kind === 'image'
          ? fileWithoutPurpose()
          : await readSentPlan(message, message.attachment, deps.admins, options.fetchAttachment);
    const result = await deps.store.transact<Reply>(
      { ...(message.messageId ? { messageId: message.messageId } : {}), replay: options.replay === true },
      async () => {
        // The store has caught up on other instances' records: a plan one of them added or made current is
        // taken in from the shelf before the message is answered, so every instance answers from the same plans.
        await deps.plans.catchUp(deps.store.planSettings());
        return staged.kind === 'reply'
          ? staged.reply
          : staged.kind === 'evidence'
            ? await receiveEvidence(staged.file, staged.intent, message, deps)
            : staged.kind === 'command'
              ? await answerFromPlan(message, { ...deps, sentFile: staged.file })
              : workbook !== undefined
                ? isReply(workbook)
                  ? workbook
                  : await workbookArrived(workbook, message, deps)
                : sent === undefined
                  ? await answerFromPlan(message, deps)
                  : isReply(sent)
                    ? sent
                    : isHolidayNotice(sent.text)
                      ? importNotice(sent.text, message, deps, sent.name)
                      : await keepSentPlan(sent, message, deps);
      },
      {
        ...(options.signal ? { signal: options.signal } : {}),
        parse: (stored) => storedReply(stored, message),
      },
    );
    if (result.kind === 'aborted') {
      deps.logger.warn('command abandoned', { chat: message.chatId, message: message.messageId });
      return timedOutReply();
    }
    if (result.kind === 'replayed')
      deps.logger.info('replayed', { chat: message.chatId, message: message.messageId });
    return result.outcome;
  } catch (error) {
    if (error instanceof StoreError && error.code !== 'not-writable')
      return storeRefusalReply(error.refusal, refusalReader(message, deps));
    // The store could not write: whether the message is recorded is checked again by the door.
    if (error instanceof StoreWriteError) throw new OutcomeUnknownError(error.message);
    deps.logger.error('command failed', {
      chat: message.chatId,
      message: message.messageId,
      error: error instanceof Error ? error.message : String(error),
    });
    return failedReply();
  }
}

/** The sender of a refused message as the wording map addresses them. */
function refusalReader(message: IncomingMessage, deps: CoreDeps): RefusalReader {
  const actor = actorOf(message, deps);
  return {
    nameOf: (openId) => displayName(deps.store, openId),
    timeZone: deps.timeZone,
    today: calendarDay(message.at, deps.timeZone),
    sender: message.userId,
    reviews: (division) => mayApprove(actor, { division }),
  };
}

/**
 * The message answered from the plan it names (`十四五方案里…`, `方案 2021-2025 …`, `旧方案里…`), else from
 * the plan the chat's follow-up refers to (`那3.3呢` after a question about another plan), else the current
 * plan — decided now, inside the transaction, so that a 方案 启用 a moment ago counts. An answer from a plan
 * that is not the current one says so.
 */
async function answerFromPlan(message: IncomingMessage, deps: CoreDeps, of?: PlanEntry): Promise<Reply> {
  const text = normalise(message.text);
  // `怎么把当前方案换成十五五`: plans named in a question of how to use a command are what it acts on, not
  // the plan it is asked of (a command typed is read as one first: `谁牵头安居工程 社保基金多久轮审一遍`).
  const command = matchCommand(text, commands);
  const usage = command ? undefined : usageAsked(text, commands);
  if (usage) return usage;
  const today = calendarDay(message.at, deps.timeZone);
  const current = currentPlan(deps.plans, deps.store.planSettings(), today);
  // `惠企政策谁牵头，旧方案的国资国企改革呢`: each question answered from the plan it is asked of.
  const parts = of || command ? undefined : partsByPlan(text, deps.knowledge, deps.plans, current);
  if (parts) {
    const answers: { label: string; reply: Reply }[] = [];
    for (const part of parts)
      answers.push({
        label: part.text,
        reply: await answerFromPlan({ ...message, text: part.text }, deps, part.entry),
      });
    return combineReplies(`${answers.length} 个问题`, answers);
  }
  const named =
    namedPlan(text, deps.plans, current, !command) ?? (of ? { entry: of, rest: text } : undefined);
  const missing = named || command ? undefined : unknownFiveYear(text, deps.plans);
  if (missing) return noPlanOfPeriod(missing, deps.plans.list().map(planLabel));
  const topic = message.chatId ? deps.conversation.recall(message.chatId, message.at) : undefined;
  const followed =
    !named && topic && topic.planId !== current.id && followsUp(text)
      ? deps.plans.byId(topic.planId)
      : undefined;
  const used = {
    ...deps,
    ...planInUse(deps.plans, deps.store, today, named?.entry ?? followed),
    ...(named ? { planNamed: true } : {}),
  };
  const reply = await answer(named ? { ...message, text: named.rest } : message, used);
  return used.planIsCurrent ? reply : { ...reply, blocks: [...reply.blocks, otherPlanNote(used)] };
}

/** What the message asks, answered (commands record through the transaction they run in). */
async function answer(message: IncomingMessage, deps: CoreDeps): Promise<Reply> {
  const text = normalise(message.text);
  if (!text) return emptyMessageReply(deps);
  const match = matchCommand(text, commands);
  if (match) {
    const args = match.command.parse(match.rest, message, deps);
    // A question that merely starts with a command word (`任务3.2谁牵头?`) is better answered as a question.
    if (!isReply(args)) return await match.command.run(args, message, deps);
    // `整改怎么销号`, `进展情况多久报一次`: asking how to use a command, not typing it wrong.
    const usage = usageAsked(text, commands);
    if (usage) return usage;
    if (!match.rest || !LOOKS_LIKE_QUESTION.test(text)) return args;
  }
  const usage = usageAsked(text, commands);
  if (usage) return usage;
  const family = familyHelp(text, commands);
  if (family) return family;
  return answerText(text, message, deps);
}

/** The reply stored with a message's changes, as it is sent again. */
function storedReply(stored: unknown, message: IncomingMessage): Reply {
  const read = replySchema.safeParse(stored);
  if (read.success) return read.data;
  throw new Error(`stored reply of ${message.messageId} is not a reply`);
}
