import type { JournalEvent } from './schemas';

// What `verify` says of one evidence file (佐证材料) the journal names, wherever the files are kept: missing, or
// its bytes no longer hashing to the SHA-256 its record names. `where` names the place the operator can look.

export type BlobState = 'ok' | 'missing' | 'changed';

type EvidenceRecord = Extract<JournalEvent, { type: 'zg.evidence' }>;

export function evidenceProblem(record: EvidenceRecord, state: BlobState, where: string): string | undefined {
  const { id, sha256, name } = record.data;
  if (state === 'missing')
    return `整改事项 ${id} 的佐证材料“${name}”(记录 ${record.seq})缺失:${where} 不存在`;
  if (state === 'changed')
    return `整改事项 ${id} 的佐证材料“${name}”(记录 ${record.seq})被改动:${where} 的内容与记下的 SHA-256 ${sha256.slice(0, 12)}… 不符`;
  return undefined;
}
