import type { Store } from '../../store';
import { type Cell, columns, person, type Table } from './table';

// 整改经过: every event of every item (voided ones included), in each item's order — the trail an auditor
// follows, each close with its own amount.

const COLUMNS = columns([
  ['编号', 'text', 14],
  ['记录号', 'number', 10],
  ['时间', 'instant'],
  ['经过', 'text', 10],
  ['操作人', 'text'],
  ['说明或理由', 'text', 36],
  ['原期限', 'day'],
  ['新期限', 'day'],
  ['申请人', 'text'],
  ['审核人', 'text'],
  ['变更', 'text', 30],
  ['金额(万元)', 'number', 14],
  ['消息ID', 'text', 24],
  ['佐证文件', 'text', 30],
  ['SHA-256', 'text', 20],
]);

/** Events whose actor is a reviewer deciding on a request. */
const REVIEWS = new Set(['审核通过', '批准延期', '驳回销号', '驳回延期']);

export function historyTable(store: Store): Table {
  const rows = store
    .items({ includeVoided: true })
    .flatMap((i) =>
      i.history.map((h): Cell[] => [
        i.id,
        h.seq,
        h.at,
        h.kind,
        person(store, h.by),
        h.kind === '登记' ? undefined : h.text,
        h.oldDeadline,
        h.newDeadline,
        h.requestedBy ? person(store, h.requestedBy) : undefined,
        REVIEWS.has(h.kind) ? person(store, h.by) : undefined,
        (h.changes ?? []).map((c) => `${c.field}:${c.from || '(无)'} → ${c.to || '(无)'}`).join(';'),
        h.amount,
        h.messageId,
        h.file?.name,
        h.file?.sha256,
      ]),
    );
  return { name: 'history', title: '整改经过', columns: COLUMNS, rows };
}
