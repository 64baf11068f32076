import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LINK_MINUTES } from './sign-in-terms';
import { signToken } from './sign-token';

/** What a one-time sign-in link carries: who it signs in, its nonce (the use recorded), when it expires. */
export const linkPayloadSchema = z.object({ u: z.string().min(1), n: z.string().min(1), e: z.number() });

export type LinkPayload = z.infer<typeof linkPayloadSchema>;

/** A one-time sign-in link's token for `openId`, made at `now`, good for LINK_MINUTES. */
export function linkToken(secret: string, openId: string, now: Date): { token: string; expires: Date } {
  const expires = new Date(now.getTime() + LINK_MINUTES * 60_000);
  const payload: LinkPayload = { u: openId, n: randomBytes(12).toString('base64url'), e: expires.getTime() };
  return { token: signToken(secret, 'link', payload), expires };
}
