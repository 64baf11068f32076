import type { JournalEvent, RosterFile } from '../../schemas';

/** 成员 添加 (again: the member's division and role change) and 成员 移除. */
export function applyMember(
  roster: RosterFile,
  event: Extract<JournalEvent, { type: 'member.add' | 'member.remove' }>,
  division: (name: string) => string,
): void {
  if (event.type === 'member.remove')
    roster.members = roster.members.filter((m) => m.openId !== event.data.openId);
  else {
    const { openId, role, name } = event.data;
    const member = {
      openId,
      division: division(event.data.division),
      role,
      ...(name ? { name } : {}),
      since: event.at,
    };
    const i = roster.members.findIndex((m) => m.openId === openId);
    if (i >= 0) roster.members[i] = member;
    else roster.members.push(member);
  }
  roster.seq = event.seq;
}
