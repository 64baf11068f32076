import { createHmac } from 'node:crypto';

// A token the bot signs and reads back itself: `<payload>.<mac>`, both base64url, the MAC an HMAC-SHA256 of
// the payload under the store's sign-in secret and the token's purpose — so a session can never pass for a
// sign-in link, nor a link for an OAuth state.

export type TokenPurpose = 'link' | 'session' | 'oauth-state';

/** The MAC of a payload for one purpose. */
export function tokenMac(secret: string, purpose: TokenPurpose, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}.${payload}`).digest('base64url');
}

/** Signs a small JSON payload for one purpose. */
export function signToken(secret: string, purpose: TokenPurpose, payload: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${tokenMac(secret, purpose, body)}`;
}
