import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { freePort } from '../support/free-port';
import { killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// The real server with Lark (the fake Open API): `看板` sent in private chat answers with a link that signs in,
// in a group it is refused; where the app is a Lark web app, Lark's OAuth signs a person in; an item's page
// links to the chat it was registered in.

const ADMIN = 'ou_dash_admin';
const HEAD = 'ou_dash_head';

let fake: FakeLark;
let server: TestServer | undefined;
let base = '';

beforeEach(async () => {
  fake = await FakeLark.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startTestServer(
    {
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'dash-server-')),
      ADMIN_OPEN_IDS: ADMIN,
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DASH_LARK_LOGIN: '1',
    },
    port,
  );
  await until(() => server!.stderr().includes('"msg":"plan ready"'), 20_000, 'plan ready');
});

afterEach(async () => {
  await killTestServer(server);
  await fake.close();
});

let n = 0;
/** A message to the bot through the webhook; the text of its answer. */
async function send(
  text: string,
  user: string,
  chatType: 'p2p' | 'group' = 'p2p',
): Promise<{ id: string; answer: string }> {
  n += 1;
  const id = `om_dash_${n}`;
  const chat = chatType === 'p2p' ? `oc_p2p_${user}` : 'oc_work';
  fake.knowMessage(id, chat);
  const event = messageEvent({ messageId: id, chatId: chat, chatType, senderOpenId: user, text });
  expect((await fetch(`${base}/webhook/event`, { method: 'POST', ...larkRequest(event) })).status).toBe(200);
  await until(() => fake.repliesTo(id).length > 0, 15_000, `the answer to ${text}`);
  return {
    id,
    answer: fake
      .repliesTo(id)
      .map((m) => m.content)
      .join('\n'),
  };
}

/** The cookie a response sets (the session unless named), as a browser would send it back. */
const cookieOf = (response: Response, name = 'audit_dash') =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`)) ?? '';
const get = (path: string, cookie = '') =>
  fetch(new URL(path, base), { redirect: 'manual', headers: cookie ? { cookie } : {} });

describe('the dashboard on the server', () => {
  it('answers 看板 in private chat with a link that signs in once, and refuses it in a group', async () => {
    const group = await send('看板', ADMIN, 'group');
    expect(group.answer).toContain('只在私聊中发送');
    expect(group.answer).not.toContain('/dash/signin');
    const { answer } = await send('看板', ADMIN);
    const link = /\((http:\/\/127\.0\.0\.1:\d+\/dash\/signin\?t=[^)\s"\\]+)\)/.exec(answer)?.[1];
    expect(link, answer).toBeDefined();
    const t = new URL(link!).searchParams.get('t')!;
    expect((await get(link!)).status).toBe(200);
    const used = await fetch(`${base}/dash/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t }).toString(),
    });
    expect(used.status).toBe(303);
    const overview = await get('/dash', cookieOf(used));
    expect(overview.status).toBe(200);
    expect(overview.headers.get('cache-control')).toBe('no-store');
    expect((await get(link!)).status).toBe(410);
    // The signing secret is kept in the store and never written to the logs.
    expect(server!.stderr()).not.toMatch(/"secret"/);
  });

  it('signs a person in with Lark’s OAuth, bound to the browser that started it', async () => {
    await send(`成员 添加 ${HEAD} 社保处 处长`, ADMIN);
    fake.oauthUser = { openId: HEAD, name: '王处' };
    const start = await get('/dash/login/lark?next=%2Fdash%2Fitems');
    expect(start.status).toBe(302);
    const state = cookieOf(start, 'audit_dash_oauth');
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${fake.url}/open-apis/authen/v1/authorize`);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${base}/dash/oauth/callback`);
    const back = await fetch(authorize, { redirect: 'manual' });
    const callback = back.headers.get('location')!;
    // Another browser (without the state cookie) cannot finish this sign-in.
    expect((await get(callback)).status).toBe(401);
    const done = await get(callback, state);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/dash/items');
    const page = await get('/dash/items', cookieOf(done));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('王处 · 处长 · 可看:社保处');
    // A cancelled sign-in signs no one in.
    fake.oauthUser = undefined;
    const again = await get('/dash/login/lark');
    const cancelled = await fetch(new URL(again.headers.get('location')!), { redirect: 'manual' });
    expect((await get(cancelled.headers.get('location')!, cookieOf(again, 'audit_dash_oauth'))).status).toBe(
      401,
    );
  });

  it('links an item’s page to the chat it was registered in', async () => {
    const registered = await send('整改 登记 资金闲置 单位:市社保中心 期限:2027-06-30 处室:社保处', ADMIN);
    const id = /ZG-\d{4}-\d{3}/.exec(registered.answer)![0];
    const { answer } = await send('看板', ADMIN);
    const t = new URL(/\((http:[^)\s"\\]+)\)/.exec(answer)![1]!).searchParams.get('t')!;
    const used = await fetch(`${base}/dash/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t }).toString(),
    });
    const page = await (await get(`/dash/items/${id}`, cookieOf(used))).text();
    expect(page).toContain(`https://applink.feishu.cn/client/chat/open?openChatId=oc_p2p_${ADMIN}`);
    expect(page).toContain(registered.id);
  });
});
