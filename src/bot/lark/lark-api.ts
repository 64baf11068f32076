import * as lark from '@larksuiteoapi/node-sdk';

// The only place that calls the Lark Open API (through the official SDK). Every outcome is classified
// so the outbox knows whether to retry, wait for the app, wait for the chat, or give up.

/** One message ready to send: `content` is the JSON string Lark expects. */
export interface LarkMessage {
  msgType: 'text' | 'post' | 'interactive';
  content: string;
}

export type SendOutcome =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      /** app: 429 for the whole app; chat: 230020 for one chat; transient: retry later; fatal: give up. */
      retry: 'app' | 'chat' | 'transient' | 'fatal';
      waitMs?: number;
      status?: number;
      code?: number;
      msg: string;
    };

export interface LarkApi {
  /** The bot's own open_id (GET /open-apis/bot/v3/info). */
  botOpenId(): Promise<string>;
  /** Replies to a message (uuid makes a resend idempotent for an hour). */
  reply(messageId: string, message: LarkMessage, uuid: string): Promise<SendOutcome>;
  /** Posts to a chat by chat_id. */
  sendToChat(chatId: string, message: LarkMessage, uuid: string): Promise<SendOutcome>;
}

export interface LarkApiOptions {
  appId: string;
  appSecret: string;
  domain: string;
  timeoutMs?: number;
}

/** A per-client token cache, so two clients in one process (tests) never share a token. */
function createCache(): lark.Cache & { clear(): void } {
  const map = new Map<string, { value: unknown; expiredTime?: number }>();
  const id = (key: string | symbol, ns?: string) => `${ns ?? ''}:${String(key)}`;
  return {
    clear: () => map.clear(),
    async set(key, value, expiredTime, options) {
      map.set(id(key as string | symbol, options?.namespace), {
        value,
        ...(expiredTime ? { expiredTime } : {}),
      });
      return true;
    },
    async get(key, options) {
      const hit = map.get(id(key as string | symbol, options?.namespace));
      if (!hit) return undefined;
      if (hit.expiredTime !== undefined && hit.expiredTime <= Date.now()) return undefined;
      return hit.value;
    },
  };
}

// The SDK logs whole axios errors (with the Authorization header): we keep it silent and log ourselves.
const quiet: lark.Logger = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

const TOKEN_CODES = new Set([99991661, 99991663, 99991677]);
const TRANSIENT_CODES = new Set([99991400, 230049, 1, 1000040343, ...TOKEN_CODES]);

interface ApiBody {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
}

interface HttpFailure {
  response?: { status?: number; data?: ApiBody; headers?: Record<string, unknown> };
  code?: string;
  message?: string;
}

export function classifyBody(
  status: number,
  body: ApiBody | undefined,
  headers?: Record<string, unknown>,
): SendOutcome {
  const code = typeof body?.code === 'number' ? body.code : undefined;
  if (status >= 200 && status < 300 && code === 0)
    return { ok: true, ...(body?.data?.message_id ? { messageId: body.data.message_id } : {}) };
  const msg = typeof body?.msg === 'string' ? body.msg : `HTTP ${status}`;
  const base = { status, ...(code !== undefined ? { code } : {}), msg };
  if (status === 429 || (code === 99991400 && status !== 200)) {
    const reset = Number(headers?.['x-ogw-ratelimit-reset']);
    return {
      ok: false,
      retry: 'app',
      waitMs: Number.isFinite(reset) && reset > 0 ? reset * 1000 : 1000,
      ...base,
    };
  }
  if (code === 230020) return { ok: false, retry: 'chat', waitMs: 1000, ...base };
  if (status >= 500 || status === 408 || (code !== undefined && TRANSIENT_CODES.has(code)))
    return { ok: false, retry: 'transient', ...base };
  if (code === undefined && status >= 200 && status < 300) return { ok: false, retry: 'transient', ...base };
  return { ok: false, retry: 'fatal', ...base };
}

function classifyError(error: unknown): SendOutcome {
  const e = error as HttpFailure;
  if (e?.response?.status) return classifyBody(e.response.status, e.response.data, e.response.headers);
  // No response: network error, timeout, or the token endpoint failing inside the SDK.
  return {
    ok: false,
    retry: 'transient',
    msg: e?.code ?? (e?.message ? e.message.slice(0, 200) : 'network error'),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createLarkApi(options: LarkApiOptions): LarkApi {
  const cache = createCache();
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: options.domain,
    appType: lark.AppType.SelfBuild,
    cache,
    logger: quiet,
    loggerLevel: lark.LoggerLevel.error,
  });
  const timeoutMs = options.timeoutMs ?? 15_000;
  const call = async (request: () => Promise<unknown>): Promise<SendOutcome> => {
    let outcome: SendOutcome;
    try {
      outcome = classifyBody(200, (await withTimeout(request(), timeoutMs)) as ApiBody);
    } catch (error) {
      outcome = classifyError(error);
    }
    // The SDK keeps a cached token until its own expiry; a rejected token must be fetched afresh.
    if (!outcome.ok && outcome.code !== undefined && TOKEN_CODES.has(outcome.code)) cache.clear();
    return outcome;
  };
  return {
    async botOpenId() {
      const body = (await withTimeout(
        client.request({ url: '/open-apis/bot/v3/info', method: 'GET' }),
        timeoutMs,
      )) as {
        code?: number;
        msg?: string;
        bot?: { open_id?: string };
      };
      if (body?.code !== 0 || !body.bot?.open_id)
        throw new Error(`bot info failed: code ${body?.code} ${body?.msg ?? ''}`);
      return body.bot.open_id;
    },
    reply: (messageId, message, uuid) =>
      call(() =>
        client.im.v1.message.reply({
          path: { message_id: messageId },
          data: { msg_type: message.msgType, content: message.content, uuid },
        }),
      ),
    sendToChat: (chatId, message, uuid) =>
      call(() =>
        client.im.v1.message.create({
          params: { receive_id_type: 'chat_id' },
          data: { receive_id: chatId, msg_type: message.msgType, content: message.content, uuid },
        }),
      ),
  };
}
