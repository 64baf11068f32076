import * as lark from '@larksuiteoapi/node-sdk';
import type { Attachment, LookedUpMessage } from '../../message/incoming-message';
import { contentStrings } from './content-strings';
import { readAttachment } from './read-attachment';
import { MAX_RESOURCE_BYTES, ResourceError } from './resource-error';

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
  /** To a chat; with `open_id`, to that person's private chat with the bot. */
  sendToChat(
    chatId: string,
    message: LarkMessage,
    uuid: string,
    receiveIdType?: 'open_id',
  ): Promise<SendOutcome>;
  /**
   * Redraws a card after its callback was answered (delayed update, POST /open-apis/interactive/v1/card/update):
   * `token` is the click's `event.token`, valid 30 minutes and for at most 2 updates, usable only after the
   * callback has been answered.
   */
  updateCard?(token: string, card: Record<string, unknown>): Promise<SendOutcome>;
  /**
   * A person's display name (GET /open-apis/contact/v3/users/:open_id, scope contact:user.base:readonly);
   * undefined when Lark does not say (no scope, outside the app's contact range). Remembered for hours.
   */
  userName?(openId: string): Promise<string | undefined>;
  /**
   * The bytes of a file or image sent in a message (GET …/messages/:id/resources/:key?type=file|image);
   * over 20 MB throws a ResourceError (tooLarge).
   */
  downloadResource?(messageId: string, fileKey: string, type?: 'file' | 'image'): Promise<Uint8Array>;
  /**
   * The file a message carries (GET /open-apis/im/v1/messages/:message_id; the bot must be in its chat),
   * undefined when it is not a file message or Lark does not show it.
   */
  messageFile?(messageId: string): Promise<{ key: string; name: string } | undefined>;
  /**
   * A message as Lark shows it to the bot (GET /open-apis/im/v1/messages/:message_id): its strings and the
   * file or image it carries; undefined when Lark does not show it.
   */
  lookUpMessage?(messageId: string): Promise<LookedUpMessage | undefined>;
  /** The chat a message was sent in (GET /open-apis/im/v1/messages/:message_id), when Lark shows it. */
  messageChat?(messageId: string): Promise<string | undefined>;
}

export interface LarkApiOptions {
  appId: string;
  appSecret: string;
  domain: string;
  timeoutMs?: number;
  /** How long a looked-up name is kept (a failed look-up is retried after a tenth of it). */
  nameTtlMs?: number;
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
  const chats = new Map<string, string>();
  const names = createNameCache(
    async (openId) => {
      const body = (await withTimeout(
        client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } }),
        timeoutMs,
      )) as { code?: number; data?: { user?: { name?: string } } };
      const name = body?.code === 0 ? body.data?.user?.name?.trim() : undefined;
      return name ? name : undefined;
    },
    options.nameTtlMs ?? 6 * 60 * 60 * 1000,
  );
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
  /** One message as Lark shows it: its strings and what it carries. */
  async function getMessage(messageId: string): Promise<LookedUpMessage | undefined> {
    const body = (await withTimeout(
      client.im.v1.message.get({ path: { message_id: messageId } }),
      timeoutMs,
    ).catch(() => undefined)) as
      | { code?: number; data?: { items?: { msg_type?: string; body?: { content?: string } }[] } }
      | undefined;
    const found = body?.code === 0 ? body.data?.items?.[0] : undefined;
    const content = found?.body?.content;
    if (typeof content !== 'string') return undefined;
    const attachment: Attachment | undefined = readAttachment(found?.msg_type ?? '', content);
    return {
      text: contentStrings(content),
      ...(attachment ? { attachment: { ...attachment, messageId } } : {}),
    };
  }
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
    sendToChat: (chatId, message, uuid, receiveIdType) =>
      call(() =>
        client.im.v1.message.create({
          params: { receive_id_type: receiveIdType ?? 'chat_id' },
          data: { receive_id: chatId, msg_type: message.msgType, content: message.content, uuid },
        }),
      ),
    // The SDK does not generate this endpoint; `request` still adds the tenant token.
    updateCard: (token, card) =>
      call(() =>
        client.request({
          url: '/open-apis/interactive/v1/card/update',
          method: 'POST',
          data: { token, card },
        }),
      ),
    userName: (openId) => names.get(openId),
    async messageFile(messageId) {
      const attachment = (await getMessage(messageId))?.attachment;
      return attachment?.kind === 'file' ? { key: attachment.key, name: attachment.name } : undefined;
    },
    lookUpMessage: getMessage,
    async messageChat(messageId) {
      const known = chats.get(messageId);
      if (known) return known;
      const body = (await withTimeout(
        client.im.v1.message.get({ path: { message_id: messageId } }),
        timeoutMs,
      ).catch(() => undefined)) as { code?: number; data?: { items?: { chat_id?: string }[] } } | undefined;
      const chat = body?.code === 0 ? body.data?.items?.[0]?.chat_id : undefined;
      // A message never moves: its chat is remembered (a few thousand at most, the oldest forgotten first).
      if (chat) {
        chats.set(messageId, chat);
        if (chats.size > 5000) chats.delete(chats.keys().next().value!);
      }
      return chat;
    },
    async downloadResource(messageId, fileKey, type = 'file') {
      const response = await withTimeout(
        client.im.v1.messageResource.get({
          path: { message_id: messageId, file_key: fileKey },
          params: { type },
        }),
        timeoutMs,
      ).catch((error: unknown) => {
        const failure = classifyError(error);
        throw new ResourceError(`download failed: ${failure.ok ? '' : failure.msg}`);
      });
      return readLimited(response.getReadableStream(), response.headers, MAX_RESOURCE_BYTES, timeoutMs);
    },
  };
}

/** Looked-up names, each fetched once however many messages ask at the same time. */
function createNameCache(
  fetchName: (openId: string) => Promise<string | undefined>,
  ttlMs: number,
): { get(openId: string): Promise<string | undefined> } {
  const entries = new Map<string, { until: number; name: Promise<string | undefined> }>();
  return {
    get(openId) {
      const now = Date.now();
      const hit = entries.get(openId);
      if (hit && hit.until > now) return hit.name;
      if (entries.size > 5000) entries.clear();
      const name = fetchName(openId).catch(() => undefined);
      const entry = { until: now + ttlMs, name };
      entries.set(openId, entry);
      // A name Lark would not give is asked again sooner (the scope may be granted meanwhile).
      void name.then((found) => {
        if (found === undefined) entry.until = Date.now() + ttlMs / 10;
      });
      return name;
    },
  };
}

/** Reads a download into memory, refusing (and stopping) one larger than `max` bytes. */
async function readLimited(
  stream: NodeJS.ReadableStream & { destroy?(): void },
  headers: unknown,
  max: number,
  timeoutMs: number,
): Promise<Uint8Array> {
  const declared = Number((headers as Record<string, unknown> | undefined)?.['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    stream.destroy?.();
    throw new ResourceError(`file of ${declared} bytes is over the limit`, true);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const read = (async () => {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) {
        stream.destroy?.();
        throw new ResourceError(`file over ${max} bytes`, true);
      }
      chunks.push(chunk as Buffer);
    }
  })();
  try {
    await withTimeout(read, timeoutMs);
  } catch (error) {
    stream.destroy?.();
    throw error instanceof ResourceError ? error : new ResourceError('download timed out');
  }
  return new Uint8Array(Buffer.concat(chunks));
}
