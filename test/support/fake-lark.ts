import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_APP_ID, TEST_TOKEN } from '../fixtures/lark/events';
import { cardProblems } from './card-schema';
import { FakeLongConnection } from './fake-long-connection';

// A local fake of the Lark Open API, enough for the official SDK: tenant token, bot info, send, reply,
// delayed card update, user names, message files, and a web app's OAuth sign-in (authorize, token, user_info). It enforces Lark's limits the way Lark answers them (per
// app 50/s → HTTP 429 with `x-ogw-ratelimit-reset`; per chat 5/s → 230020), honours `uuid` idempotency for
// an hour, checks the size limits and the delayed-update token's rules (only after the callback was
// answered, at most 2 uses, 30 minutes), and records every request. Other helpers reuse it for jobs that send.
// Its app id has the shape WSClient insists on (`cli_` + 16 hex digits), as every real app id does.

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

export interface CardUpdate {
  token: string;
  card: Record<string, unknown>;
  at: number;
}

export interface ScriptedFailure {
  status: number;
  code?: number;
  msg?: string;
  headers?: Record<string, string>;
}

const MB = 1024 * 1024;
/** Delayed-update tokens (CARD-CB): 30 minutes, at most 2 updates. */
const CARD_TOKEN_MS = 30 * 60 * 1000;
const CARD_TOKEN_USES = 2;

