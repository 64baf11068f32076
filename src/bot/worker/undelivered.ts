import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonlFile } from '../../files/jsonl-file';
import type { Logger } from '../../logger';
import type { Target } from './outbox';

// Answers set aside: Lark refused them for good, or they were still not delivered when no longer useful
// (LARK_SEND_GIVE_UP_HOURS). Each is one line in DATA_DIR/undelivered.jsonl — the chat, the key, why, and the
// text — so an operator can see what people were never told; /healthz counts them.

export const UNDELIVERED_FILE = 'undelivered.jsonl';

/** An answer set aside, as the worker hands it over. */
export interface SetAside {
  key: string;
  target: Target;
  parts: number;
  failed: number;
  at: number;
  content: string[];
}

/** Where answers set aside are kept: undelivered.jsonl, or (DATABASE_URL) a table the instances share. */
export interface UndeliveredLog {
  /** Answers set aside so far (for /healthz). */
  readonly count: number;
  /** Sets an answer aside (logged even when it cannot be kept). */
  add(entry: SetAside): Promise<void>;
  close(): Promise<void>;
}

/** An answer set aside as one line of undelivered.jsonl (a row of the table holds the same). */
export function undeliveredLine(entry: SetAside) {
  return {
    key: entry.key,
    chat: entry.target.chatId,
    ...(entry.target.kind === 'reply' ? { replyTo: entry.target.messageId } : {}),
    askedAt: new Date(entry.at).toISOString(),
    failed: entry.failed,
    parts: entry.parts,
    content: entry.content,
  };
}

export class Undelivered implements UndeliveredLog {
  #count: number;
  readonly #file: JsonlFile;

  private constructor(
    path: string,
    count: number,
    private readonly logger: Logger,
    fsync: boolean,
  ) {
    this.#count = count;
    this.#file = JsonlFile.open(path, { fsync });
  }

  static open(dataDir: string, logger: Logger, fsync = true): Undelivered {
    const path = join(dataDir, UNDELIVERED_FILE);
    const count = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0;
    return new Undelivered(path, count, logger, fsync);
  }

  get count(): number {
    return this.#count;
  }

  /** Sets an answer aside (logged even when the line cannot be written). */
  async add(entry: SetAside) {
    this.#count += 1;
    this.logger.error('answer set aside', {
      key: entry.key,
      chat: entry.target.chatId,
      failed: `${entry.failed}/${entry.parts}`,
      file: UNDELIVERED_FILE,
    });
    const line = undeliveredLine(entry);
    try {
      await this.#file.append(`${JSON.stringify(line)}\n`);
    } catch (error) {
      this.logger.error('undelivered.write-failed', { key: entry.key, error: String(error) });
    }
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}
