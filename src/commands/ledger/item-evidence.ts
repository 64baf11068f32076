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

/** The files of the item's pending close: those kept since it was asked for (with it, or after it). */
export function pendingCloseEvidence(item: RectificationItem): EvidenceEvent[] {
  const pending = item.pending;
  if (pending?.kind !== 'close') return [];
  return itemEvidence(item).filter((h) => h.seq > pending.seq);
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
