import { describe, expect, it } from 'vitest';
import { decryptEvent } from '../../src/bot/lark/decrypt-event';
import { signatureOf, verifyRequest } from '../../src/bot/lark/verify-request';
import { challengeBody, encryptBody, messageEvent, signHeaders, TEST_TOKEN } from '../fixtures/lark/events';

const KEY = 'k-测试-key';
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const lookup = (h: Record<string, string>) => (name: string) => h[name];
const now = Date.now();

describe('verifyRequest', () => {
  it('decrypts the official sample ciphertext', () => {
    expect(decryptEvent('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'test key')).toBe('hello world');
  });

  it('signs over the raw bytes like the worked example', () => {
    const raw = bytes('{"encrypt":"P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="}');
    expect(signatureOf('1700000000', 'n1', 'test key', raw)).toBe(
      '20e0244a0a89579fc6c725e19463ad506f2d8179a94226a40da918063c980598',
    );
  });

  it('accepts a body whose whitespace differs from JSON.stringify, because the raw bytes are hashed', () => {
    const body = `{ "encrypt" : ${JSON.stringify(JSON.parse(encryptBody(messageEvent(), KEY)).encrypt)} }`;
    const result = verifyRequest(bytes(body), lookup(signHeaders(body, { encryptKey: KEY })), {
      encryptKey: KEY,
      verificationToken: TEST_TOKEN,
      nowMs: now,
    });
    expect(result).toMatchObject({ ok: true, kind: 'event' });
  });

  it('accepts millisecond timestamps and refuses ones six minutes old', () => {
    const body = encryptBody(messageEvent(), KEY);
    const ms = verifyRequest(
      bytes(body),
      lookup(signHeaders(body, { encryptKey: KEY, timestamp: String(now) })),
      {
        encryptKey: KEY,
        nowMs: now,
      },
    );
    expect(ms.ok).toBe(true);
    const old = String(Math.floor((now - 6 * 60_000) / 1000));
    const stale = verifyRequest(bytes(body), lookup(signHeaders(body, { encryptKey: KEY, timestamp: old })), {
      encryptKey: KEY,
      nowMs: now,
    });
    expect(stale).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a signature made with another key and a body changed after signing', () => {
    const body = encryptBody(messageEvent(), KEY);
    const forged = verifyRequest(bytes(body), lookup(signHeaders(body, { encryptKey: 'other' })), {
      encryptKey: KEY,
      nowMs: now,
    });
    expect(forged).toMatchObject({ ok: false, status: 401 });
    const headers = signHeaders(body, { encryptKey: KEY });
    const tampered = verifyRequest(bytes(`${body} `), lookup(headers), { encryptKey: KEY, nowMs: now });
    expect(tampered).toMatchObject({ ok: false, status: 401 });
  });

  it('answers an unsigned encrypted challenge after checking its token', () => {
    const body = encryptBody(challengeBody({ challenge: 'c-123' }), KEY);
    const ok = verifyRequest(bytes(body), lookup({}), {
      encryptKey: KEY,
      verificationToken: TEST_TOKEN,
      nowMs: now,
    });
    expect(ok).toEqual({ ok: true, kind: 'challenge', challenge: 'c-123' });
    const wrong = encryptBody(challengeBody({ token: 'nope' }), KEY);
    expect(
      verifyRequest(bytes(wrong), lookup({}), { encryptKey: KEY, verificationToken: TEST_TOKEN, nowMs: now }),
    ).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses an unsigned event when an Encrypt Key is set, even one that decrypts', () => {
    const body = encryptBody(messageEvent(), KEY);
    expect(verifyRequest(bytes(body), lookup({}), { encryptKey: KEY, nowMs: now })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('compares the token on every event and challenge in token-only mode', () => {
    const opts = { verificationToken: TEST_TOKEN, nowMs: now };
    const good = JSON.stringify(messageEvent());
    expect(verifyRequest(bytes(good), lookup({}), opts)).toMatchObject({ ok: true, kind: 'event' });
    const bad = JSON.stringify(messageEvent({ token: 'WRONG' }));
    expect(verifyRequest(bytes(bad), lookup({}), opts)).toMatchObject({ ok: false, status: 401 });
    const badChallenge = JSON.stringify(challengeBody({ token: 'WRONG' }));
    expect(verifyRequest(bytes(badChallenge), lookup({}), opts)).toMatchObject({ ok: false, status: 401 });
  });

  it('says 400 for malformed JSON and for an encrypt field that does not decrypt', () => {
    expect(verifyRequest(bytes('{"schema":'), lookup({}), { nowMs: now })).toMatchObject({ status: 400 });
    const garbage = JSON.stringify({ encrypt: Buffer.from('x'.repeat(48)).toString('base64') });
    expect(verifyRequest(bytes(garbage), lookup({}), { encryptKey: KEY, nowMs: now })).toMatchObject({
      status: 400,
    });
  });

  it('says 413 for a body over 1 MB', () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    expect(verifyRequest(big, lookup({}), { nowMs: now })).toMatchObject({ ok: false, status: 413 });
  });
});
