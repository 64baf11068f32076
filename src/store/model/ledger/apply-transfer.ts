import type { ItemChange, ItemEvent, RectificationItem } from '../../types';
import { entryBase } from './entry-base';
import type { ItemChangeRecord } from './item-record';
import { personText } from './person-text';

/** 移交: what changes (处室, 责任单位, 责任人) is changed and listed, from and to. */
export function applyTransfer(
  item: RectificationItem,
  event: Extract<ItemChangeRecord, { type: 'zg.transfer' }>,
  division: (name: string) => string,
): ItemEvent {
  const d = event.data;
  const changes: ItemChange[] = [];
  const to = d.division === undefined ? undefined : division(d.division);
  if (to !== undefined && to !== item.division) {
    changes.push({ field: '处室', from: item.division, to });
    item.division = to;
  }
  if (d.unit !== undefined && d.unit !== item.unit) {
    changes.push({ field: '责任单位', from: item.unit, to: d.unit });
    item.unit = d.unit;
  }
  if (d.responsible !== undefined) {
    changes.push({
      field: '责任人',
      from: personText(item.responsible, item.responsibleId),
      to: personText(d.responsible, d.responsibleId),
    });
    item.responsible = d.responsible;
    if (d.responsibleId) item.responsibleId = d.responsibleId;
    else delete item.responsibleId;
  }
  return { ...entryBase(event), kind: '移交', text: d.reason ?? '', changes };
}
