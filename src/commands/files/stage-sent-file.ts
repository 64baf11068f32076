import type { IncomingMessage } from '../../message/incoming-message';
import type { Reply } from '../../reply/reply';
import { notOnRoster } from '../../reply/wording';
import { normalise } from '../../text/normalise';
import type { CoreDeps } from '../context';
import { isReply } from '../define-command';
import type { HandleOptions } from '../handle-options';
import { evidenceTarget } from '../ledger/evidence-target';
import { matchCommand } from '../match-command';
import { commands } from '../registry';
import type { FileIntent } from './file-intents';
import { isKeptFile, keepSentFile } from './keep-sent-file';
import type { KeptFile } from './kept-file';

// Before a message's transaction: the file it brings, fetched and kept, when it brings one somewhere it
// belongs — with a command that takes files (`整改 销号`, `整改 附件`: a file sent with it, or in the
// message it replies to), or on its own for an item (a reply to the item's message, or right after the
// sender named the item). People not on the roster are refused before anything is fetched.

export type Staged =
  /** Nothing to keep here: the message goes on as it is. */
  | { kind: 'none' }
  /** Refused or failed (a stranger, too large, not fetched): this is the answer, nothing is recorded. */
  | { kind: 'reply'; reply: Reply }
  /** A file on its own, kept, for the item `intent` names. */
  | { kind: 'evidence'; file: KeptFile; intent: FileIntent }
  /** A command that takes a file, with its file kept. */
  | { kind: 'command'; file: KeptFile };

const onRoster = (message: IncomingMessage, deps: CoreDeps) =>
  deps.store.member(message.userId) !== undefined || deps.admins.has(message.userId);

export async function stageSentFile(
  message: IncomingMessage,
  deps: CoreDeps,
  options: HandleOptions,
): Promise<Staged> {
  const text = normalise(message.text);
  const match = text ? matchCommand(text, commands) : undefined;
  if (match?.command.takesFiles) {
    let attachment = message.attachment;
    let fetch = options.fetchAttachment;
    const replied = message.repliesTo?.messageId;
    const files = options.files;
    if (!attachment && replied && files) {
      const found = (await files.lookUp(replied))?.attachment;
      if (found) {
        attachment = found;
        fetch = () => files.fetch({ ...found, messageId: found.messageId ?? replied });
      }
    }
    if (!attachment) return { kind: 'none' };
    if (!onRoster(message, deps)) return { kind: 'reply', reply: notOnRoster('发送佐证材料') };
    const kept = await keepSentFile(attachment, fetch, deps, attachment.messageId ?? message.messageId);
    return isKeptFile(kept) ? { kind: 'command', file: kept } : { kind: 'reply', reply: kept };
  }
  if (!message.attachment || text) return { kind: 'none' };
  const target = await evidenceTarget(message, deps, options.files);
  if (!target) return { kind: 'none' };
  if (isReply(target)) return { kind: 'reply', reply: target };
  if (!onRoster(message, deps)) return { kind: 'reply', reply: notOnRoster('发送佐证材料') };
  const kept = await keepSentFile(message.attachment, options.fetchAttachment, deps, message.messageId);
  return isKeptFile(kept) ? { kind: 'evidence', file: kept, intent: target } : { kind: 'reply', reply: kept };
}
