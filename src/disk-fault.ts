import { existsSync } from 'node:fs';

// The test build's full disk, where a test may not mount a small tmpfs: while the file named by
// AUDIT_DISK_FULL_FLAG exists, every write to a data file fails as a full disk does (ENOSPC). The production
// build (scripts/build.mjs) replaces the variable with undefined, so this is never armed there.

const flag = process.env.AUDIT_DISK_FULL_FLAG;

export function diskFault(path: string): void {
  if (flag && existsSync(flag))
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      path,
    });
}
