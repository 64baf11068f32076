import { renameSync, writeFileSync } from 'node:fs';

/**
 * Steps a test server's clock (AUDIT_CLOCK_FILE): the offset in ms is written whole beside the file and renamed
 * into place, so the server never reads it half-written and sees the change on its next reading of the clock.
 */
export function writeClockOffset(file: string, offsetMs: number): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, String(offsetMs));
  renameSync(temp, file);
}
