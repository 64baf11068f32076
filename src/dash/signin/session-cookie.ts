import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { readToken } from '../../signin/read-token';
import { SESSION_HOURS } from '../../signin/sign-in-terms';
import { signToken } from '../../signin/sign-token';

// A session is a cookie the bot signed: who (open_id, and the name Lark gave at sign-in), until when. Nothing
// is kept on the server; what the person may see is read from the roster at every page.

export const SESSION_COOKIE = 'audit_dash';

const sessionSchema = z.object({ u: z.string().min(1), e: z.number(), n: z.string().optional() });

export type Session = z.infer<typeof sessionSchema>;

/** Signs `openId` in until SESSION_HOURS from `now`. */
export function startSession(
  c: Context,
  secret: string,
  who: { openId: string; name?: string },
  now: Date,
  secure: boolean,
): void {
  const expires = now.getTime() + SESSION_HOURS * 3_600_000;
  const token = signToken(secret, 'session', {
    u: who.openId,
    e: expires,
    ...(who.name ? { n: who.name } : {}),
  });
  setCookie(c, SESSION_COOKIE, token, {
    path: '/dash',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: SESSION_HOURS * 3600,
  });
}

/** The session the request carries, if it is one the bot signed and it has not ended. */
export function sessionOf(c: Context, secret: string | undefined, nowMs: number): Session | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || !secret) return undefined;
  const read = readToken(secret, 'session', token, sessionSchema, nowMs);
  return read.ok ? read.payload : undefined;
}

export function endSession(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/dash', secure });
}
