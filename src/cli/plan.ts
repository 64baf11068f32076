import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { planState, planSummary } from '../commands/admin/plan-summary';
import { planDirs } from '../core-deps';
import { createLogger } from '../logger';
import { PlanFileError } from '../plan/plan-file-error';
import { addPlanFile } from '../plans/add-plan-file';
import { addingRecorded } from '../plans/adding-recorded';
import { currentPlan } from '../plans/current-plan';
import { readPlans } from '../plans/read-plans';
import { renderText } from '../reply/render-text';
import { openStore } from '../store';
import { calendarDay } from '../time/calendar-day';
import { cliSetup } from './cli-config';
import { holdDataDir, noteDataDirHolder } from './hold-data-dir';
import { sharedPool } from './shared-pool';
import type { Verb } from './verb';

// `plan add FILE` — add a plan (.txt, .md, .docx, .pdf) to DATA_DIR/plans/ (with DATABASE_URL: to the
// database) and print its summary; it waits
// for 方案 启用 before it becomes current. `plan list` — the plans known (id, title, period, tasks, state).

const USAGE = '用法: plan add FILE | plan list\n';

export const planVerb: Verb = {
  summary: 'plan add FILE | plan list — 导入方案(.txt/.md/.docx/.pdf),列出已有方案',
  async run(args, io) {
    const [sub, file, ...more] = args;
    if (
      (sub !== 'add' && sub !== 'list') ||
      (sub === 'add' && (!file || more.length > 0)) ||
      (sub === 'list' && file)
    ) {
      io.stderr.write(USAGE);
      return 2;
    }
    const setup = cliSetup(io, undefined);
    if (!setup) return 2;
    const { config, clock } = setup;
    // Adding writes (the plan file, its record); listing only reads, beside a server if one runs.
    if (sub === 'add' && !(await holdDataDir(io, config, 'plan add'))) return 1;
    if (sub === 'list') await noteDataDirHolder(io, config);
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    const pool = await sharedPool(io, config, logger);
    const plans = await readPlans(planDirs(config.dataDir), logger, pool ? { pool } : {});
    const store = await openStore({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger,
      timeZone: config.timeZone,
      ...(sub === 'list' ? { readOnly: true } : {}),
    });
    try {
      store.useLegacyPlan(plans.legacy.id);
      const today = calendarDay(clock.now(), config.timeZone);
      if (sub === 'list') {
        const current = currentPlan(plans, store.planSettings(), today);
        for (const e of plans.list()) {
          const period = !e.period
            ? '期间未写明'
            : e.period.from === e.period.to
              ? String(e.period.from)
              : `${e.period.from}—${e.period.to}`;
          io.stdout.write(
            `${e.id}\t${e.title || '(无标题)'}\t${period}\t任务 ${e.plan.tasks.length} 项\t${planState(e, current, store.planSettings())}\t${e.file}\n`,
          );
        }
        return 0;
      }
      let added: Awaited<ReturnType<typeof addPlanFile>>;
      try {
        added = await addPlanFile(file!, plans);
      } catch (error) {
        if (error instanceof PlanFileError) {
          io.stderr.write(`${error.message}\n`);
          return 2;
        }
        throw error;
      }
      const { entry } = added;
      const again = added.again && addingRecorded(entry, store.planSettings());
      if (!again) {
        store.addPlan(
          { by: 'cli', at: clock.now(), messageId: `cli-${randomUUID()}` },
          { id: entry.id, file: basename(entry.file), title: entry.title },
        );
        await store.flush();
      }
      const state = planState(entry, currentPlan(plans, store.planSettings(), today), store.planSettings());
      io.stdout.write(
        `${renderText(planSummary(entry, state, again ? `方案 ${entry.id} 已导入过` : `已导入方案 ${entry.id}`))}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
