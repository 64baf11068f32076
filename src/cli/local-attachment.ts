import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SENT_FILE_BYTES } from '../commands/files/fetch-sent-file';
import { sniffMime } from '../commands/files/sniff-mime';
import type { Attachment, Fetched } from '../message/incoming-message';

// `say --file PATH`: a local file carried by the message, as a file (or, when its bytes are a picture, an
// image) sent in chat would be — with the same size cap as a download from Lark.

export async function localAttachment(
  path: string,
): Promise<{ attachment: Attachment; fetch: () => Promise<Fetched> } | string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return `--file ${path} 不是文件`;
    size = info.size;
  } catch {
    return `--file ${path} 不存在或无法读取`;
  }
  const head = size > 0 ? (await readFile(path)).subarray(0, 16) : new Uint8Array();
  const image = sniffMime(head).mime.startsWith('image/');
  return {
    attachment: { kind: image ? 'image' : 'file', key: `local:${path}`, name: image ? '' : basename(path) },
    fetch: async () => {
      if (size > MAX_SENT_FILE_BYTES) return { ok: false, tooLarge: true, reason: `${size} bytes` };
      try {
        return { ok: true, bytes: new Uint8Array(await readFile(path)) };
      } catch (error) {
        return { ok: false, tooLarge: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
