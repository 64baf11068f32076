import { timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { type TokenPurpose, tokenMac } from './sign-token';

/** Why a token was not taken: not one of ours, signed for something else or altered, or too old. */
export type TokenRefusal = 'malformed' | 'forged' | 'expired';

export type TokenRead<T> = { ok: true; payload: T } | { ok: false; reason: TokenRefusal };

/**
 * Reads a token signed by signToken for `purpose`: the MAC compared in constant time, the payload checked
 * against its schema, and refused once `now` has reached its `e` (expiry, ms since the epoch).
 */
export function readToken<T extends { e: number }>(
  secret: string,
  purpose: TokenPurpose,
  token: string,
  schema: z.ZodType<T>,
  nowMs: number,
): TokenRead<T> {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(tokenMac(secret, purpose, body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (nowMs >= parsed.data.e) return { ok: false, reason: 'expired' };
  return { ok: true, payload: parsed.data };
}
