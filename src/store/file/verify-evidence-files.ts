import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEvent } from '../schemas';
import { sha256Hex } from '../sha256-hex';

// `verify` for evidence files (佐证材料): every file the journal names is in DATA_DIR/files under its
// SHA-256, and its bytes still hash to it. Each problem names the item and the file.

export function evidenceFileProblems(dataDir: string, records: readonly JournalEvent[]): string[] {
  const problems: string[] = [];
  const checked = new Map<string, 'ok' | 'missing' | 'changed'>();
  for (const record of records) {
    if (record.type !== 'zg.evidence') continue;
    const { id, sha256, name } = record.data;
    const path = join(dataDir, 'files', sha256);
    let state = checked.get(sha256);
    if (!state) {
      state = !existsSync(path) ? 'missing' : sha256Hex(readFileSync(path)) === sha256 ? 'ok' : 'changed';
      checked.set(sha256, state);
    }
    if (state === 'missing')
      problems.push(`整改事项 ${id} 的佐证材料“${name}”(记录 ${record.seq})缺失:${path} 不存在`);
    else if (state === 'changed')
      problems.push(
        `整改事项 ${id} 的佐证材料“${name}”(记录 ${record.seq})被改动:${path} 的内容与记下的 SHA-256 ${sha256.slice(0, 12)}… 不符`,
      );
  }
  return problems;
}
