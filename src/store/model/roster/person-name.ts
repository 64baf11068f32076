import type { PeopleFile, RosterFile } from '../../schemas';

/** The name a person is known by: learnt from Lark (an @-mention, their profile), else the roster's. */
export function personName(people: PeopleFile, roster: RosterFile, openId: string): string | undefined {
  return people.names[openId] ?? roster.members.find((m) => m.openId === openId)?.name;
}
