import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local fake of the Lark Open API, enough for the official SDK: tenant token, bot info, send, reply.
// It enforces Lark's limits the way Lark answers them (per app 50/s → HTTP 429 with
// `x-ogw-ratelimit-reset`; per chat 5/s → 230020), honours `uuid` idempotency for an hour, checks the
// size limits, and records every request. Other helpers reuse it for jobs that send.

export interface FakeLarkOptions {
  appId?: string;
  appSecret?: string;
  botOpenId?: string;
  perAppPerSecond?: number;
  perChatPerSecond?: number;
  /** Delay before answering each send/reply (ms). */
  latencyMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
  status: number;
  code: number | undefined;
}

export interface DeliveredMessage {
  messageId: string;
  chatId: string;
  msgType: string;
  content: string;
  uuid?: string;
  /** Set for replies: the message replied to. */
  replyTo?: string;
  at: number;
}

export interface ScriptedFailure {
  status: number;
  code?: number;
  msg?: string;
  headers?: Record<string, string>;
}

const MB = 1024 * 1024;
const SIZE_LIMIT: Record<string, number> = { text: 150 * 1024, post: 30 * 1024, interactive: 30 * 1024 };

export class FakeLark {
  readonly requests: RecordedRequest[] = [];
  readonly delivered: DeliveredMessage[] = [];
  /** Requests refused because a rate limit was exceeded (the sender paced badly). */
  readonly violations: { kind: 'app' | 'chat'; chatId: string; at: number }[] = [];
  /** Sends answered from the uuid cache instead of posting again. */
  deduplicated = 0;
  /** While true, sends are delivered but never answered (to kill a sender mid-request). */
  stall = false;
  private readonly failures: ScriptedFailure[] = [];
  private readonly chats = new Map<string, string>();
  private readonly uuids = new Map<string, { messageId: string; at: number }>();
  private readonly appWindow: number[] = [];
  private readonly chatWindows = new Map<string, number[]>();
  private readonly tokens = new Set<string>();
  private readonly stalled: ServerResponse[] = [];
  private counter = 0;
  readonly appId: string;
  readonly appSecret: string;
  readonly botOpenId: string;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeLarkOptions,
  ) {
    this.appId = options.appId ?? 'cli_fake_app';
    this.appSecret = options.appSecret ?? 'fake-secret';
    this.botOpenId = options.botOpenId ?? 'ou_fake_bot';
  }

  static async start(options: FakeLarkOptions = {}): Promise<FakeLark> {
    let fake: FakeLark | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    fake = new FakeLark(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Base URL to pass as LARK_DOMAIN / the SDK's `domain`. */
  /** The variables that point a server (`npm start`, `cli job`) at this fake. */
  serverEnv(): { LARK_APP_ID: string; LARK_APP_SECRET: string; LARK_DOMAIN: string } {
    return { LARK_APP_ID: this.appId, LARK_APP_SECRET: this.appSecret, LARK_DOMAIN: this.url };
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Tells the fake which chat a message (that a test sends to the bot) lives in, for per-chat limits. */
  knowMessage(messageId: string, chatId: string): void {
    this.chats.set(messageId, chatId);
  }

  /** The next send/reply requests get these answers instead, in order. */
  failNext(...failures: ScriptedFailure[]): void {
    this.failures.push(...failures);
  }

  /** Messages posted (after uuid dedupe) in reply to a message, or to a chat. */
  repliesTo(messageId: string): DeliveredMessage[] {
    return this.delivered.filter((m) => m.replyTo === messageId);
  }

  inChat(chatId: string): DeliveredMessage[] {
    return this.delivered.filter((m) => m.chatId === chatId);
  }

  /** Invalidates every tenant token issued so far (as when a token expires early or is revoked). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Answers every stalled request with a timeout error (they were delivered already). */
  releaseStalled(): void {
    for (const res of this.stalled.splice(0)) res.destroy();
  }

  async close(): Promise<void> {
    this.releaseStalled();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 4 * MB) break;
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      at: Date.now(),
      status: 0,
      code: undefined,
    };
    this.requests.push(record);
    const answer = (
      status: number,
      payload: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => {
      record.status = status;
      record.code = typeof payload.code === 'number' ? payload.code : undefined;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    };

    if (record.method === 'POST' && url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      const b = body as { app_id?: string; app_secret?: string } | undefined;
      if (b?.app_id !== this.appId || b?.app_secret !== this.appSecret)
        return answer(400, { code: 10014, msg: 'app secret invalid' });
      const token = `t-fake-${++this.counter}`;
      this.tokens.add(token);
      return answer(200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }

    const auth = String(req.headers.authorization ?? '');
    if (!this.tokens.has(auth.replace(/^Bearer /, '')))
      return answer(400, { code: 99991661, msg: 'Missing access token for authorization' });

    if (record.method === 'GET' && url.pathname === '/open-apis/bot/v3/info') {
      return answer(200, {
        code: 0,
        msg: 'ok',
        bot: {
          activate_status: 2,
          app_name: '审计助手',
          open_id: this.botOpenId,
          ip_white_list: [],
          avatar_url: '',
        },
      });
    }

    const replyMatch = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/.exec(url.pathname);
    const isSend = record.method === 'POST' && url.pathname === '/open-apis/im/v1/messages';
    if (!isSend && !(record.method === 'POST' && replyMatch))
      return answer(404, { code: 404, msg: `fake lark: no route ${record.method} ${url.pathname}` });

    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const b = (body ?? {}) as { receive_id?: string; msg_type?: string; content?: unknown; uuid?: string };
    const replyTo = replyMatch ? decodeURIComponent(replyMatch[1]!) : undefined;
    if (isSend && record.query.receive_id_type !== 'chat_id')
      return answer(400, { code: 230001, msg: 'fake lark supports receive_id_type=chat_id only' });
    const chatId = replyTo ? (this.chats.get(replyTo) ?? `chat-of:${replyTo}`) : (b.receive_id ?? '');
    if (!chatId) return answer(400, { code: 230001, msg: 'receive_id missing' });

    const failure = this.failures.shift();
    if (failure)
      return answer(
        failure.status,
        { code: failure.code ?? 0, msg: failure.msg ?? 'scripted' },
        failure.headers,
      );

    // Limits: sliding one-second windows of accepted sends, as strict as any fixed window.
    const now = Date.now();
    prune(this.appWindow, now);
    if (this.appWindow.length >= (this.options.perAppPerSecond ?? 50)) {
      this.violations.push({ kind: 'app', chatId, at: now });
      return answer(
        429,
        { code: 99991400, msg: 'request trigger frequency limit' },
        { 'x-ogw-ratelimit-limit': String(this.options.perAppPerSecond ?? 50), 'x-ogw-ratelimit-reset': '1' },
      );
    }
    const chatWindow = this.chatWindows.get(chatId) ?? [];
    this.chatWindows.set(chatId, chatWindow);
    prune(chatWindow, now);
    if (chatWindow.length >= (this.options.perChatPerSecond ?? 5)) {
      this.violations.push({ kind: 'chat', chatId, at: now });
      return answer(400, { code: 230020, msg: 'This operation triggers the frequency limit' });
    }
    this.appWindow.push(now);
    chatWindow.push(now);

    if (typeof b.content !== 'string' || !b.msg_type || !(b.msg_type in SIZE_LIMIT))
      return answer(400, { code: 230001, msg: 'invalid msg_type or content' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(b.content);
    } catch {
      return answer(400, { code: 230001, msg: 'content is not JSON' });
    }
    if (Buffer.byteLength(text, 'utf8') > SIZE_LIMIT[b.msg_type]!)
      return answer(400, { code: 230025, msg: 'message too long' });
    if (b.msg_type === 'interactive' && !isCard(parsed))
      return answer(400, { code: 230099, msg: 'card invalid' });

    const previous = b.uuid ? this.uuids.get(b.uuid) : undefined;
    if (previous && now - previous.at < 3600_000) {
      this.deduplicated += 1;
      return answer(200, {
        code: 0,
        msg: 'success',
        data: { message_id: previous.messageId, chat_id: chatId },
      });
    }
    const messageId = `om_fake_${++this.counter}`;
    if (b.uuid) this.uuids.set(b.uuid, { messageId, at: now });
    this.delivered.push({
      messageId,
      chatId,
      msgType: b.msg_type,
      content: b.content,
      ...(b.uuid ? { uuid: b.uuid } : {}),
      ...(replyTo ? { replyTo } : {}),
      at: now,
    });
    this.chats.set(messageId, chatId);
    if (this.stall) {
      record.status = -1;
      this.stalled.push(res);
      return;
    }
    return answer(200, {
      code: 0,
      msg: 'success',
      data: {
        message_id: messageId,
        chat_id: chatId,
        msg_type: b.msg_type,
        ...(replyTo ? { parent_id: replyTo, root_id: replyTo } : {}),
      },
    });
  }
}

function prune(window: number[], now: number): void {
  while (window.length > 0 && window[0]! <= now - 1000) window.shift();
}

/** Schema 2.0 cards need body.elements (≤ 200); 1.0 cards need elements. */
function isCard(card: unknown): boolean {
  if (typeof card !== 'object' || card === null) return false;
  const c = card as { schema?: string; body?: { elements?: unknown }; elements?: unknown };
  const elements = c.schema === '2.0' ? c.body?.elements : c.elements;
  return Array.isArray(elements) && elements.length <= 200;
}
