import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createLogger } from '../logger';
import { loadPlan } from '../plan/load-plan';
import { openStore } from '../store';
import { cliSetup } from './cli-config';
import { demoHistory, demoPlanOf } from './demo-history';
import { holdDataDir } from './hold-data-dir';
import type { Verb } from './verb';

const count = z.coerce.number().int().min(0).max(10_000_000);

export const demoDataVerb: Verb = {
  summary:
    'demo-data --updates N --rectifications M [--now ISO-8601] — 生成五年的模拟进展和整改台账(写入 DATA_DIR)',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        updates: { type: 'string', default: '1000' },
        rectifications: { type: 'string', default: '100' },
        now: { type: 'string' },
        seed: { type: 'string' },
      },
    });
    const updates = count.safeParse(values.updates);
    const rectifications = count.safeParse(values.rectifications);
    const setup = cliSetup(io, values.now);
    if (!setup) return 2;
    const { config } = setup;
    const end = setup.clock.now();
    if (!updates.success || !rectifications.success) {
      io.stderr.write('用法: demo-data --updates N --rectifications M [--now ISO-8601](N、M 为非负整数)\n');
      return 2;
    }
    if (!(await holdDataDir(io, config, 'demo-data'))) return 1;
    const started = performance.now();
    const plan = demoPlanOf(loadPlan().knowledge);
    const { dataDir } = config;
    const store = await openStore({
      dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger: createLogger((line) => io.stderr.write(line), 'warn'),
      timeZone: config.timeZone,
    });
    try {
      const events = demoHistory({
        plan,
        updates: updates.data,
        rectifications: rectifications.data,
        end,
        firstSeq: store.journalLength + 1,
        nextItemNumber: (year) => Number(store.nextItemId(new Date(`${year}-07-01T00:00:00Z`)).slice(8)),
        ...(values.seed ? { seed: Number(values.seed) } : {}),
      });
      await store.importEvents(events);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.stdout.write(
        `已写入 ${dataDir}: ${updates.data} 条进展、${rectifications.data} 个整改事项,共 ${events.length} 条日志记录,覆盖 ${plan.divisions.length} 个处室,${seconds} 秒\n`,
      );
    } finally {
      await store.close();
    }
    return 0;
  },
};
