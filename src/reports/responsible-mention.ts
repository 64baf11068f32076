import type { Inline } from '../reply/reply';
import type { Member, RectificationItem } from '../store';
import type { JobStore } from './report-deps';

// Whom a reminder @-mentions for an item: the responsible person when 责任人 holds an open_id (a roster
// member's, or any `ou_…` id an @-mention left there) or exactly one roster member's name, else the
// division's 处长.

const OPEN_ID = /\bou_[^\s,,、;;()()<>]+/;

export function responsibleMentions(
  item: RectificationItem,
  store: JobStore,
  roster: readonly Member[],
): Inline[] {
  if (item.responsibleId) {
    const member = roster.find((m) => m.openId === item.responsibleId);
    return [mention(item.responsibleId, member?.name ?? item.responsible)];
  }
  const text = item.responsible?.trim() ?? '';
  if (text) {
    const member = roster.find((m) => text.includes(m.openId));
    if (member) return [mention(member.openId, member.name ?? nameBeside(text, member.openId))];
    const id = OPEN_ID.exec(text)?.[0];
    if (id) return [mention(id, nameBeside(text, id))];
    const named = roster.filter((m) => m.name !== undefined && m.name === text.replace(/^@/, ''));
    if (named.length === 1) return [mention(named[0]!.openId, named[0]!.name)];
  }
  const heads = store.headsOf(item.division);
  return heads.map((h) => mention(h.openId, h.name));
}

function mention(openId: string, name: string | undefined): Inline {
  return name ? { mention: openId, name } : { mention: openId };
}

/** `张三(ou_x)` → `张三`: the text around the id, when there is any. */
function nameBeside(text: string, id: string): string | undefined {
  const rest = text.replace(id, '').replace(/[()()@\s]/g, '');
  return rest || undefined;
}
