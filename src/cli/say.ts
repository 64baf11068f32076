import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { handleMessage } from '../commands/handle-message';
import { createCoreDeps, planDirs } from '../core-deps';
import { LOCAL_ADMIN } from '../local-admin';
import { createLogger } from '../logger';
import type { IncomingMessage } from '../message/incoming-message';
import { readPlans } from '../plans/read-plans';
import { renderText } from '../reply/render-text';
import { openStore } from '../store';
import { CalendarFileError } from '../time/calendar-overrides';
import { openSharedCalendarFile } from '../time/shared-calendar-file';
import { parseInstant } from '../time/zoned-time';
import { cliSetup } from './cli-config';
import { cliConversation } from './cli-conversation';
import { holdDataDir } from './hold-data-dir';
import { localAttachment } from './local-attachment';
import { sharedPool } from './shared-pool';
import type { Verb } from './verb';

const lineSchema = z.object({
  text: z.string(),
  user: z.string().min(1).optional(),
  chat: z.string().min(1).optional(),
  /** The instant this message arrives (as `--now` reads it), so one process can replay several days. */
  at: z.string().min(1).optional(),
  /** A local file the message carries (as `--file`). */
  file: z.string().min(1).optional(),
});

export const sayVerb: Verb = {
  summary:
    'say [--user ID] [--chat ID] [--now ISO-8601] [--json] [--file PATH] [TEXT] — 向机器人发一条消息(--file 附带本地文件,如同在聊天中发送;无 TEXT 也无 --file 时逐行读标准输入,每行可为 {"text","user","chat","at","file"})',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        chat: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean', default: false },
        file: { type: 'string' },
      },
    });
    const setup = cliSetup(io, values.now);
    if (!setup) return 2;
    const { config, clock } = setup;
    if (!(await holdDataDir(io, config, 'say'))) return 1;
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    const pool = await sharedPool(io, config, logger);
    const plans = await readPlans(planDirs(config.dataDir), logger, pool ? { pool } : {});
    let deps: ReturnType<typeof createCoreDeps>;
    try {
      const handEdited = pool ? await openSharedCalendarFile(pool, config.dataDir, logger) : undefined;
      const store = config.databaseUrl
        ? {
            store: await openStore({
              dataDir: config.dataDir,
              databaseUrl: config.databaseUrl,
              logger,
              timeZone: config.timeZone,
            }),
          }
        : {};
      deps = createCoreDeps({
        ...store,
        plans,
        ...(handEdited ? { calendarFile: handEdited.days } : {}),
        admins: [...config.admins, LOCAL_ADMIN],
        clock,
        logger,
        dataDir: config.dataDir,
        timeZone: config.timeZone,
        publicUrl: config.publicUrl,
        // Follow-ups across runs on the file store (with a database the folder stays empty: one run's only).
        ...(config.databaseUrl ? {} : { conversation: cliConversation(config.dataDir) }),
      });
    } catch (error) {
      if (!(error instanceof CalendarFileError)) throw error;
      io.stderr.write(`${error.message}。请改正或删去该文件\n`);
      return 2;
    }
    const defaults = { user: values.user || LOCAL_ADMIN, chat: values.chat || 'cli' };

    // A terminal is one person's: a message is private unless it names a chat (then it stands for that chat).
    const answer = async (
      text: string,
      user: string,
      chat: string,
      named = Boolean(values.chat),
      at = clock.now(),
      file?: string,
    ): Promise<boolean> => {
      const local = file ? await localAttachment(file) : undefined;
      if (typeof local === 'string') {
        io.stderr.write(`${local};此条未发送\n`);
        return false;
      }
      // Unique across processes and runs: an exactly-once key must never make a later command look like a replay.
      const message: IncomingMessage = {
        text,
        userId: user,
        chatId: chat,
        ...(named ? {} : { private: true }),
        messageId: `cli-${randomUUID()}`,
        at,
        ...(local ? { attachment: local.attachment } : {}),
      };
      const reply = renderText(
        await handleMessage(message, deps, local ? { fetchAttachment: local.fetch } : {}),
      );
      io.stdout.write(values.json ? `${JSON.stringify({ input: text, reply })}\n` : `${reply}\n\n`);
      return true;
    };

    if (positionals.length > 0 || values.file) {
      const sent = await answer(
        positionals.join(' '),
        defaults.user,
        defaults.chat,
        undefined,
        undefined,
        values.file,
      );
      return sent ? 0 : 2;
    }
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let bad = false;
    for await (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      let text = line;
      let user = defaults.user;
      let chat = defaults.chat;
      let named = Boolean(values.chat);
      let at = clock.now();
      let file: string | undefined;
      if (line.startsWith('{')) {
        let parsed: z.infer<typeof lineSchema> | undefined;
        try {
          parsed = lineSchema.parse(JSON.parse(line));
        } catch {
          // Not a message object: take the line as typed text.
        }
        if (parsed) {
          text = parsed.text;
          file = parsed.file;
          user = parsed.user ?? user;
          chat = parsed.chat ?? chat;
          named ||= parsed.chat !== undefined;
          const when = parsed.at === undefined ? at : parseInstant(parsed.at, config.timeZone);
          if (!when) {
            io.stderr.write(
              `"at" 需要 ISO-8601 时间,例如 2027-01-04T10:00:00+08:00(收到:${parsed.at});此行未发送\n`,
            );
            bad = true;
            continue;
          }
          at = when;
        }
      }
      if (!(await answer(text, user, chat, named, at, file))) bad = true;
    }
    return bad ? 2 : 0;
  },
};
