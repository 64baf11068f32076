import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../files/replace-file';
import { type PlanDirs, planText, writePlanText } from './plan-files';
import type { PlanShelf } from './plan-shelf';

/** Added plans in DATA_DIR/plans/, a .docx/.pdf's extracted text beside it in plans/.text/. */
export function filePlanShelf(dirs: PlanDirs): PlanShelf {
  return {
    textOf: (entry) => planText(dirs, entry.file, entry.source),
    async keep(name, bytes, text) {
      mkdirSync(dirs.added, { recursive: true });
      const file = join(dirs.added, name);
      // The text first: a file in plans/ without it would be read again at the next start, not lost.
      await writePlanText(dirs, file, 'added', text);
      if (!existsSync(file) || !readFileSync(file).equals(bytes)) replaceFile(file, bytes);
      return file;
    },
    // The folder is one process's at a time (lockDataDir): no other adds a plan to it meanwhile.
    kept: async () => [],
  };
}
