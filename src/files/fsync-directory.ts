import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Makes a rename or a new file in `dir` survive a power cut: the directory entry itself is flushed. */
export function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
