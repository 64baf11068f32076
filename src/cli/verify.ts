import { planDirs } from '../core-deps';
import { operatorLine } from '../files/operator-line';
import { createLogger } from '../logger';
import { loadPlans } from '../plans/load-plans';
import { type VerifyResult, verifyStore } from '../store';
import { cliConfig } from './cli-config';
import type { CliIo } from './cli-io';
import { noteDataDirHolder } from './hold-data-dir';
import type { Verb } from './verb';

/** The plan the server reads records that name none as (the shipped plan); none when no plan can be read. */
function legacyPlanOf(dataDir: string, io: CliIo): { legacyPlan?: string } {
  try {
    return { legacyPlan: loadPlans({ dirs: planDirs(dataDir), onSkip: () => {} }).legacy.id };
  } catch (error) {
    io.stderr.write(`注意: 读不出方案(${operatorLine(error)}),按无方案校验\n`);
    return {};
  }
}

export const verifyVerb: Verb = {
  summary: 'verify — 校验日志哈希链及状态文件与日志是否一致;有问题时以非零退出并指出第一条问题记录',
  async run(_args, io) {
    const config = cliConfig(io);
    if (!config) return 2;
    const { dataDir, databaseUrl } = config;
    if (!databaseUrl) await noteDataDirHolder(io, config);
    let result: VerifyResult;
    try {
      result = databaseUrl
        ? await (await import('../store/pg/verify-pg-store')).verifyPgStore(
            databaseUrl,
            createLogger(undefined, 'warn'),
          )
        : verifyStore(dataDir, legacyPlanOf(dataDir, io));
    } catch (error) {
      // A file that cannot be read at all (a directory in its place, no permission): named, no stack.
      io.stdout.write(`校验失败: ${operatorLine(error)}\n`);
      return 1;
    }
    for (const note of result.notes) io.stderr.write(`注意: ${note}\n`);
    if (!result.ok) {
      io.stdout.write(`校验失败: ${result.firstBad}\n`);
      return 1;
    }
    const where = databaseUrl ? `数据库 ${new URL(databaseUrl).pathname.slice(1)}` : dataDir;
    io.stdout.write(`校验通过: ${where} 共 ${result.records} 条日志记录,哈希链完整,状态与日志一致\n`);
    return 0;
  },
};
