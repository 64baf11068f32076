import type { Task } from '../plan/model';
import { aboutSubject } from './about-subject';
import { ASKS_CONTENT } from './grammar';
import type { ReadContext } from './reading';

/**
 * The one task whose heading holds the words asked about, whole (`特色小镇` of 加快特色小镇建设): what a
 * question naming it asks of is that task, as by its number. Words found only in a task's body, or in
 * several tasks, or with words of the question left over, name none.
 */
export function taskByHeading(text: string, ctx: ReadContext): Task | undefined {
  const about = aboutSubject(text.replace(new RegExp(ASKS_CONTENT.source, 'g'), ' '), ctx);
  const reading = about.reading;
  if (reading.kind !== 'task' || reading.tasks.length > 1 || reading.unused.length > 0) return undefined;
  const words = about.subject.replace(/[\s的]/g, '');
  if ([...words].length < 2) return undefined;
  return reading.task.title.replace(/\s/g, '').includes(words) ? reading.task : undefined;
}
