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
import { CalendarFileError } from '../time/calendar-overrides';
import { cliSetup } from './cli-config';
import type { Verb } from './verb';

const lineSchema = z.object({
  text: z.string(),
  user: z.string().min(1).optional(),
  chat: z.string().min(1).optional(),
});

export const sayVerb: Verb = {
  summary:
    'say [--user ID] [--chat ID] [--now ISO-8601] [--json] [TEXT] — 向机器人发一条消息(无 TEXT 时逐行读标准输入)',
  async run(args) {
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
    const setup = cliSetup(values.now);
    if (!setup) return 2;
    const { config, clock } = setup;
    const logger = createLogger(undefined, 'warn');
    await preparePlanTexts(planDirs(config.dataDir), (file, error) =>
      logger.warn('plan.unreadable', { file, error: error instanceof Error ? error.message : String(error) }),
    );
    let deps: ReturnType<typeof createCoreDeps>;
    try {
      deps = createCoreDeps({
        admins: [...config.admins, LOCAL_ADMIN],
        clock,
        logger,
        dataDir: config.dataDir,
        timeZone: config.timeZone,
        publicUrl: config.publicUrl,
      });
    } catch (error) {
      if (!(error instanceof CalendarFileError)) throw error;
      process.stderr.write(`${error.message}。请改正或删去该文件\n`);
      return 2;
    }
    const defaults = { user: values.user || LOCAL_ADMIN, chat: values.chat || 'cli' };

    // A terminal is one person's: a message is private unless it names a chat (then it stands for that chat).
    const answer = async (text: string, user: string, chat: string, named = Boolean(values.chat)) => {
      // Unique across processes and runs: an exactly-once key must never make a later command look like a replay.
      const message: IncomingMessage = {
        text,
        userId: user,
        chatId: chat,
        ...(named ? {} : { private: true }),
        messageId: `cli-${randomUUID()}`,
        at: clock.now(),
      };
      const reply = renderText(await handleMessage(message, deps));
      process.stdout.write(values.json ? `${JSON.stringify({ input: text, reply })}\n` : `${reply}\n\n`);
    };

    if (positionals.length > 0) {
      await answer(positionals.join(' '), defaults.user, defaults.chat);
      return 0;
    }
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      let text = line;
      let user = defaults.user;
      let chat = defaults.chat;
      let named = Boolean(values.chat);
      if (line.startsWith('{')) {
        try {
          const parsed = lineSchema.parse(JSON.parse(line));
          text = parsed.text;
          user = parsed.user ?? user;
          chat = parsed.chat ?? chat;
          named ||= parsed.chat !== undefined;
        } catch {
          // Not a message object: take the line as typed text.
        }
      }
      await answer(text, user, chat, named);
    }
    return 0;
  },
};
