import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLarkApi, type LarkApi } from '../../src/bot/lark/lark-api';
import { MAX_RESOURCE_BYTES } from '../../src/bot/lark/resource-error';
import { FakeLark } from '../support/fake-lark';

// The Open API calls beyond sending, through the real SDK client against the fake: the delayed card update
// (with its token's rules), user names (cached), and file downloads (size-limited).

const card = { schema: '2.0', config: { update_multi: true }, body: { elements: [] } };

describe('the Lark API client', () => {
  let fake: FakeLark;
  let api: LarkApi;
  beforeEach(async () => {
    fake = await FakeLark.start();
    api = createLarkApi({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('redraws a card with the delayed-update token, only after the callback’s answer and at most twice', async () => {
    const token = fake.issueCardToken();
    expect(await api.updateCard!(token, card)).toMatchObject({ ok: false, retry: 'fatal', code: 300099 });
    fake.callbackAnswered(token);
    expect(await api.updateCard!(token, card)).toEqual({ ok: true });
    expect(await api.updateCard!(token, card)).toEqual({ ok: true });
    expect(await api.updateCard!(token, card)).toMatchObject({ ok: false, retry: 'fatal', code: 300040 });
    const call = fake.requests.find((r) => r.path === '/open-apis/interactive/v1/card/update')!;
    expect(String(call.headers.authorization)).toMatch(/^Bearer t-fake-/);
    expect(call.body).toEqual({ token, card });
    expect(fake.cardUpdates).toHaveLength(2);
  });

  it('refuses a token older than 30 minutes', async () => {
    const token = fake.issueCardToken(Date.now() - 31 * 60 * 1000);
    fake.callbackAnswered(token);
    expect(await api.updateCard!(token, card)).toMatchObject({ ok: false, code: 300030 });
  });

  it('looks a name up once and remembers it; someone outside the contact range has none', async () => {
    fake.users.set('ou_wang', '王处');
    expect(await api.userName!('ou_wang')).toBe('王处');
    expect(await api.userName!('ou_wang')).toBe('王处');
    expect(await api.userName!('ou_unknown')).toBeUndefined();
    const lookups = fake.requests.filter((r) => r.path.startsWith('/open-apis/contact/v3/users/'));
    expect(lookups.map((r) => [r.path, r.query.user_id_type])).toEqual([
      ['/open-apis/contact/v3/users/ou_wang', 'open_id'],
      ['/open-apis/contact/v3/users/ou_unknown', 'open_id'],
    ]);
  });

  it('downloads a file sent in a message, and refuses one over 20 MB, announced or not', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    fake.putFile('om_f', 'file_v2_a', bytes);
    expect(Buffer.from(await api.downloadResource!('om_f', 'file_v2_a')).equals(Buffer.from(bytes))).toBe(
      true,
    );
    const call = fake.requests.find((r) => r.path === '/open-apis/im/v1/messages/om_f/resources/file_v2_a')!;
    expect(call.query.type).toBe('file');
    const huge = new Uint8Array(MAX_RESOURCE_BYTES + 1);
    fake.putFile('om_f', 'big', huge);
    await expect(api.downloadResource!('om_f', 'big')).rejects.toMatchObject({ tooLarge: true });
    fake.putFile('om_f', 'big-chunked', huge, { chunked: true });
    await expect(api.downloadResource!('om_f', 'big-chunked')).rejects.toMatchObject({ tooLarge: true });
    await expect(api.downloadResource!('om_f', 'missing')).rejects.toMatchObject({ name: 'ResourceError' });
  });
});
