import type { Reply } from './reply';
import { textReply } from './reply';

// What the bot says about files and images sent in chat (evidence, workbooks, plans): why one could not be
// had, and that nothing of it was kept.

/** The door gives no file contents (a terminal without `--file`). */
export function fileNotReachable(name: string): Reply {
  return textReply(`这里收不到 ${name} 的内容(本地模式)。没有记录任何内容。`, 'orange');
}

/** Larger than the bot takes. */
export function fileTooLarge(name: string, maxMb: number): Reply {
  return textReply(`${name} 超过 ${maxMb} MB,我无法接收。请压缩或拆分后再发。没有记录任何内容。`, 'orange');
}

/** Lark did not give the bytes (a failed or refused download). */
export function fileFetchFailed(name: string): Reply {
  return textReply(`没能从飞书下载 ${name}。请稍后再发一次。没有记录任何内容。`, 'orange');
}

/** An empty file. */
export function fileEmpty(name: string): Reply {
  return textReply(`${name} 是空文件,无法读取。没有记录任何内容。`, 'orange');
}

/** An image or file sent with nothing that says what it is for. */
export function fileWithoutPurpose(): Reply {
  return textReply(
    '收到文件,但不知道它属于哪条整改事项。作为佐证材料:请回复该事项的消息发送,或先发「整改 附件 <编号> [说明]」再发文件。',
  );
}

/** How an image with no name of its own is called (its type read from its bytes). */
export function imageName(extension: string): string {
  return `图片.${extension}`;
}

/** How a file sent with no name is called. */
export const UNNAMED_FILE = '(无名文件)';
