import { basename } from 'node:path';
import type { Attachment, Fetched } from '../../message/incoming-message';
import {
  fileEmpty,
  fileFetchFailed,
  fileNotReachable,
  fileTooLarge,
  imageName,
  UNNAMED_FILE,
} from '../../reply/file-wording';
import type { Reply } from '../../reply/reply';
import { sniffMime } from './sniff-mime';

// The bytes of a file or image sent in chat, as every room that takes files wants them: named (an image by
// its type), typed from its bytes, within the size cap — or the one Chinese line saying why not.

/** The most a file sent in chat may weigh (the door stops a download beyond it, too). */
export const MAX_SENT_FILE_BYTES = 20 * 1024 * 1024;

export interface SentFile {
  kind: Attachment['kind'];
  /** The name as sent (no folders, no control characters); an image is named by its type. */
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/** A name as sent, made safe to show and to write: no folders, no control characters. */
export function cleanFileName(name: string): string {
  return basename(name.replace(/[\\\u0000-\u001f]/g, '')).trim();
}

/** The attachment's bytes through `fetch` (absent: the door cannot give them), or the reply saying why not. */
export async function fetchSentFile(
  attachment: Attachment,
  fetch: (() => Promise<Fetched>) | undefined,
  maxBytes = MAX_SENT_FILE_BYTES,
): Promise<SentFile | Reply> {
  const sentName = cleanFileName(attachment.name);
  const shownName = sentName || (attachment.kind === 'image' ? '图片' : UNNAMED_FILE);
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  if (!fetch) return fileNotReachable(shownName);
  const fetched = await fetch();
  if (!fetched.ok) return fetched.tooLarge ? fileTooLarge(shownName, maxMb) : fileFetchFailed(shownName);
  if (fetched.bytes.length > maxBytes) return fileTooLarge(shownName, maxMb);
  if (fetched.bytes.length === 0) return fileEmpty(shownName);
  const { mime, ext } = sniffMime(fetched.bytes, sentName);
  return {
    kind: attachment.kind,
    name: sentName || (attachment.kind === 'image' ? imageName(ext) : UNNAMED_FILE),
    bytes: fetched.bytes,
    mime,
  };
}

/** Tells a fetched file from a reply. */
export function isSentFile(value: SentFile | Reply): value is SentFile {
  return 'bytes' in value;
}
