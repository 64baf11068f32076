import { createHash } from 'node:crypto';
import { decryptEvent } from './decrypt-event';
import { safeEqual } from './safe-equal';

// Verification of a webhook request before anything in its body is trusted (contract §1.5, §2, §3).
// Signature over the raw bytes, a 5-minute timestamp window, AES-256-CBC decryption, then the token.

export const MAX_BODY_BYTES = 1024 * 1024;
const WINDOW_MS = 5 * 60 * 1000;

export interface VerifyOptions {
  encryptKey?: string;
  verificationToken?: string;
  nowMs: number;
}

export type Verified =
  | { ok: true; kind: 'challenge'; challenge: string }
  | { ok: true; kind: 'event'; body: Record<string, unknown> }
  | { ok: false; status: 400 | 401 | 413; reason: string };

const refuse = (status: 400 | 401 | 413, reason: string): Verified => ({ ok: false, status, reason });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Accepts seconds or milliseconds; undefined when not a number. */
function timestampMs(header: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(header)) return undefined;
  const n = Number(header);
  return n < 1e11 ? n * 1000 : n;
}

export function signatureOf(timestamp: string, nonce: string, encryptKey: string, raw: Uint8Array): string {
  return createHash('sha256').update(`${timestamp}${nonce}${encryptKey}`, 'utf8').update(raw).digest('hex');
}

/** The event's own token: `header.token` (v2.0) or `token` (v1.0 and challenges). */
function tokenOf(body: Record<string, unknown>): unknown {
  return isObject(body.header) ? body.header.token : body.token;
}

export function verifyRequest(
  raw: Uint8Array,
  header: (name: string) => string | undefined,
  options: VerifyOptions,
): Verified {
  if (raw.byteLength > MAX_BODY_BYTES) return refuse(413, 'body over 1 MB');
  const { encryptKey, verificationToken } = options;
  const signature = header('x-lark-signature');
  const timestamp = header('x-lark-request-timestamp');
  const nonce = header('x-lark-request-nonce');

  // With an Encrypt Key every signed request is checked before its body is even parsed.
  let signed = false;
  if (encryptKey && (signature !== undefined || timestamp !== undefined || nonce !== undefined)) {
    if (signature === undefined || timestamp === undefined || nonce === undefined)
      return refuse(401, 'incomplete signature headers');
    const at = timestampMs(timestamp);
    if (at === undefined) return refuse(401, 'timestamp is not a number');
    if (Math.abs(options.nowMs - at) > WINDOW_MS) return refuse(401, 'timestamp outside the 5-minute window');
    if (!safeEqual(signatureOf(timestamp, nonce, encryptKey, raw), signature.toLowerCase()))
      return refuse(401, 'signature mismatch');
    signed = true;
  }

  const outer = parseJson(Buffer.from(raw).toString('utf8'));
  if (!outer) return refuse(400, 'body is not a JSON object');
  let body = outer;
  let encrypted = false;
  if (typeof outer.encrypt === 'string') {
    if (!encryptKey) return refuse(400, 'encrypted body but no LARK_ENCRYPT_KEY');
    let plain: string;
    try {
      plain = decryptEvent(outer.encrypt, encryptKey);
    } catch {
      return refuse(400, 'body cannot be decrypted');
    }
    const inner = parseJson(plain);
    if (!inner) return refuse(400, 'decrypted body is not a JSON object');
    body = inner;
    encrypted = true;
  } else if ('encrypt' in outer) {
    return refuse(400, 'encrypt is not a string');
  }

  const tokenOk = () => {
    const token = tokenOf(body);
    return typeof token === 'string' && safeEqual(token, verificationToken ?? '');
  };

  if (body.type === 'url_verification') {
    // The challenge carries no signature headers even with an Encrypt Key: its token is the proof.
    if (verificationToken && !tokenOk()) return refuse(401, 'challenge token mismatch');
    if (!verificationToken && encryptKey && !encrypted && !signed)
      return refuse(401, 'unsigned plain challenge');
    if (typeof body.challenge !== 'string') return refuse(400, 'challenge is not a string');
    return { ok: true, kind: 'challenge', challenge: body.challenge };
  }

  if (encryptKey && !signed) return refuse(401, 'missing signature headers');
  if (verificationToken && !tokenOk()) return refuse(401, 'token mismatch');
  return { ok: true, kind: 'event', body };
}
