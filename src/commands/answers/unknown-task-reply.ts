import { list, paragraph, type Reply } from '../../reply/reply';
import { type TaskNaming, taskLine } from './present';

// A task number or clause that the plan does not have (`任务 9.9`, `二(三)9`): said so plainly, with the
// tasks it does have — never searched for as words, nor taken for a division.

export function unknownTaskReply(word: string, deps: TaskNaming): Reply {
  return {
    colour: 'orange',
    blocks: [
      paragraph(`方案中没有编号为“${word}”的任务。方案的任务有:`),
      list(deps.knowledge.plan.tasks.map((t) => taskLine(t, deps))),
    ],
  };
}
