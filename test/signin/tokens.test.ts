import { describe, expect, it } from 'vitest';
import { linkPayloadSchema, linkToken } from '../../src/signin/link-token';
import { readToken } from '../../src/signin/read-token';
import { LINK_MINUTES } from '../../src/signin/sign-in-terms';
import { signToken } from '../../src/signin/sign-token';

const secret = 's'.repeat(43);
const now = new Date('2026-11-26T09:00:00+08:00');

describe('sign-in tokens', () => {
  it('reads back a link it signed, until it expires ten minutes later', () => {
    const { token, expires } = linkToken(secret, 'ou_zhang', now);
    expect(expires.getTime() - now.getTime()).toBe(LINK_MINUTES * 60_000);
    const read = readToken(secret, 'link', token, linkPayloadSchema, now.getTime() + 9 * 60_000);
    expect(read).toMatchObject({ ok: true, payload: { u: 'ou_zhang' } });
    expect(readToken(secret, 'link', token, linkPayloadSchema, expires.getTime())).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('gives every link its own nonce, so using one never uses another', () => {
    const a = readToken(
      secret,
      'link',
      linkToken(secret, 'ou_a', now).token,
      linkPayloadSchema,
      now.getTime(),
    );
    const b = readToken(
      secret,
      'link',
      linkToken(secret, 'ou_a', now).token,
      linkPayloadSchema,
      now.getTime(),
    );
    expect(a.ok && b.ok && a.payload.n !== b.payload.n).toBe(true);
  });

  it('refuses a token signed with another secret, for another purpose, or altered', () => {
    const { token } = linkToken(secret, 'ou_zhang', now);
    const at = now.getTime();
    expect(readToken('x'.repeat(43), 'link', token, linkPayloadSchema, at).ok).toBe(false);
    // A session cookie is not a link, nor the other way round.
    expect(readToken(secret, 'session', token, linkPayloadSchema, at)).toEqual({
      ok: false,
      reason: 'forged',
    });
    const [body, mac] = token.split('.');
    const other = Buffer.from(JSON.stringify({ u: 'ou_boss', n: 'x', e: at + 60_000 })).toString('base64url');
    expect(readToken(secret, 'link', `${other}.${mac}`, linkPayloadSchema, at)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(readToken(secret, 'link', `${body}`, linkPayloadSchema, at)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(readToken(secret, 'link', `${body}.${mac}.x`, linkPayloadSchema, at).ok).toBe(false);
  });

  it('refuses a well-signed payload of the wrong shape', () => {
    const token = signToken(secret, 'link', { u: '', n: 'x', e: now.getTime() + 1000 });
    expect(readToken(secret, 'link', token, linkPayloadSchema, now.getTime())).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
