import type { ChatFiles, IncomingMessage } from '../../message/incoming-message';
import { evidenceItemUnclear } from '../../reply/evidence-wording';
import type { Reply } from '../../reply/reply';
import { normaliseItemId } from '../../store/item-id';
import type { CoreDeps } from '../context';
import type { FileIntent } from '../files/file-intents';

// Which item a file sent on its own is evidence for: the item the message it replies to is about (the
// bot's card or reply naming one item, or a person's command naming one), else the item its sender named
// in this chat a few minutes before (`整改 附件 <编号>`, a 销号). Undefined: the file is not evidence.

const ITEM_IDS = /ZG-?\d{4}-?\d{1,6}/gi;

/** The existing items a text names, each once. */
function itemsNamed(text: string, deps: CoreDeps): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(ITEM_IDS)) {
    const id = normaliseItemId(m[0]);
    if (id && deps.store.item(id)) ids.add(id);
  }
  return [...ids];
}

export async function evidenceTarget(
  message: IncomingMessage,
  deps: CoreDeps,
  files: ChatFiles | undefined,
): Promise<FileIntent | Reply | undefined> {
  // What the sender said last about the item counts (a 销号 waiting for this very file).
  const intent = deps.fileIntents.recall(message.chatId, message.userId, message.at);
  const replied = message.repliesTo;
  if (replied && files) {
    for (const id of [replied.messageId, replied.rootId]) {
      if (!id) continue;
      const looked = await files.lookUp(id);
      const named = looked ? itemsNamed(looked.text, deps) : [];
      if (named.length === 1)
        return intent?.itemId === named[0] ? intent : { kind: 'evidence', itemId: named[0]! };
      if (named.length > 1) return evidenceItemUnclear(named);
    }
  }
  return intent;
}
