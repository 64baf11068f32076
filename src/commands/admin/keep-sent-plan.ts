import { basename } from 'node:path';
import type { IncomingMessage } from '../../message/incoming-message';
import { PlanFileError } from '../../plan/plan-file-error';
import { addingRecorded } from '../../plans/adding-recorded';
import { keepPlan } from '../../plans/keep-plan';
import type { Reply } from '../../reply/reply';
import { planFileRefused } from '../../reply/wording';
import { metaOf } from '../access';
import type { CoreDeps } from '../context';
import { planState, planSummary } from './plan-summary';
import type { SentPlan } from './read-sent-plan';

// The plan an admin sent, kept (inside the message's transaction): its file on the plans' shelf, its adding
// recorded, its summary as the reply. It waits for 方案 启用. A plan whose file was kept but whose adding was
// never recorded (the bot stopped in between) is recorded now, as new.

export async function keepSentPlan(sent: SentPlan, msg: IncomingMessage, deps: CoreDeps): Promise<Reply> {
  let kept: Awaited<ReturnType<typeof keepPlan>>;
  try {
    kept = await keepPlan(sent, deps.plans);
  } catch (error) {
    if (error instanceof PlanFileError) return planFileRefused(error.message);
    throw error;
  }
  const { entry } = kept;
  if (kept.again && addingRecorded(entry, deps.store.planSettings()))
    return planSummary(
      entry,
      planState(entry, deps.currentPlan, deps.store.planSettings()),
      `方案 ${entry.id} 已导入过,没有重复导入`,
    );
  deps.store.addPlan(metaOf(msg), { id: entry.id, file: basename(entry.file), title: entry.title });
  return planSummary(entry, '待启用', `已导入方案 ${entry.id}`);
}
