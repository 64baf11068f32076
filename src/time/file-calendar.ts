import { fileStamp } from '../files/file-stamp';
import { CalendarFileError, calendarFilePath, loadCalendarOverrides } from './calendar-overrides';
import type { DayKind } from './working-calendar';

// The overrides in DATA_DIR/calendar.json (edited by hand), re-read whenever the file changes, so an edit
// applies to the running server without a restart.

/**
 * A reader of the file's overrides. The first read throws on a malformed file (the start must say so);
 * later reads keep the last good content and report the error.
 */
export function fileOverrides(
  dataDir: string,
  onError?: (error: CalendarFileError) => void,
): () => Readonly<Record<string, DayKind>> {
  const path = calendarFilePath(dataDir);
  const stamp = () => fileStamp(path);
  let seen = stamp();
  let current = loadCalendarOverrides(dataDir);
  return () => {
    const next = stamp();
    if (next !== seen) {
      seen = next;
      try {
        current = loadCalendarOverrides(dataDir);
      } catch (error) {
        if (error instanceof CalendarFileError) onError?.(error);
        else throw error;
      }
    }
    return current;
  };
}

/** Several sources of overrides as one, later ones winning; the merged object is kept while none changes. */
export function mergedOverrides(
  ...sources: (() => Readonly<Record<string, DayKind>>)[]
): () => Readonly<Record<string, DayKind>> {
  let parts: Readonly<Record<string, DayKind>>[] = [];
  let merged: Readonly<Record<string, DayKind>> = {};
  return () => {
    const now = sources.map((s) => s());
    if (now.length !== parts.length || now.some((p, i) => p !== parts[i])) {
      parts = now;
      merged = Object.assign({}, ...now);
    }
    return merged;
  };
}
