import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { StoreCorruptError } from './store-errors';

// One small lowdb file per concern. Reads are validated with zod (a bad file stops the start and is left
// untouched); writes go to a temporary file renamed over the old one, so a crash leaves old or new, never half.

class ValidatedJsonFile<T> implements SyncAdapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  read(): T | null {
    if (!existsSync(this.path)) return null;
    const text = readFileSync(this.path, 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new StoreCorruptError(this.path, '不是有效的 JSON');
    }
    const result = this.schema.safeParse(raw);
    if (!result.success) {
      const where = result.error.issues.map((i) => i.path.join('.') || '(整个文件)').join('、');
      throw new StoreCorruptError(this.path, `内容不符合格式(${where})`);
    }
    return result.data;
  }

  write(data: T): void {
    const temp = join(dirname(this.path), `.${basename(this.path)}.tmp`);
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, this.path);
  }
}

/** A lowdb database on one validated JSON file, read at once. */
export function openStateFile<T>(path: string, schema: z.ZodType<T>, defaults: T): LowSync<T> {
  const db = new LowSync<T>(new ValidatedJsonFile(path, schema), defaults);
  db.read();
  return db;
}

export function stateFileExists(path: string): boolean {
  return existsSync(path);
}
