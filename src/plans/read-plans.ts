import type { Logger } from '../logger';
import { loadPlans } from './load-plans';
import { type PlanDirs, preparePlanTexts } from './plan-files';
import type { PlanRegistry } from './plan-registry';

// Every plan of a DATA_DIR as a verb that runs once reads them: the text of .docx/.pdf plans extracted
// first (or again, when a file was replaced), and a plan that cannot be read named in the log, never
// dropped without a word.

export async function readPlans(dirs: PlanDirs, logger: Logger): Promise<PlanRegistry> {
  await preparePlanTexts(dirs, (file, error) =>
    logger.warn('plan.unreadable', { file, error: error instanceof Error ? error.message : String(error) }),
  );
  return loadPlans({ dirs, onSkip: (file, reason) => logger.warn('plan.skipped', { file, reason }) });
}
