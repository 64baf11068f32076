import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { withFile } from '../../files/file-access-error';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { replaceFile } from '../../files/replace-file';
import type { StateConcern } from '../model/concern-of';
import {
  accessFileSchema,
  EMPTY_SETTINGS,
  peopleFileSchema,
  reportsFileSchema,
  rosterFileSchema,
  settingsFileSchema,
  targetsFileSchema,
} from '../schemas';

// One small lowdb file per concern whose size does not grow with history (roster, owners, settings, head).
// Reads are validated with zod and digested (the head records each file's sha256, so a hand edit is seen);
// writes replace the file whole and durably (temporary file, fsync, rename, directory fsync), so a crash
// leaves old or new.

class ValidatedJsonFile<T> implements SyncAdapter<T> {
  /** The sha256 of the text last written (what the head records for this file). */
  written: string | undefined;

  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly fsync: boolean,
  ) {}

  read(): T | null {
    return readStateFile(this.path, this.schema);
  }

  write(data: T): void {
    const text = JSON.stringify(data);
    replaceFile(this.path, text, this.fsync);
    this.written = sha256(text);
  }
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A state file as found: absent (or emptied by a power cut), readable with its digest, or not to be trusted. */
export type StateRead<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; data: T; sha256: string }
  | { kind: 'corrupt'; detail: string };

/** Reads a state file without throwing on its content (a cache can be rebuilt). */
export function loadStateFile<T>(path: string, schema: z.ZodType<T>): StateRead<T> {
  if (!existsSync(path)) return { kind: 'missing' };
  const text = withFile(path, () => readFileSync(path, 'utf8'));
  if (text.length === 0) return { kind: 'missing' };
  try {
    return { kind: 'ok', data: parseState(path, text, schema), sha256: sha256(text) };
  } catch (error) {
    if (error instanceof FileCorruptError) return { kind: 'corrupt', detail: error.detail };
    throw error;
  }
}

function parseState<T>(path: string, text: string, schema: z.ZodType<T>): T {
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

/** The sha256 of what a state file's database last wrote (undefined before its first write). */
export function writtenDigest(db: LowSync<unknown>): string | undefined {
  return (db.adapter as unknown as ValidatedJsonFile<unknown>).written;
}

/**
 * Reads and validates a state file; null when absent or empty (a rename a power cut caught before the
 * data reached the disk: the state is rebuilt from the journal); FileCorruptError when it cannot be trusted.
 */
export function readStateFile<T>(path: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(path)) return null;
  const text = withFile(path, () => readFileSync(path, 'utf8'));
  if (text.length === 0) return null;
  return parseState(path, text, schema);
}

/** Whether a state file holds nothing yet (absent or empty): its state must come from the whole journal. */
export function stateFileMissing(path: string): boolean {
  return !existsSync(path) || statSync(path).size === 0;
}

/** A lowdb database on one validated JSON file (its data is set by the caller, who has read and checked it). */
export function openStateFile<T>(
  path: string,
  schema: z.ZodType<T>,
  defaults: T,
  fsync: boolean,
): LowSync<T> {
  return new LowSync<T>(new ValidatedJsonFile(path, schema, fsync), defaults);
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