interface CardToken {
  issuedAt: number;
  /** When the callback that carried it was answered; updates before that are refused. */
  answeredAt?: number;
  uses: number;
}
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
  /** While set, every send and reply gets this answer (Lark down: 5xx, or a 429 storm), however long. */
  outage: ScriptedFailure | undefined;
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
  /** The long-connection endpoint and WebSocket (contract §9), on the same port. */
  readonly ws: FakeLongConnection;
  /** Accepted delayed card updates, in order. */
  readonly cardUpdates: CardUpdate[] = [];
  /** Display names the contact API knows (open_id → name); anyone else is outside the app's range. */
  readonly users = new Map<string, string>();
  /** Delay before the contact API answers (ms). */
  userLatencyMs = 0;
  private readonly cardTokens = new Map<string, CardToken>();
  private readonly files = new Map<string, { bytes: Buffer; chunked: boolean; type: 'file' | 'image' }>();
  /** Messages people sent (for GET /im/v1/messages/:id), by message id. */
  readonly userMessages = new Map<string, { msgType: string; content: string }>();
  /**
   * Lark's OAuth sign-in for a web app: who is signed in to Lark in the browser that opens the authorize page
   * (as in the Lark client, consent is not asked again: the page sends the browser straight back with a code).
   * Undefined: the person cancels (the page comes back with no code).
   */
  oauthUser: { openId: string; name: string } | undefined;
  /** Authorization codes given out (5 minutes, used once) and user tokens they were exchanged for. */
  private readonly oauthCodes = new Map<
    string,
    { openId: string; name: string; redirectUri: string; at: number }
  >();
  private readonly userTokens = new Map<string, { openId: string; name: string }>();

  private constructor(
    private readonly server: Server,
    private readonly options: FakeLarkOptions,
  ) {
    this.appId = options.appId ?? TEST_APP_ID;
    this.appSecret = options.appSecret ?? 'fake-secret';
    this.botOpenId = options.botOpenId ?? 'ou_fake_bot';
    this.ws = new FakeLongConnection(server, () => this.url);
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
  /**
   * The variables that point a server (`npm start`, `cli job`) at this fake, with the Verification Token an
   * operator copies from the console (a webhook server refuses to start without it).
   */
  serverEnv(): {
    LARK_APP_ID: string;
    LARK_APP_SECRET: string;
    LARK_DOMAIN: string;
    LARK_VERIFICATION_TOKEN: string;
  } {
    return {
      LARK_APP_ID: this.appId,
      LARK_APP_SECRET: this.appSecret,
      LARK_DOMAIN: this.url,
      LARK_VERIFICATION_TOKEN: TEST_TOKEN,
    };
  }

  /** A delayed-update token, as Lark puts one in each card callback (`event.token`). */
  issueCardToken(at = Date.now()): string {
    const token = `c-${randomUUID().replace(/-/g, '')}`;
    this.cardTokens.set(token, { issuedAt: at, uses: 0 });
    return token;
  }

  /** The callback that carried this token was answered: from now on it may be used. */
  callbackAnswered(token: string): void {
    const t = this.cardTokens.get(token);
    if (t && t.answeredAt === undefined) t.answeredAt = Date.now();
  }

  /**
   * A file (or, with `type: 'image'`, an image) sent in a message, for the resource download API (`chunked`:
   * sent without Content-Length); with `name`, or for an image, the message itself is known too (GET
   * /im/v1/messages/:id answers it as a `file` or `image` message).
   */
  putFile(
    messageId: string,
    fileKey: string,
    bytes: Uint8Array,
    options: { chunked?: boolean; name?: string; type?: 'file' | 'image' } = {},
  ): void {
    const type = options.type ?? 'file';
    this.files.set(`${messageId}/${fileKey}`, {
      bytes: Buffer.from(bytes),
      chunked: options.chunked ?? false,
      type,
    });
    if (type === 'image')
      this.userMessages.set(messageId, { msgType: 'image', content: JSON.stringify({ image_key: fileKey }) });
    else if (options.name !== undefined)
      this.userMessages.set(messageId, {
        msgType: 'file',
        content: JSON.stringify({ file_key: fileKey, file_name: options.name }),
      });
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

  /** Requests held unanswered while `stall` is on. */
  stalledCount(): number {
    return this.stalled.length;
  }

  /** Answers every stalled request with a timeout error (they were delivered already). */
  releaseStalled(): void {
    for (const res of this.stalled.splice(0)) res.destroy();
  }

  async close(): Promise<void> {
    await this.ws.close();
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

    // Lark's OAuth for a web app (authen v1 authorize, v2 token, v1 user_info): no tenant token involved.
    if (record.method === 'GET' && url.pathname === '/open-apis/authen/v1/authorize') {
      const redirect = record.query.redirect_uri;
      if (record.query.client_id !== this.appId || !redirect)
        return answer(400, { code: 20029, msg: 'redirect_uri or client_id invalid' });
      const back = new URL(redirect);
      if (this.oauthUser) {
        const code = `code-${randomUUID()}`;
        this.oauthCodes.set(code, { ...this.oauthUser, redirectUri: redirect, at: Date.now() });
        back.searchParams.set('code', code);
      } else back.searchParams.set('error', 'access_denied');
      if (record.query.state) back.searchParams.set('state', record.query.state);
      record.status = 302;
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (record.method === 'POST' && url.pathname === '/open-apis/authen/v2/oauth/token') {
      const b = (body ?? {}) as Record<string, unknown>;
      if (
        b.grant_type !== 'authorization_code' ||
        b.client_id !== this.appId ||
        b.client_secret !== this.appSecret
      )
        return answer(400, { code: 20002, error: 'invalid_client', error_description: 'client invalid' });
      const given = typeof b.code === 'string' ? this.oauthCodes.get(b.code) : undefined;
      if (typeof b.code === 'string') this.oauthCodes.delete(b.code);
      if (
        !given ||
        Date.now() - given.at > 5 * 60_000 ||
        (b.redirect_uri && b.redirect_uri !== given.redirectUri)
      )
        return answer(400, {
          code: 20003,
          error: 'invalid_grant',
          error_description: 'code invalid or used',
        });
      const token = `u-${randomUUID()}`;
      this.userTokens.set(token, { openId: given.openId, name: given.name });
      return answer(200, { code: 0, access_token: token, expires_in: 7200, token_type: 'Bearer', scope: '' });
    }
    if (record.method === 'GET' && url.pathname === '/open-apis/authen/v1/user_info') {
      const user = this.userTokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (!user) return answer(401, { code: 99991668, msg: 'user access token invalid' });
      return answer(200, { code: 0, msg: 'success', data: { open_id: user.openId, name: user.name } });
    }

    // WSClient asks for a connection with the app's credentials in the body (no tenant token).
    if (record.method === 'POST' && url.pathname === '/callback/ws/endpoint') {
      const b = body as { AppID?: string; AppSecret?: string } | undefined;
      if (b?.AppID !== this.appId || b?.AppSecret !== this.appSecret)
        return answer(200, { code: 514, msg: 'auth failed', data: {} });
      return answer(200, this.ws.endpoint());
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

    if (record.method === 'POST' && url.pathname === '/open-apis/interactive/v1/card/update')
      return answer(...this.updateCard(body));

    const userMatch = /^\/open-apis\/contact\/v3\/users\/([^/]+)$/.exec(url.pathname);
    if (record.method === 'GET' && userMatch) {
      if (this.userLatencyMs) await new Promise((r) => setTimeout(r, this.userLatencyMs));
      const openId = decodeURIComponent(userMatch[1]!);
      const name = this.users.get(openId);
      if (record.query.user_id_type !== 'open_id' || name === undefined)
        return answer(400, { code: 41050, msg: 'no user authority error' });
      return answer(200, { code: 0, msg: 'success', data: { user: { open_id: openId, name } } });
    }

    const resourceMatch = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/.exec(url.pathname);
    if (record.method === 'GET' && resourceMatch) {
      const file = this.files.get(
        `${decodeURIComponent(resourceMatch[1]!)}/${decodeURIComponent(resourceMatch[2]!)}`,
      );
      // Lark answers a key asked with the wrong type as a key the message does not hold.
      if (!file || record.query.type !== file.type)
        return answer(400, { code: 234003, msg: 'File not in msg.' });
      record.status = 200;
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        ...(file.chunked ? {} : { 'content-length': String(file.bytes.length) }),
      });
      // In pieces, as a large download arrives.
      for (let i = 0; i < file.bytes.length; i += 64 * 1024) res.write(file.bytes.subarray(i, i + 64 * 1024));
      res.end();
      return;
    }

    const messageMatch = /^\/open-apis\/im\/v1\/messages\/([^/]+)$/.exec(url.pathname);
    if (record.method === 'GET' && messageMatch) {
      const id = decodeURIComponent(messageMatch[1]!);
      // A message a person sent the bot (knowMessage) is text unless a file was put for it; one the bot sent
      // is shown as it was sent.
      const chat = this.chats.get(id);
      const sent = this.delivered.find((m) => m.messageId === id);
      const message =
        this.userMessages.get(id) ??
        (sent ? { msgType: sent.msgType, content: sent.content } : undefined) ??
        (chat ? { msgType: 'text', content: JSON.stringify({ text: '' }) } : undefined);
      if (!message) return answer(400, { code: 230001, msg: 'message not found or not visible to the bot' });
      return answer(200, {
        code: 0,
        msg: 'success',
        data: {
          items: [
            {
              message_id: id,
              msg_type: message.msgType,
              body: { content: message.content },
              chat_id: this.chats.get(id),
            },
          ],
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
    const idType = record.query.receive_id_type;
    if (isSend && idType !== 'chat_id' && idType !== 'open_id')
      return answer(400, { code: 230001, msg: 'fake lark supports receive_id_type=chat_id or open_id only' });
    // A message to a person lands in their private chat with the bot: `p2p:<open_id>` here.
    const chatId = replyTo
      ? (this.chats.get(replyTo) ?? `chat-of:${replyTo}`)
      : b.receive_id
        ? `${idType === 'open_id' ? 'p2p:' : ''}${b.receive_id}`
        : '';
    if (!chatId) return answer(400, { code: 230001, msg: 'receive_id missing' });

    const failure = this.outage ?? this.failures.shift();
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

  /** Lark's answer to a delayed card update: [HTTP status, body]. */
  private updateCard(body: unknown): [number, Record<string, unknown>] {
    const b = (body ?? {}) as { token?: unknown; card?: unknown };
    const token = typeof b.token === 'string' ? this.cardTokens.get(b.token) : undefined;
    const now = Date.now();
    if (!token || now - token.issuedAt > CARD_TOKEN_MS)
      return [400, { code: 300030, msg: 'token expired or invalid' }];
    // Not a documented code: the fake's own check that the update came after the callback's answer.
    if (token.answeredAt === undefined || token.answeredAt > now)
      return [400, { code: 300099, msg: 'fake lark: card updated before the callback was answered' }];
    if (token.uses >= CARD_TOKEN_USES) return [400, { code: 300040, msg: 'token used up' }];
    if (!isCard(b.card)) return [400, { code: 200621, msg: 'card invalid' }];
    if (Buffer.byteLength(JSON.stringify(b.card)) > 100 * 1024)
      return [400, { code: 100000, msg: 'card over 100 KB' }];
    token.uses += 1;
    this.cardUpdates.push({ token: b.token as string, card: b.card as Record<string, unknown>, at: now });
    return [200, { code: 0, msg: 'success' }];
  }
}

function prune(window: number[], now: number): void {
  while (window.length > 0 && window[0]! <= now - 1000) window.shift();
}

/** Cards are checked against the 2.0 subset the bot uses and Lark's limits (test/support/card-schema.ts). */
function isCard(card: unknown): boolean {
  const problems = cardProblems(card);
  if (problems.length > 0) rejectedCards.push({ card, problems });
  return problems.length === 0;
}

/** Cards the fake refused, with why (a test that sees 230099/200621 can print these). */
export const rejectedCards: { card: unknown; problems: string[] }[] = [];
