import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_JOB_TIMES, type JobTimes, timeOfDaySchema } from './time/time-of-day';

// The server's configuration, read once from the environment and validated with one zod schema.
// Ids and secrets are opaque: only presence is checked, never length or alphabet. An empty variable is unset.

const optionalText = z.string().optional();

const domain = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === 'feishu') return 'https://open.feishu.cn';
    if (value === 'lark') return 'https://open.larksuite.com';
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
    } catch {}
    ctx.addIssue({ code: 'custom', message: '应为 feishu、lark 或以 http(s):// 开头的网址' });
    return z.NEVER;
  });

const timeZone = z
  .string()
  .default('Asia/Shanghai')
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: '应为 IANA 时区名,例如 Asia/Shanghai' },
  );

export const configSchema = z
  .object({
    PORT: z.coerce
      .number({ message: '应为 0–65535 的整数' })
      .int({ message: '应为 0–65535 的整数' })
      .min(0, { message: '应为 0–65535 的整数' })
      .max(65535, { message: '应为 0–65535 的整数' })
      .default(3000),
    DATA_DIR: z.string().default('./data'),
    // Unset: the file store in DATA_DIR. postgres://…: the store (and everything an instance keeps) in PostgreSQL.
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, {
        message: '应为 postgres:// 开头的连接串,例如 postgres://bot@127.0.0.1:5432/audit',
      })
      .optional(),
    LARK_APP_ID: optionalText,
    LARK_APP_SECRET: optionalText,
    LARK_VERIFICATION_TOKEN: optionalText,
    LARK_ENCRYPT_KEY: optionalText,
    LARK_DOMAIN: domain,
    ADMIN_OPEN_IDS: z
      .string()
      .optional()
      .transform((list) =>
        (list ?? '')
          .split(/[,,]/)
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
      ),
    REMINDER_CHAT_ID: optionalText,
    DIGEST_CHAT_ID: optionalText,
    TZ_NAME: timeZone,
    // When the jobs run (TZ_NAME local time, HH:MM): reminders every working day, the digest weekly.
    REMINDER_TIME: timeOfDaySchema(DEFAULT_JOB_TIMES.reminders),
    DIGEST_TIME: timeOfDaySchema(DEFAULT_JOB_TIMES.digest),
    // How events reach the bot: HTTP callbacks to /webhook/*, or the SDK's long connection (outbound only).
    LARK_MODE: z.enum(['webhook', 'ws'], { message: '应为 webhook 或 ws' }).default('webhook'),
    // Unset: 127.0.0.1 in local mode (nothing outside the machine can post events), 0.0.0.0 with Lark.
    HOST: optionalText,
    // How long the outbox waits at most between two tries of a send Lark did not take (it doubles up to this),
    // and after how many hours an answer still not delivered is set aside (it is no longer useful).
    LARK_SEND_RETRY_MAX_MS: z.coerce
      .number({ message: '应为毫秒数,例如 60000' })
      .int({ message: '应为毫秒数,例如 60000' })
      .min(10, { message: '应为毫秒数,至少 10' })
      .optional(),
    LARK_SEND_GIVE_UP_HOURS: z.coerce
      .number({ message: '应为小时数,例如 24' })
      .positive({ message: '应为大于 0 的小时数,例如 24' })
      .optional(),
    LARK_ALLOW_UNVERIFIED: z
      .enum(['1', '0', 'true', 'false'], { message: '应为 1(仅实验环境:允许不校验事件)或 0' })
      .optional()
      .transform((v) => v === '1' || v === 'true'),
    // Where people open the dashboard (sign-in links, Lark's OAuth redirect); unset: http://HOST:PORT.
    PUBLIC_URL: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        try {
          const url = new URL(value);
          if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash)
            return value.replace(/\/+$/, '');
        } catch {}
        ctx.addIssue({
          code: 'custom',
          message: '应为以 http(s):// 开头的网址,例如 https://audit.example.gov.cn',
        });
        return z.NEVER;
      }),
    // The app is set up as a Lark web app: /dash/login offers Lark's OAuth sign-in.
    DASH_LARK_LOGIN: z
      .enum(['1', '0', 'true', 'false'], { message: '应为 1(看板提供飞书登录)或 0' })
      .optional()
      .transform((v) => v === '1' || v === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.LARK_APP_ID && !env.LARK_APP_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['LARK_APP_SECRET'],
        message: '设置了 LARK_APP_ID 时必须同时设置',
      });
    if (env.LARK_APP_SECRET && !env.LARK_APP_ID)
      ctx.addIssue({
        code: 'custom',
        path: ['LARK_APP_ID'],
        message: '设置了 LARK_APP_SECRET 时必须同时设置',
      });
    if (env.DASH_LARK_LOGIN && !(env.LARK_APP_ID && env.LARK_APP_SECRET))
      ctx.addIssue({
        code: 'custom',
        path: ['DASH_LARK_LOGIN'],
        message: '为 1 时需要 LARK_APP_ID 和 LARK_APP_SECRET(飞书登录用应用的凭证换取用户身份)',
      });
    else if (env.DASH_LARK_LOGIN && !env.PUBLIC_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['DASH_LARK_LOGIN'],
        message:
          '为 1 时需要 PUBLIC_URL:飞书登录后回到 <PUBLIC_URL>/dash/oauth/callback,这个地址须在开发者后台「安全设置 → 重定向 URL」登记',
      });
  });

type Env = z.output<typeof configSchema>;

