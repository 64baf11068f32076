import type { JournalEvent, PeopleFile } from '../../schemas';

/** A person's name as learnt from Lark (an @-mention, their profile). */
export function applyPersonName(
  people: PeopleFile,
  event: Extract<JournalEvent, { type: 'person.name' }>,
): void {
  people.names = { ...people.names, [event.data.openId]: event.data.name };
  people.seq = event.seq;
}
