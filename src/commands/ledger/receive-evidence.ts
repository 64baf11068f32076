import type { IncomingMessage } from '../../message/incoming-message';
import type { Reply } from '../../reply/reply';
import type { CoreDeps } from '../context';
import type { FileIntent } from '../files/file-intents';
import type { KeptFile } from '../files/kept-file';
import { recordEvidence } from './record-evidence';
import { closeItem } from './rectification-update';

// A file that came on its own for an item, inside the message's transaction: kept with the item — and when
// it completes a 销号 that waited for it (佐证必需), that close is asked for now, with it.

export function receiveEvidence(
  file: KeptFile,
  intent: FileIntent,
  msg: IncomingMessage,
  deps: CoreDeps,
): Reply {
  if (intent.close)
    return closeItem(
      {
        id: intent.itemId,
        text: intent.close.text,
        ...(intent.close.amount !== undefined ? { amount: intent.close.amount } : {}),
        understood: [],
      },
      msg,
      { ...deps, sentFile: file },
    );
  const kept = recordEvidence(intent.itemId, file, intent.text, msg, deps);
  if (!('item' in kept)) return kept;
  // More files may follow (several photos): the window stays open for them.
  deps.fileIntents.remember(msg.chatId, msg.userId, { kind: 'evidence', itemId: intent.itemId }, msg.at);
  return kept.reply;
}
