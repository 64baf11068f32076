import type { Inline } from '../reply/reply';
import type { Member, RectificationItem } from '../store';
import { mentionOf } from './mention-of';
import type { JobStore } from './report-deps';

// Whom a reminder @-mentions for an item: always someone on the roster now (a person who left is never
// mentioned, a message never mentions nobody while anyone can act).
// - A request waiting for review (a close, an extension): its reviewers — the division's 处长, else the
//   heads of 秘书处, else its members — never the requester, who cannot approve it.
// - Otherwise the item's 责任人 when known to be on the roster (their open_id from an @-mention, an id in
//   the text, or exactly one member of that name) and its registrant when on the roster and able to act on
//   it (a member of its division or of 秘书处); else the division's 处长; else 秘书处 together with the
//   division's members — a division with people is never left to 秘书处 alone.

/** The division that 牵头抓总、跟踪督办: whoever is left to act when a division has no one. */
export const SECRETARIAT = '秘书处';

export function reminderMentions(item: RectificationItem, store: JobStore): Inline[] {
  const roster = store.members();
  const mention = (m: Member): Inline => mentionOf(store, m.openId);
  const except = item.pending?.by;
  const others = (people: Member[]) => people.filter((m) => m.openId !== except);
  const fallback = (divisionMembers: boolean): Member[] => {
    const heads = others(store.headsOf(item.division));
    if (heads.length > 0) return heads;
    const secretariat = others(store.headsOf(SECRETARIAT));
    const following = secretariat.length > 0 ? secretariat : others(store.membersOf(SECRETARIAT));
    const members = divisionMembers ? others(store.membersOf(item.division)) : [];
    return [...members, ...following.filter((m) => !members.includes(m))];
  };
  // A request waits for a reviewer (a 处长, 秘书处): the division's other members cannot approve it.
  if (item.pending) return fallback(false).map(mention);
  const responsible = responsibleMember(item, roster, store);
  const registrant = roster.find(
    (m) => m.openId === item.registeredBy && (m.division === item.division || m.division === SECRETARIAT),
  );
  const people = [responsible, registrant].filter(
    (m, i, all): m is Member => m !== undefined && all.findIndex((x) => x?.openId === m.openId) === i,
  );
  return (people.length > 0 ? people : fallback(true)).map(mention);
}

/** The roster member who is the item's 责任人, when one is known to be. */
export function responsibleMember(
  item: RectificationItem,
  roster: readonly Member[],
  store: JobStore,
): Member | undefined {
  if (item.responsibleId) return roster.find((m) => m.openId === item.responsibleId);
  const text = item.responsible?.trim().replace(/^@/, '') ?? '';
  if (!text) return undefined;
  const byId = roster.find((m) => text.includes(m.openId));
  if (byId) return byId;
  const named = roster.filter((m) => store.personName(m.openId) === text);
  return named.length === 1 ? named[0] : undefined;
}
