import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { handleMessage } from '../commands/handle-message';
import { createCoreDeps, planDirs } from '../core-deps';
import { LOCAL_ADMIN } from '../local-admin';
import { createLogger } from '../logger';
import type { IncomingMessage } from '../message/incoming-message';
import { preparePlanTexts } from '../plans/plan-files';
import { renderText } from '../reply/render-text';
import { openStore } from '../store';
import { CalendarFileError } from '../time/calendar-overrides';
import { parseInstant } from '../time/zoned-time';
import { cliSetup } from './cli-config';
import { holdDataDir } from './hold-data-dir';
import type { Verb } from './verb';

const lineSchema = z.object({
  text: z.string(),
  user: z.string().min(1).optional(),
  chat: z.string().min(1).optional(),
  /** The instant this message arrives (as `--now` reads it), so one process can replay several days. */
  at: z.string().min(1).optional(),
});

export const sayVerb: Verb = {
  summary:
    'say [--user ID] [--chat ID] [--now ISO-8601] [--json] [TEXT] — 向机器人发一条消息(无 TEXT 时逐行读标准输入,每行可为 {"text","user","chat","at"})',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        chat: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const setup = cliSetup(io, values.now);
    if (!setup) return 2;
    const { config, clock } = setup;
    if (!(await holdDataDir(io, config, 'say'))) return 1;
    const logger = createLogger((line) => io.stderr.write(line), 'warn');
    await preparePlanTexts(planDirs(config.dataDir), (file, error) =>
      logger.warn('plan.unreadable', { file, error: error instanceof Error ? error.message : String(error) }),
    );
    let deps: ReturnType<typeof createCoreDeps>;
    try {
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
        admins: [...config.admins, LOCAL_ADMIN],
        clock,
        logger,
        dataDir: config.dataDir,
        timeZone: config.timeZone,
        publicUrl: config.publicUrl,
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
    ) => {
      // Unique across processes and runs: an exactly-once key must never make a later command look like a replay.
      const message: IncomingMessage = {
        text,
        userId: user,
        chatId: chat,
        ...(named ? {} : { private: true }),
        messageId: `cli-${randomUUID()}`,
        at,
      };
      const reply = renderText(await handleMessage(message, deps));
      io.stdout.write(values.json ? `${JSON.stringify({ input: text, reply })}\n` : `${reply}\n\n`);
    };

    if (positionals.length > 0) {
      await answer(positionals.join(' '), defaults.user, defaults.chat);
      return 0;
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
      if (line.startsWith('{')) {
        let parsed: z.infer<typeof lineSchema> | undefined;
        try {
          parsed = lineSchema.parse(JSON.parse(line));
        } catch {
          // Not a message object: take the line as typed text.
        }
        if (parsed) {
          text = parsed.text;
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
      await answer(text, user, chat, named, at);
    }
    return bad ? 2 : 0;
  },
};
