import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { planDirs, workingCalendarOf } from '../core-deps';
import { createLogger } from '../logger';
import { currentPlan } from '../plans/current-plan';
import { readPlans } from '../plans/read-plans';
import { divisionOrder } from '../reports/division-order';
import { openStore } from '../store';
import { calendarDay } from '../time/calendar-day';
import { openSharedCalendarFile } from '../time/shared-calendar-file';
import { cliSetup } from './cli-config';
import { historyTable } from './export/history-table';
import { itemsTable } from './export/items-table';
import { progressTable } from './export/progress-table';
import { summaryTable } from './export/summary-table';
import { TABLE_NAMES, type Table, type TableName } from './export/table';
import { tableCsv, tablesCsv } from './export/to-csv';
import { tablesXlsx } from './export/to-xlsx';
import { writeEvidenceFiles } from './export/write-evidence-files';
import { noteDataDirHolder } from './hold-data-dir';
import { sharedPool } from './shared-pool';
import type { Verb } from './verb';

// `export`: the ledger (台账), the progress log, every item's events (整改经过) and the figures (汇总), as
// CSV or as a workbook. One CSV file holds 台账, 进展 and 汇总 under their titles; `--out DIR` writes one
// file per table; `--table` one table alone. Records are named in the plan they were made on; 预警 and 汇总
// are as of `--now` (default: now).

const USAGE =
  '用法: export [--format csv|xlsx] [--out FILE|DIR] [--table items|progress|history|summary] [--now ISO-8601] [--with-files DIR]\n';
const formatSchema = z.enum(['csv', 'xlsx']);
const tableSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);

/** What the one-file CSV holds without `--table` (the events are the workbook's and `--out DIR`'s). */
const ONE_FILE: readonly TableName[] = ['items', 'progress', 'summary'];

/** A directory when it is one, or when written as one (`exports/`). */
const isDirectory = (path: string) =>
  /[/\\]$/.test(path) || (existsSync(path) && statSync(path).isDirectory());

export const exportVerb: Verb = {
  summary:
    'export [--format csv|xlsx] [--out FILE|DIR] [--table 表] [--now ISO-8601] [--with-files DIR] — 导出整改台账、进展记录、整改经过和汇总;--with-files 把各事项的佐证材料写到 DIR/<编号>/',
  async run(args, io) {
    let values: { format?: string; out?: string; now?: string; table?: string; 'with-files'?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          format: { type: 'string', default: 'csv' },
          out: { type: 'string' },
          now: { type: 'string' },
          table: { type: 'string' },
          'with-files': { type: 'string' },
        },
      }));
    } catch {
      io.stderr.write(USAGE);
      return 2;
    }
    const format = formatSchema.safeParse(values.format);
    const only = values.table === undefined ? undefined : tableSchema.safeParse(values.table);
    if (!format.success || (only && !only.success)) {
      io.stderr.write(USAGE);
      return 2;
    }
    const setup = cliSetup(io, values.now);
    if (!setup) return 2;
    const { config } = setup;
    const now = setup.clock.now();
    await noteDataDirHolder(io, config);
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    const pool = await sharedPool(io, config, logger);
    const plans = await readPlans(planDirs(config.dataDir), logger, pool ? { pool } : {});
    // Read only: beside a running server it reads what is committed and writes nothing in the folder.
    const store = await openStore({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger,
      timeZone: config.timeZone,
      readOnly: true,
    });
    try {
      store.useLegacyPlan(plans.legacy.id);
      const current = currentPlan(plans, store.planSettings(), calendarDay(now, config.timeZone));
      const labels = { current, plans };
      // 预警's yellow counts working days by the calendar the jobs use (on PostgreSQL, calendar.json's days as
      // the database keeps them).
      const handEdited = pool ? await openSharedCalendarFile(pool, config.dataDir, logger) : undefined;
      const calendar = workingCalendarOf(config.dataDir, store, logger, handEdited?.days);
      const build: Record<TableName, () => Table> = {
        items: () => itemsTable(store, now, config.timeZone, labels, calendar),
        progress: () => progressTable(store, labels),
        history: () => historyTable(store),
        summary: () => summaryTable(store, now, config.timeZone, divisionOrder(current.knowledge)),
      };
      const toDirectory = values.out !== undefined && isDirectory(values.out);
      const names = only?.success
        ? [only.data]
        : format.data === 'xlsx' || toDirectory
          ? TABLE_NAMES
          : ONE_FILE;
      const tables = names.map((n) => build[n]());
      const files: [string | undefined, Buffer][] = [];
      if (format.data === 'xlsx') {
        files.push([
          toDirectory ? join(values.out!, 'ledger.xlsx') : values.out,
          await tablesXlsx(tables, config.timeZone),
        ]);
      } else if (toDirectory) {
        for (const t of tables)
          files.push([join(values.out!, `${t.name}.csv`), Buffer.from(tableCsv(t, config.timeZone))]);
      } else {
        const text = only?.success
          ? tableCsv(tables[0]!, config.timeZone)
          : tablesCsv(tables, config.timeZone);
        files.push([values.out, Buffer.from(text)]);
      }
      if (toDirectory) mkdirSync(values.out!, { recursive: true });
      for (const [file, bytes] of files) {
        if (file) writeFileSync(file, bytes);
        else io.stdout.write(bytes);
      }
      const written = files.flatMap(([f]) => (f ? [f] : []));
      if (written.length > 0) {
        const counts = tables.map((t) => `${t.title} ${t.rows.length} 行`).join('、');
        io.stderr.write(`已导出 ${counts} 到 ${written.join('、')}\n`);
      }
      const filesDir = values['with-files'];
      if (filesDir) {
        const evidence = await writeEvidenceFiles(store, filesDir);
        io.stderr.write(`已导出佐证材料 ${evidence.written} 份到 ${filesDir}\n`);
        if (evidence.missing.length > 0) {
          io.stderr.write(`缺失的佐证材料(请运行 verify):${evidence.missing.join('、')}\n`);
          return 1;
        }
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
