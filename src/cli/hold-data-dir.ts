import type { Config } from '../config';
import { dataDirHolder, lockDataDir } from '../files/data-dir-lock';
import { operatorLine } from '../files/operator-line';
import type { CliIo } from './cli-io';

// A CLI verb that writes takes the data folder before it reads or writes anything in it, as `npm start` does:
// while a server (or another writing verb) holds it, the verb refuses in one line and touches nothing. The lock
// goes with the process (or, run in-process, with the verb). Verbs that only read (verify, export, plan list) never take it: they say what they see.

/** Takes DATA_DIR for this verb; false (after printing the one line naming the folder and its holder) if held. */
export async function holdDataDir(
  io: CliIo,
  config: Pick<Config, 'dataDir'>,
  verb: string,
): Promise<boolean> {
  try {
    const lock = await lockDataDir(config.dataDir, `npm run cli -- ${verb}`);
    io.atEnd(() => lock.release());
    return true;
  } catch (error) {
    io.stderr.write(`${operatorLine(error)}\n`);
    return false;
  }
}

/** A read-only verb beside a running server: one note on stderr saying that what it reads is a moment's. */
export async function noteDataDirHolder(io: CliIo, config: Pick<Config, 'dataDir'>): Promise<void> {
  const who = await dataDirHolder(config.dataDir);
  if (who)
    io.stderr.write(
      `注意: 数据目录 ${config.dataDir} 正由${who.pid ? `进程 ${who.pid}` : '另一个进程'}${who.holder ? `(${who.holder})` : ''}使用;这里读到的是此刻已确认的记录,未写入任何文件。\n`,
    );
}
