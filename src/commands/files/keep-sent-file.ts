import type { Attachment, Fetched } from '../../message/incoming-message';
import { fileNotKept } from '../../reply/file-wording';
import type { Reply } from '../../reply/reply';
import { StoreWriteError } from '../../store';
import type { CoreDeps } from '../context';
import { fetchSentFile, isSentFile } from './fetch-sent-file';
import type { KeptFile } from './kept-file';

// A file sent in chat, fetched and kept in the store's blobs — before the message's transaction, so that a
// record naming it is only ever written once its bytes are safely on disk (a download takes seconds, and
// other messages need not wait for it). A refusal or failure is a reply, and nothing is recorded.

export async function keepSentFile(
  attachment: Attachment,
  fetch: (() => Promise<Fetched>) | undefined,
  deps: Pick<CoreDeps, 'store' | 'logger'>,
  source: string | undefined,
): Promise<KeptFile | Reply> {
  const sent = await fetchSentFile(attachment, fetch);
  if (!isSentFile(sent)) return sent;
  try {
    const sha256 = await deps.store.blobs.put(sent.bytes);
    return {
      sha256,
      name: sent.name,
      size: sent.bytes.length,
      mime: sent.mime,
      ...(source ? { source } : {}),
    };
  } catch (error) {
    if (!(error instanceof StoreWriteError)) throw error;
    deps.logger.error('file not kept', { file: sent.name, error: error.message });
    return fileNotKept(sent.name);
  }
}

export function isKeptFile(value: KeptFile | Reply): value is KeptFile {
  return 'sha256' in value;
}
