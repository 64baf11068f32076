import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { decodeFrame, encodeFrame, type Frame, headerOf } from './ws-frame';

// The long-connection side of the fake Lark (contract §9), for the SDK's real WSClient: FakeLark answers
// `POST /callback/ws/endpoint` with `endpoint()`, and this serves the WebSocket it points at, on the same
// port. It speaks the SDK's protobuf frames: it answers each ping with a pong carrying the client config (all
// four fields: a missing one becomes NaN in the SDK and pings in a tight loop), pushes events as data frames
// (whole, or in `sum`/`seq` fragments), and reads the client's ack frames `{code, data: base64(JSON)}`.
// Like Lark it sends each event to one connected client only, and it can drop connections and refuse new
// ones for a while, to show reconnects.

export interface ClientConfig {
  PingInterval: number;
  ReconnectCount: number;
  ReconnectInterval: number;
  ReconnectNonce: number;
}

export interface Ack {
  /** What the client's handler returned (`data`, decoded), if anything. */
  data?: unknown;
  code: number;
  /** When the event's (last) frame was sent and when its ack arrived (ms, performance.now()). */
  sentAt: number;
  ackAt: number;
  /** The `biz_rt` header the SDK adds (its value is negative: an upstream quirk). */
  bizRt?: string;
}

const SERVICE_ID = 7;
const WS_PATH = '/ws/v2';

export class FakeLongConnection {
  /** The config pushed with every pong (seconds); small reconnect values so tests do not wait. */
  clientConfig: ClientConfig = {
    PingInterval: 120,
    ReconnectCount: -1,
    ReconnectInterval: 1,
    ReconnectNonce: 0,
  };
  /** While true, the endpoint answers 1000040343 (internal error, which the SDK retries). */
  refusing = false;
  /** Pings received, pongs sent. */
  pings = 0;
  /** Endpoint calls (the SDK calls it before every connection). */
  endpointCalls = 0;
  /** Ack frames received, in order. */
  readonly acks: Ack[] = [];
  /** Called as each ack frame arrives, before anything else looks at it. */
  onAck: ((messageId: string, ack: Ack) => void) | undefined;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly live = new Set<WebSocket>();
  /** Sockets that have pinged (the SDK listens for frames only after its first ping). */
  private readonly ready = new Set<WebSocket>();
  private readonly waiting = new Map<string, { sentAt: number; resolve: (ack: Ack) => void }>();
  private seq = 0;

  constructor(
    server: Server,
    private readonly baseUrl: () => string,
  ) {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname !== WS_PATH || url.searchParams.get('service_id') !== String(SERVICE_ID)) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  /** The endpoint's answer to `{AppID, AppSecret}` (FakeLark checks the credentials). */
  endpoint(): Record<string, unknown> {
    this.endpointCalls += 1;
    if (this.refusing) return { code: 1000040343, msg: 'fake lark: refusing connections', data: {} };
    const ws = this.baseUrl().replace(/^http/, 'ws');
    // `service_id` must not come first: the SDK parses the whole URL as a query string (§9.5).
    return {
      code: 0,
      msg: 'ok',
      data: {
        URL: `${ws}${WS_PATH}?fpid=1&device_id=fake-device&service_id=${SERVICE_ID}&ticket=${randomUUID()}`,
        ClientConfig: this.clientConfig,
      },
    };
  }

  /** Clients connected and listening (they have pinged). */
  get connected(): number {
    return this.ready.size;
  }

  /**
   * Pushes one event as Lark does over the long connection (plaintext envelope JSON), to one connected client,
   * in `fragments` pieces; resolves with its ack.
   */
  push(event: unknown, options: { fragments?: number; timeoutMs?: number } = {}): Promise<Ack> {
    const socket = [...this.ready][Math.floor(Math.random() * this.ready.size)];
    if (!socket) return Promise.reject(new Error('no client connected'));
    const messageId = randomUUID();
    const body = new TextEncoder().encode(JSON.stringify(event));
    const sum = Math.max(1, options.fragments ?? 1);
    const size = Math.ceil(body.length / sum);
    const acked = new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        reject(new Error(`no ack for ${messageId}`));
      }, options.timeoutMs ?? 10_000);
      this.waiting.set(messageId, {
        sentAt: 0,
        resolve: (ack) => {
          clearTimeout(timer);
          resolve(ack);
        },
      });
    });
    const traceId = randomUUID();
    for (let seq = 0; seq < sum; seq += 1) {
      const frame: Frame = {
        SeqID: ++this.seq,
        LogID: this.seq,
        service: SERVICE_ID,
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(sum) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: traceId },
        ],
        payload: body.subarray(seq * size, (seq + 1) * size),
      };
      socket.send(encodeFrame(frame));
    }
    this.waiting.get(messageId)!.sentAt = performance.now();
    return acked;
  }

  /** Cuts every connection, as a network failure or a Lark deployment does. */
  dropAll(): void {
    for (const ws of this.live) ws.terminate();
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.live.add(ws);
    ws.on('close', () => {
      this.live.delete(ws);
      this.ready.delete(ws);
    });
    ws.on('error', () => {});
    ws.on('message', (raw: Buffer) => {
      const frame = decodeFrame(new Uint8Array(raw));
      const type = headerOf(frame, 'type');
      if (frame.method === 0 && type === 'ping') {
        this.pings += 1;
        this.ready.add(ws);
        ws.send(
          encodeFrame({
            SeqID: 0,
            LogID: 0,
            service: SERVICE_ID,
            method: 0,
            headers: [{ key: 'type', value: 'pong' }],
            payload: new TextEncoder().encode(JSON.stringify(this.clientConfig)),
          }),
        );
        return;
      }
      if (frame.method === 1) this.ackFrom(frame);
    });
  }

  private ackFrom(frame: Frame): void {
    const messageId = headerOf(frame, 'message_id') ?? '';
    const waiter = this.waiting.get(messageId);
    const body = JSON.parse(new TextDecoder().decode(frame.payload ?? new Uint8Array())) as {
      code: number;
      data?: string;
    };
    const ack: Ack = {
      code: body.code,
      sentAt: waiter?.sentAt ?? 0,
      ackAt: performance.now(),
      ...(body.data ? { data: JSON.parse(Buffer.from(body.data, 'base64').toString('utf8')) } : {}),
      ...(headerOf(frame, 'biz_rt') !== undefined ? { bizRt: headerOf(frame, 'biz_rt') } : {}),
    };
    this.onAck?.(messageId, ack);
    this.acks.push(ack);
    if (waiter) {
      this.waiting.delete(messageId);
      waiter.resolve(ack);
    }
  }
}