export interface Config {
  port: number;
  dataDir: string;
  /** DATABASE_URL: the store is in PostgreSQL; absent, in files in dataDir. */
  databaseUrl?: string;
  /** Absent in local mode (no credentials): the server runs but sends nothing. */
  lark?: { appId: string; appSecret: string };
  verificationToken?: string;
  encryptKey?: string;
  /** Base URL for every Open API call, without a trailing slash. */
  larkDomain: string;
  admins: string[];
  reminderChatId?: string;
  digestChatId?: string;
  timeZone: string;
  /** REMINDER_TIME / DIGEST_TIME in minutes after midnight (TZ_NAME); absent → 09:30 / 09:00. */
  jobTimes?: JobTimes;
  /** `webhook`: Lark posts to /webhook/*; `ws`: the bot holds a long connection (no public URL needed). */
  larkMode: 'webhook' | 'ws';
  /** The address the HTTP server binds to. */
  host: string;
  /** LARK_ALLOW_UNVERIFIED=1: a lab may serve webhooks with neither token nor key (warned at every start). */
  allowUnverified: boolean;
  /** LARK_SEND_RETRY_MAX_MS: the longest wait between two tries of one send (default 60 s). */
  sendRetryMaxMs?: number;
  /** LARK_SEND_GIVE_UP_HOURS: an answer not delivered after this long is set aside (default 24 h). */
  sendGiveUpMs?: number;
  /** Where people open the dashboard, without a trailing slash: PUBLIC_URL, else http://HOST:PORT. */
  publicUrl: string;
  /** Whether PUBLIC_URL was set (else publicUrl is only this machine's address). */
  publicUrlSet: boolean;
  /** DASH_LARK_LOGIN=1: the dashboard's sign-in page offers Lark's OAuth sign-in (a Lark web app). */
  larkLogin: boolean;
}

/** What the caller is about to do with the configuration. */
export interface LoadOptions {
  /**
   * `npm start` serves Lark's webhooks: with credentials in webhook mode it refuses to start unverified
   * (anyone who can reach the URL could post an event "from" an admin). The CLI verbs serve nothing.
   */
  serving?: boolean;
}

/** A configuration error, worded as one line naming the variable and what it expects. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment; throws ConfigError (one line) on the first wrong value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Config {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    // An empty (or blank) variable counts as unset, so `FOO=` in a .env file falls back to the default.
    raw[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? '配置');
    throw new ConfigError(`配置错误: ${name} ${issue.message}`);
  }
  const config = toConfig(parsed.data);
  if (options.serving && config.larkMode === 'ws' && !config.lark)
    throw new ConfigError('配置错误: LARK_MODE 为 ws(长连接)时需要 LARK_APP_ID 和 LARK_APP_SECRET');
  if (options.serving && isUnverifiedDoor(config) && !config.allowUnverified)
    throw new ConfigError(
      '配置错误: webhook 模式需要 LARK_VERIFICATION_TOKEN(建议同时设置 LARK_ENCRYPT_KEY,均见飞书开发者后台「事件与回调 → 加密策略」),否则任何人都能伪造事件;仅实验环境可设 LARK_ALLOW_UNVERIFIED=1',
    );
  return config;
}

/** Lark credentials, webhook mode, and nothing to check an event with: the door would take anyone's word. */
export function isUnverifiedDoor(config: Config): boolean {
  return (
    config.lark !== undefined &&
    config.larkMode === 'webhook' &&
    !config.verificationToken &&
    !config.encryptKey
  );
}

/** The dashboard's address when PUBLIC_URL is unset: this server's own (an IPv6 host in brackets). */
export function defaultPublicUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function toConfig(env: Env): Config {
  const host = env.HOST ?? (env.LARK_APP_ID && env.LARK_APP_SECRET ? '0.0.0.0' : '127.0.0.1');
  return {
    port: env.PORT,
    dataDir: env.DATA_DIR,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.LARK_APP_ID && env.LARK_APP_SECRET
      ? { lark: { appId: env.LARK_APP_ID, appSecret: env.LARK_APP_SECRET } }
      : {}),
    ...(env.LARK_VERIFICATION_TOKEN ? { verificationToken: env.LARK_VERIFICATION_TOKEN } : {}),
    ...(env.LARK_ENCRYPT_KEY ? { encryptKey: env.LARK_ENCRYPT_KEY } : {}),
    larkDomain: env.LARK_DOMAIN,
    admins: env.ADMIN_OPEN_IDS,
    ...(env.REMINDER_CHAT_ID ? { reminderChatId: env.REMINDER_CHAT_ID } : {}),
    ...(env.DIGEST_CHAT_ID ? { digestChatId: env.DIGEST_CHAT_ID } : {}),
    timeZone: env.TZ_NAME,
    jobTimes: { reminders: env.REMINDER_TIME, digest: env.DIGEST_TIME },
    larkMode: env.LARK_MODE,
    host,
    allowUnverified: env.LARK_ALLOW_UNVERIFIED,
    ...(env.LARK_SEND_RETRY_MAX_MS !== undefined ? { sendRetryMaxMs: env.LARK_SEND_RETRY_MAX_MS } : {}),
    ...(env.LARK_SEND_GIVE_UP_HOURS !== undefined
      ? { sendGiveUpMs: Math.round(env.LARK_SEND_GIVE_UP_HOURS * 3_600_000) }
      : {}),
    publicUrl: env.PUBLIC_URL ?? defaultPublicUrl(host, env.PORT),
    publicUrlSet: env.PUBLIC_URL !== undefined,
    larkLogin: env.DASH_LARK_LOGIN,
  };
}

/** The environment as `npm start` and the CLI see it: `.env` in the working folder is read first when present. */
export function loadConfigFromEnvironment(options: LoadOptions = {}): Config {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return loadConfig(process.env, options);
}
