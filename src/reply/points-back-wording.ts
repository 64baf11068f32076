import { note, paragraph, type Reply } from './reply';

/**
 * `它谁配合` when the chat spoke of no task within the last 30 minutes: what `它` stands for is not known; the
 * sender is shown how to name the task (`taskId`: a number of the plan in use that reads back to a task).
 */
export function pointsBackUnknownReply(written: string, taskId: string | undefined): Reply {
  return {
    colour: 'orange',
    blocks: [
      paragraph(`不知道“${written}”指哪一项:这个对话最近 30 分钟里还没有谈到任务。`),
      note(`请写明任务编号或名称${taskId ? `,例如「${taskId}谁配合」` : ''}。`),
    ],
  };
}
