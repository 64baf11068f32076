import { statSync } from 'node:fs';

/** When and how big a file was last written ('absent' when there is none): a change says it was edited. */
export function fileStamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'absent';
  }
}
