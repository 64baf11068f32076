import type { Pool } from 'pg';
import type { Logger } from '../logger';
import { loadPlans } from './load-plans';
import { type PlanDirs, planFiles, preparePlanTexts } from './plan-files';
import type { PlanRegistry } from './plan-registry';

// Every plan as a verb or the server reads them at start: the text of .docx/.pdf plans extracted first (or
// again, when a file was replaced), and a plan that cannot be read named in the log, never dropped without a
// word. With a database (DATABASE_URL) the added plans are the database's (plan_files), and plan files left
// in DATA_DIR/plans/ are not read: the log says so once.

export interface ReadPlansOptions {
  /** The database the instances share: added plans are kept there. */
  pool?: Pool;
  /** How loudly a plan left out is logged (the server: error; a verb: warn). */
  level?: 'warn' | 'error';
}

export async function readPlans(
  dirs: PlanDirs,
  logger: Logger,
  options: ReadPlansOptions = {},
): Promise<PlanRegistry> {
  const log = (event: string, fields: Record<string, unknown>) =>
    options.level === 'error' ? logger.error(event, fields) : logger.warn(event, fields);
  const { pool } = options;
  await preparePlanTexts(
    dirs,
    (file, error) =>
      log('plan.unreadable', { file, error: error instanceof Error ? error.message : String(error) }),
    { shippedOnly: pool !== undefined },
  );
  const onSkip = (file: string, reason: string) => log('plan.skipped', { file, reason });
  if (!pool) return loadPlans({ dirs, onSkip });
  const left = planFiles(dirs).filter((f) => f.source === 'added');
  if (left.length > 0)
    logger.warn('plan.local-ignored', {
      dir: dirs.added,
      files: left.length,
      reason:
        '使用数据库(DATABASE_URL)时,新增的方案保存在数据库里,不读此目录;用 migrate --to 或 plan add 导入',
    });
  const { pgPlanShelf, readPgPlanFiles } = await import('./pg-plan-shelf');
  const added = await readPgPlanFiles(pool);
  return loadPlans({ dirs, added, shelf: pgPlanShelf(pool, dirs, added), onSkip });
}
