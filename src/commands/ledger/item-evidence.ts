import { fileSizeText } from '../../reply/file-size-text';
import { displayName } from '../../store';
import type { EvidenceFile, ItemEvent, RectificationItem } from '../../store/types';
import { localTime } from '../../time/local-time';

// An item's evidence files (佐证材料): every 佐证 entry of its history, and those of its pending close.

export type EvidenceEvent = ItemEvent & { file: EvidenceFile };

/** Every file kept with the item, oldest first. */
export function itemEvidence(item: RectificationItem): EvidenceEvent[] {
  return item.history.filter((h): h is EvidenceEvent => h.kind === '佐证' && h.file !== undefined);
}

/** What ends one round of closing: asking, closing, approving, refusing, withdrawing, reopening. */
const ROUND = new Set<ItemEvent['kind']>(['申请销号', '销号', '审核通过', '驳回销号', '撤回销号', '重开']);

/** Files kept after `seq`'s last round of closing ended (before `seq` when given): no close has used them. */
function filesOfRound(item: RectificationItem, before = Number.POSITIVE_INFINITY): EvidenceEvent[] {
  const ended = item.history.filter((h) => ROUND.has(h.kind) && h.seq < before).map((h) => h.seq);
  const since = ended.length > 0 ? Math.max(...ended) : -1;
  return itemEvidence(item).filter((h) => h.seq > since);
}

/** Files kept since the item's last close was asked for, refused, withdrawn or undone: the next close's. */
export function unusedEvidence(item: RectificationItem): EvidenceEvent[] {
  return filesOfRound(item);
}

/** The files of the item's pending close: those kept for it before it was asked for (整改 附件 first), with
 * it, or after it. */
export function pendingCloseEvidence(item: RectificationItem): EvidenceEvent[] {
  const pending = item.pending;
  if (pending?.kind !== 'close') return [];
  return filesOfRound(item, pending.seq);
}

/** `回单.jpg(35 KB),张三,2026-09-14 10:32:资金已收回` */
export function evidenceLine(
  h: EvidenceEvent,
  names: Parameters<typeof displayName>[0],
  timeZone: string,
): string {
  const said = h.text ? `:${h.text}` : '';
  return `${h.file.name}(${fileSizeText(h.file.size)}),${displayName(names, h.by)},${localTime(h.at, timeZone).slice(0, 16)}${said}`;
}
