import { StoreError } from '../../store-errors';
import type { RectificationItem } from '../../types';
import type { ProposedOf } from '../proposed';

/** 移交: it changes something (`division`: the name a division goes by now — a record may carry an old one). */
export function checkTransfer(
  item: RectificationItem,
  change: ProposedOf<'zg.transfer'>,
  division: (name: string) => string,
): void {
  const d = change.data;
  const to = d.division === undefined ? undefined : division(d.division);
  const changes =
    (to !== undefined && to !== item.division) ||
    (d.unit !== undefined && d.unit !== item.unit) ||
    (d.responsible !== undefined &&
      (d.responsible !== item.responsible || d.responsibleId !== item.responsibleId));
  if (!changes) throw new StoreError('no-change', { id: item.id });
}
