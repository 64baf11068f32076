import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diskFault } from '../disk-fault';
import { fsyncDirectory } from './fsync-directory';

// A file replaced whole, so that after a crash or a power cut it holds the old content or the new one,
// never a mix and never nothing: written to a temporary file, fsync'ed, renamed over, directory fsync'ed.

export function replaceFile(path: string, content: string | Uint8Array, fsync = true): void {
  diskFault(path);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  if (fsync) fsyncDirectory(dir);
}
