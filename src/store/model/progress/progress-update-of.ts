import type { ProgressTarget, ProgressUpdate } from '../../types';

/**
 * The update a progress record makes, from a journal record (`head` and its `data`) or a progress-log line
 * (both at once). Built with its fields spelled out: the first index build makes tens of thousands.
 */
export function progressUpdateOf(
  head: { seq: number; at: string; by: string; msg?: string | undefined },
  data: { target: ProgressTarget; division: string; text: string },
): ProgressUpdate {
  const update: ProgressUpdate = {
    seq: head.seq,
    at: head.at,
    by: head.by,
    target: data.target,
    division: data.division,
    text: data.text,
  };
  if (head.msg) update.messageId = head.msg;
  return update;
}
