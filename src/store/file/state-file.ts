import { existsSync, readFileSync, statSync } from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { replaceFile } from '../../files/replace-file';
import {
  accessFileSchema,
  EMPTY_SETTINGS,
  peopleFileSchema,
  reportsFileSchema,
  rosterFileSchema,
  settingsFileSchema,
  targetsFileSchema,
} from '../schemas';
import type { StateConcern } from '../state-model';

// One small lowdb file per concern whose size does not grow with history (roster, owners, settings, head).
// Reads are validated with zod (a bad file stops the start and is left untouched); writes replace the file
// whole and durably (temporary file, fsync, rename, directory fsync), so a crash leaves old or new.

class ValidatedJsonFile<T> implements SyncAdapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly fsync: boolean,
  ) {}

  read(): T | null {
    return readStateFile(this.path, this.schema);
  }

  write(data: T): void {
    replaceFile(this.path, JSON.stringify(data), this.fsync);
  }
}

/**
 * Reads and validates a state file; null when absent or empty (a rename a power cut caught before the
 * data reached the disk: the state is rebuilt from the journal); FileCorruptError when it cannot be trusted.
 */
export function readStateFile<T>(path: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  if (text.length === 0) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FileCorruptError(path, '不是有效的 JSON');
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(整个文件)').join('、');
    throw new FileCorruptError(path, `内容不符合格式(${where})`);
  }
  return result.data;
}

/** Whether a state file holds nothing yet (absent or empty): its state must come from the whole journal. */
export function stateFileMissing(path: string): boolean {
  return !existsSync(path) || statSync(path).size === 0;
}

/** A lowdb database on one validated JSON file, read at once. */
export function openStateFile<T>(
  path: string,
  schema: z.ZodType<T>,
  defaults: T,
  fsync: boolean,
): LowSync<T> {
  const db = new LowSync<T>(new ValidatedJsonFile(path, schema, fsync), defaults);
  db.read();
  return db;
}

/** Each state concern's file: its schema, and its content before any record. */
export const STATE_FILES: {
  [C in StateConcern]: { schema: z.ZodType<{ seq: number }>; empty: () => { seq: number } };
} = {
  roster: { schema: rosterFileSchema, empty: () => ({ seq: 0, members: [] }) },
  targets: { schema: targetsFileSchema, empty: () => ({ seq: 0, owners: [] }) },
  settings: { schema: settingsFileSchema, empty: () => structuredClone(EMPTY_SETTINGS) },
  people: { schema: peopleFileSchema, empty: () => ({ seq: 0, names: {} }) },
  reports: { schema: reportsFileSchema, empty: () => ({ seq: 0 }) },
  access: { schema: accessFileSchema, empty: () => ({ seq: 0, links: {} }) },
};
