import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BlobState, evidenceProblem } from '../evidence-problem';
import type { JournalEvent } from '../schemas';
import { sha256Hex } from '../sha256-hex';

// `verify` for evidence files (佐证材料): every file the journal names is in DATA_DIR/files under its
// SHA-256, and its bytes still hash to it. Each problem names the item and the file.

export function evidenceFileProblems(dataDir: string, records: readonly JournalEvent[]): string[] {
  const problems: string[] = [];
  const checked = new Map<string, BlobState>();
  for (const record of records) {
    if (record.type !== 'zg.evidence') continue;
    const { sha256 } = record.data;
    const path = join(dataDir, 'files', sha256);
    let state = checked.get(sha256);
    if (!state) {
      state = !existsSync(path) ? 'missing' : sha256Hex(readFileSync(path)) === sha256 ? 'ok' : 'changed';
      checked.set(sha256, state);
    }
    const problem = evidenceProblem(record, state, path);
    if (problem) problems.push(problem);
  }
  return problems;
}
