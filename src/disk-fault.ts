import { readFileSync } from 'node:fs';

// The test build's full disk, where a test may not mount a small tmpfs: while the file named by
// AUDIT_DISK_FULL_FLAG exists, writes to data files fail as a full disk's do (ENOSPC) — every file, or only
// those whose path contains the text the flag file holds (a disk that still takes a small append here and
// not there). The production build (scripts/build.mjs) replaces the variable with undefined.

const flag = process.env.AUDIT_DISK_FULL_FLAG;

export function diskFault(path: string): void {
  if (!flag) return;
  let only: string;
  try {
    only = readFileSync(flag, 'utf8').trim();
  } catch {
    return;
  }
  if (!only || path.includes(only))
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      path,
    });
}
