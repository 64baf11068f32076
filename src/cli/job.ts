import { parseArgs } from 'node:util';
import { enrollableUnits } from '../commands/access';
import { reminderActions } from '../commands/ledger/reminder-actions';
import type { Config } from '../config';
import { planDirs, workingCalendarOf } from '../core-deps';
import { JOB_NAMES, JobState, JobStateError } from '../jobs/job-state';
import { jobChats, runJob } from '../jobs/run-job';
import { withSharedJobState } from '../jobs/run-once-across';
import { warnIfYearUnknown } from '../jobs/scheduler';
import { createLogger } from '../logger';
import { planInUse } from '../plans/plan-in-use';
import { readPlans } from '../plans/read-plans';
import { renderText } from '../reply/render-text';
import type { AddressedReply } from '../reply/reply';
import { openStore, type Store, StoreCorruptError } from '../store';
import { calendarDay } from '../time/calendar-day';
import { CalendarFileError } from '../time/calendar-overrides';
import { openSharedCalendarFile } from '../time/shared-calendar-file';
import { parseInstant } from '../time/zoned-time';
import { cliSetup } from './cli-config';
import type { CliIo } from './cli-io';
import { holdDataDir } from './hold-data-dir';
import { sharedPool } from './shared-pool';
import type { Verb } from './verb';

// `job reminders|digest [--now ISO-8601]`: one run of a job, exactly as the scheduler would run it at that
// instant — sent through Lark when LARK_APP_ID + LARK_APP_SECRET are set, printed as plain text otherwise.
// Either way what went out is recorded, so a second run the same day repeats nothing. `--now` given several
// times runs the job at each instant in turn (replaying a stretch of days), in one process.

const USAGE = '用法: job reminders|digest|calendar [--now ISO-8601]…\n';

export const jobVerb: Verb = {
  summary:
    'job reminders|digest|calendar [--now ISO-8601]… — 立即运行一次整改提醒、周报或节假日待确认提醒(多个 --now:依次在每个时刻运行)',
  async run(args, io) {
    let values: { now?: string[] | undefined };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { now: { type: 'string', multiple: true } },
      }));
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const job = JOB_NAMES.find((name) => name === positionals[0]);
    if (!job || positionals.length > 1) {
      io.stderr.write(USAGE);
      return 2;
    }

    const setup = cliSetup(io, values.now?.[0]);
    if (!setup) return 2;
    const { config } = setup;
    const instants: Date[] = [];
    for (const text of values.now ?? []) {
      const at = parseInstant(text, config.timeZone);
      if (!at) {
        io.stderr.write(`--now 需要 ISO-8601 时间,例如 2026-11-26T09:30:00+08:00(收到:${text})\n`);
        return 2;
      }
      instants.push(at);
    }
    if (instants.length === 0) instants.push(setup.clock.now());
    const chatId = job === 'reminders' ? config.reminderChatId : config.digestChatId;
    const chatVar = job === 'reminders' ? 'REMINDER_CHAT_ID' : 'DIGEST_CHAT_ID';
    if (config.lark && !chatId && !(job === 'calendar' && config.admins.length > 0)) {
      io.stderr.write(`配置错误: ${chatVar} 未设置,不知道发到哪个群(发送需要群的 chat_id,如 oc_…)\n`);
      return 2;
    }

    if (!(await holdDataDir(io, config, `job ${job}`))) return 1;
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    let store: Store | undefined;
    try {
      const opened = await openStore({
        dataDir: config.dataDir,
        ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
        logger,
        timeZone: config.timeZone,
      });
      store = opened;
      const pool = await sharedPool(io, config, logger);
      const handEdited = pool ? await openSharedCalendarFile(pool, config.dataDir, logger) : undefined;
      const calendar = workingCalendarOf(config.dataDir, store, logger, handEdited?.days);
      warnIfYearUnknown(instants[0]!, calendar, config.timeZone, logger);
      // With a database the jobs' state is the one the instances share, held under its lock meanwhile.
      const state = pool ? JobState.held() : JobState.open(config.dataDir);
      const plans = await readPlans(planDirs(config.dataDir), logger, pool ? { pool } : {});
      store.useLegacyPlan(plans.legacy.id);
      const send = await senderFor(config, logger, io);
      const runAll = (work: () => Promise<number>) => (pool ? withSharedJobState(pool, state, work) : work());
      return await runAll(async () => {
        let failed = 0;
        for (const now of instants) {
          const used = planInUse(plans, opened, calendarDay(now, config.timeZone));
          const outcome = await runJob(job, now, {
            store: opened,
            knowledge: used.knowledge,
            plan: used.plan,
            plans,
            actionsFor: (item, today) =>
              reminderActions(item, today, {
                timeZone: config.timeZone,
                divisions: enrollableUnits(used),
              }),
            calendar,
            timeZone: config.timeZone,
            ...jobChats(config),
            admins: config.admins,
            state,
            logger,
            send,
          });
          failed += outcome.failed;
          if (outcome.status === 'quiet')
            io.stderr.write(`${outcome.day} 是非工作日(${calendar.describe(outcome.day)}),不发送。\n`);
          else if (outcome.status === 'nothing-due')
            io.stderr.write(
              job === 'digest'
                ? `${outcome.day} 之前的每一天都已在发出的周报里(周报按上次覆盖到的日期接续),不再发送。\n`
                : job === 'calendar'
                  ? `${outcome.day}:没有待确认的节假日安排(明年的从 11 月 1 日起提醒),或本周已提醒过,不再发送。\n`
                  : `${outcome.day} 没有需要提醒的整改事项(或今天已提醒过)。\n`,
            );
          else if (config.lark)
            io.stderr.write(
              `已发送 ${outcome.sent.length} 条到 ${chatId}${outcome.failed ? `,失败 ${outcome.failed} 条` : ''}。\n`,
            );
        }
        return failed > 0 ? 1 : 0;
      });
    } catch (error) {
      if (
        error instanceof CalendarFileError ||
        error instanceof JobStateError ||
        error instanceof StoreCorruptError
      ) {
        io.stderr.write(`${error.message}\n`);
        return 2;
      }
      throw error;
    } finally {
      await store?.close();
    }
  },
};

/** Lark when configured (the bot's sender: rendering, pacing, retries, stable uuids), else standard output. */
async function senderFor(
  config: Config,
  logger: ReturnType<typeof createLogger>,
  io: CliIo,
): Promise<(reply: AddressedReply) => Promise<void>> {
  if (!config.lark) {
    let first = true;
    return async ({ reply }) => {
      io.stdout.write(`${first ? '' : '\n'}${renderText(reply)}\n`);
      first = false;
    };
  }
  // Loaded only when sending, so printing never pays for the Lark SDK.
  const { createSender } = await import('../bot/create-sender');
  const sender = createSender({
    lark: { appId: config.lark.appId, appSecret: config.lark.appSecret, domain: config.larkDomain },
    logger,
  });
  return async (addressed) => {
    const [result] = await sender.send([addressed]);
    if (result?.status !== 'sent') throw new Error(`发送到 ${addressed.chatId} 失败`);
  };
}
