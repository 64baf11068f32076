import { parseArgs } from 'node:util';
import { operatorLine } from '../files/operator-line';
import { createLogger } from '../logger';
import { verifyStore } from '../store';
import { copyFileStore, MigrateRefused } from '../store/pg/copy-file-store';
import { openPool } from '../store/pg/open-pg-store';
import { verifyPgStore } from '../store/pg/verify-pg-store';
import { cliConfig } from './cli-config';
import { holdDataDir } from './hold-data-dir';
import {
  copyInstanceFiles,
  countsOf,
  type InstanceCounts,
  type InstanceFiles,
  instanceCounts,
  readInstanceFiles,
} from './instance-files';
import type { Verb } from './verb';

/** `方案文件 1 个、日历 2 天、…` */
function countsLine(c: InstanceCounts): string {
  return `方案文件 ${c.plans} 个、日历(calendar.json)${c.calendarDays} 天、未送达答复 ${c.undelivered} 条、佐证文件 ${c.evidence} 个、定时任务状态${c.jobState ? ' 1 份' : ' 无'}`;
}

/** What the database's other tables hold (` 方案文件 1 个`), or undefined when they are empty. */
function heldLine(c: InstanceCounts): string | undefined {
  const parts = [
    c.plans ? ` 方案文件 ${c.plans} 个` : '',
    c.calendarDays ? ` 日历 ${c.calendarDays} 天` : '',
    c.undelivered ? ` 未送达答复 ${c.undelivered} 条` : '',
    c.evidence ? ` 佐证文件 ${c.evidence} 个` : '',
    c.jobState ? ' 定时任务状态' : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('、') : undefined;
}

// `migrate --to <DATABASE_URL>`: moves a bureau's file store (DATA_DIR) into an empty PostgreSQL database.
// The folder is held meanwhile (no server writes it), checked first, copied in one database transaction, and
// the copy verified: the same number of records and the same chain head, or the verb fails. The folder's
// other files go with it, in the same transaction: added plans, calendar.json, undelivered.jsonl, the jobs'
// state and the evidence files (counted again in the database afterwards).

export const migrateVerb: Verb = {
  summary: 'migrate --to DATABASE_URL — 把 DATA_DIR 的文件存储迁入一个空的 PostgreSQL 数据库并校验',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
    const to = values.to;
    if (!to || !/^postgres(ql)?:\/\//.test(to)) {
      io.stderr.write('用法: migrate --to postgres://用户@主机:端口/数据库(目标须为空数据库)\n');
      return 2;
    }
    const config = cliConfig(io);
    if (!config) return 2;
    if (!(await holdDataDir(io, config, 'migrate'))) return 1;
    const source = verifyStore(config.dataDir);
    if (!source.ok) {
      io.stdout.write(`未迁移: ${config.dataDir} 校验失败(${source.firstBad}),请先处理\n`);
      return 1;
    }
    let files: InstanceFiles;
    try {
      files = await readInstanceFiles(config.dataDir);
    } catch (error) {
      io.stdout.write(`未迁移: ${operatorLine(error)}(未写入任何内容)\n`);
      return 1;
    }
    const expected = countsOf(files);
    const logger = createLogger(undefined, 'warn');
    const pool = openPool(to, logger);
    let copiedCounts: InstanceCounts;
    try {
      await copyFileStore(config.dataDir, source.records, pool, {
        held: async (client) => heldLine(await instanceCounts(client)),
        copy: (client) => copyInstanceFiles(client, files),
      });
      copiedCounts = await instanceCounts(pool);
    } catch (error) {
      io.stdout.write(
        `未迁移: ${error instanceof MigrateRefused ? error.message : `${operatorLine(error)}(未写入任何内容)`}\n`,
      );
      return 1;
    } finally {
      await pool.end();
    }
    const copied = await verifyPgStore(to, logger);
    if (!copied.ok || copied.records !== source.records || copied.head !== source.head) {
      io.stdout.write(
        `迁移后校验失败: 数据库 ${copied.records} 条(应为 ${source.records} 条)${copied.firstBad ? `,${copied.firstBad}` : ',链头不同'}\n`,
      );
      return 1;
    }
    if (JSON.stringify(copiedCounts) !== JSON.stringify(expected)) {
      io.stdout.write(`迁移后校验失败: 数据库里有${countsLine(copiedCounts)},应为${countsLine(expected)}\n`);
      return 1;
    }
    io.stdout.write(
      `已迁移: ${config.dataDir} 的 ${source.records} 条日志记录已写入数据库,校验通过(链头 ${source.head?.slice(0, 12)} 相同)\n` +
        `一并迁入:${countsLine(expected)}\n`,
    );
    return 0;
  },
};
