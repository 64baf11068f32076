import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/commands/handle-message';
import {
  LINK_REFUSED,
  NOT_ON_ROSTER_PAGE,
  OTHER_DIVISION_ITEM,
  SIGN_IN_HOW,
} from '../../src/reply/dashboard-wording';
import { linkToken } from '../../src/signin/link-token';
import { SESSION_HOURS } from '../../src/signin/sign-in-terms';
import { signInUrl } from '../../src/signin/sign-in-url';
import { NOW } from '../support/core';
import { type DashScene, dashScene, linkIn, QJ_MEMBER, SB_HEAD, SEC, STRANGER } from './dash-scene';

// The dashboard over real HTTP through Hono on a real store: signing in with a one-time link, sessions, the
// roster deciding who sees what, and every answer uncached.

let scene: DashScene;
afterEach(() => scene?.close());

const BASE = 'http://127.0.0.1:3000';
/** Every response seen, to check the header they must all carry. */
const seen: Response[] = [];

async function get(path: string, cookie = ''): Promise<Response> {
  const response = await scene.app.request(new URL(path, BASE).href, { headers: cookie ? { cookie } : {} });
  seen.push(response);
  return response;
}

async function post(path: string, form: Record<string, string>, cookie = ''): Promise<Response> {
  const response = await scene.app.request(new URL(path, BASE).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(form).toString(),
  });
  seen.push(response);
  return response;
}

const tokenOf = (url: string) => new URL(url).searchParams.get('t')!;
const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? '';

/** Signs a person in through `看板` and the link's button; the session cookie. */
async function signIn(user: string): Promise<string> {
  const link = linkIn(await scene.say('看板', { user }));
  const used = await post('/dash/signin', { t: tokenOf(link) });
  expect(used.status).toBe(303);
  return cookieOf(used);
}

describe('the dashboard', () => {
  it('sends a visitor without a session to a Chinese page that says how to sign in', async () => {
    scene = await dashScene();
    for (const path of ['/dash', '/dash/items', '/dash/items/ZG-2026-001', '/dash/plan', '/dash/nothing']) {
      const response = await get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/dash/login?next=${encodeURIComponent(path)}`);
    }
    const login = await get('/dash/login?next=%2Fdash%2Fitems');
    expect(login.status).toBe(401);
    expect(await login.text()).toContain(SIGN_IN_HOW);
    // A forged session cookie is no session.
    expect((await get('/dash', 'audit_dash=eyJ1IjoibG9jYWwtYWRtaW4ifQ.AAAA')).status).toBe(302);
  });

  it('signs in once with the link 看板 gives in private chat, and refuses the link again, also after a restart', async () => {
    scene = await dashScene();
    const link = linkIn(await scene.say('看板', { user: SB_HEAD }));
    expect(link.startsWith(`${BASE}/dash/signin?t=`)).toBe(true);
    // Opening the link (or a previewer fetching it) uses nothing: it shows whom it signs in.
    for (let i = 0; i < 2; i += 1) {
      const page = await get(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('社保处王处(可看:社保处)');
    }
    const used = await post('/dash/signin', { t: tokenOf(link) });
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe('/dash');
    const cookie = used.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/dash/);
    const overview = await get('/dash', cookieOf(used));
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain('整改率(按数量)');

    for (const again of [await get(link), await post('/dash/signin', { t: tokenOf(link) })]) {
      expect(again.status).toBe(410);
      expect(await again.text()).toContain(LINK_REFUSED.used);
    }
    scene.restart();
    const afterRestart = await post('/dash/signin', { t: tokenOf(link) });
    expect(afterRestart.status).toBe(410);
    expect(await afterRestart.text()).toContain(LINK_REFUSED.used);
    // The session signed before the restart still holds (the secret is the store's).
    expect((await get('/dash', cookieOf(used))).status).toBe(200);
  });

  it('refuses a link after its ten minutes, and one this bot did not sign', async () => {
    scene = await dashScene();
    const link = linkIn(await scene.say('看板', { user: SEC }));
    scene.now = new Date(NOW.getTime() + 10 * 60_000);
    for (const response of [await get(link), await post('/dash/signin', { t: tokenOf(link) })]) {
      expect(response.status).toBe(410);
      expect(await response.text()).toContain(LINK_REFUSED.expired);
    }
    const forged = linkToken('another-bot'.padEnd(43, 'x'), SEC, scene.now).token;
    const refused = await post('/dash/signin', { t: forged });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(LINK_REFUSED.forged);
    expect((await get('/dash/signin')).status).toBe(400);
  });

  it('answers 看板 in a group by asking for a private chat, and someone off the roster with no link', async () => {
    scene = await dashScene();
    expect(await scene.say('看板', { user: SEC, group: true })).toContain('只在私聊中发送');
    const stranger = await scene.say('看板', { user: STRANGER });
    expect(stranger).toContain('不在名单中');
    expect(stranger).not.toContain('/dash/signin');
  });

  it('shows someone the roster does not know nothing, and stops showing a member once removed', async () => {
    scene = await dashScene();
    // The secret exists once anyone was given a link.
    await scene.say('看板', { user: SEC });
    const secret = scene.deps.store.signInSecret()!;
    const strangerLink = signInUrl(BASE, linkToken(secret, STRANGER, scene.now).token);
    const refused = await get(strangerLink);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(NOT_ON_ROSTER_PAGE);

    const cookie = await signIn(QJ_MEMBER);
    expect((await get('/dash/items', cookie)).status).toBe(200);
    expect(await scene.say(`成员 移除 ${QJ_MEMBER}`)).toContain(QJ_MEMBER);
    const gone = await get('/dash/items', cookie);
    expect(gone.status).toBe(403);
    expect(await gone.text()).toContain(NOT_ON_ROSTER_PAGE);
  });

  it('shows a division head their division only: its items, its figures, its tasks', async () => {
    scene = await dashScene();
    const cookie = await signIn(SB_HEAD);
    const items = await (await get('/dash/items', cookie)).text();
    const listed = [...items.matchAll(/data-id="(ZG-\d{4}-\d{3})"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([scene.ids.sbIdle, scene.ids.sbPension, scene.ids.sbMedical].sort());
    // No other division to choose, and asking for one shows nothing of it.
    expect(items).not.toContain('企金处');
    const other = await (await get('/dash/items?division=企金处', cookie)).text();
    expect(other).not.toMatch(/data-id="/);
    const item = await get(`/dash/items/${scene.ids.qjInvest}`, cookie);
    expect(item.status).toBe(403);
    expect(await item.text()).toContain(OTHER_DIVISION_ITEM);
    expect((await get(`/dash/items/${scene.ids.sbPension}`, cookie)).status).toBe(200);
    const overview = await (await get('/dash', cookie)).text();
    expect(overview).toContain('data-division="社保处"');
    expect(overview).not.toContain('data-division="企金处"');
    const plan = await (await get('/dash/plan', cookie)).text();
    expect(plan).toContain('完成社保基金审计进点');
    expect(plan).not.toContain('形成国企投资审计报告初稿');
  });

  it('lets 秘书处 see every division, and refuses a filter it does not understand by name', async () => {
    scene = await dashScene();
    const cookie = await signIn(SEC);
    const items = await (await get('/dash/items', cookie)).text();
    // Voided items are listed only when asked for.
    expect([...items.matchAll(/data-id="(ZG-\d{4}-\d{3})"/g)].length).toBe(6);
    const voided = await (await get('/dash/items?state=已作废', cookie)).text();
    expect([...voided.matchAll(/data-id="(ZG-\d{4}-\d{3})"/g)].map((m) => m[1])).toEqual([
      scene.ids.qjVoided,
    ]);
    const bad = await get('/dash/items?state=差不多', cookie);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('看不懂筛选条件“状态”');
    expect((await get('/dash/items/ZG-2031-999', cookie)).status).toBe(404);
    expect((await get('/dash/plan?plan=1999-2000', cookie)).status).toBe(404);
    expect((await get('/dash/plan?task=9.9', cookie)).status).toBe(404);
  });

  it('lists an item’s evidence files and hands each over behind the same sign-in and division check', async () => {
    scene = await dashScene();
    const bytes = new TextEncoder().encode('%PDF-1.7 银行回单');
    const id = scene.ids.sbPension!;
    await handleMessage(
      {
        text: `整改 附件 ${id} 退回款项回单`,
        userId: SB_HEAD,
        chatId: `p2p-${SB_HEAD}`,
        private: true,
        messageId: 'om_evidence_1',
        at: scene.now,
        attachment: { kind: 'file', key: 'file_1', name: '回单.pdf' },
      },
      scene.deps,
      { fetchAttachment: async () => ({ ok: true, bytes }) },
    );
    const cookie = await signIn(SB_HEAD);
    const page = await (await get(`/dash/items/${id}`, cookie)).text();
    expect(page).toContain('佐证材料(共 1 份)');
    expect(page).toContain('退回款项回单');
    const href = /href="(\/dash\/items\/[^"]+\/files\/[0-9a-f]{64})"/.exec(page)?.[1];
    expect(href).toBeDefined();
    const file = await get(href!, cookie);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('回单.pdf'));
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect((await get(href!)).status).toBe(302);
    expect((await get(href!, await signIn(QJ_MEMBER))).status).toBe(403);
    expect((await get(`${href!.slice(0, -4)}0000`, cookie)).status).toBe(404);
  });

  it('ends a session on 退出', async () => {
    scene = await dashScene();
    const cookie = await signIn(SEC);
    const out = await post('/dash/logout', {}, cookie);
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/audit_dash=;/);
  });

  it('ends a session after a working day: good until its tenth hour, then back to the sign-in page', async () => {
    scene = await dashScene();
    const cookie = await signIn(SEC);
    scene.now = new Date(NOW.getTime() + SESSION_HOURS * 3_600_000 - 60_000);
    expect((await get('/dash/items', cookie)).status).toBe(200);
    scene.now = new Date(NOW.getTime() + SESSION_HOURS * 3_600_000);
    const over = await get('/dash/items', cookie);
    expect(over.status).toBe(302);
    expect(over.headers.get('location')).toBe('/dash/login?next=%2Fdash%2Fitems');
    // The next morning the same cookie is still no session; a new link signs in again.
    scene.now = new Date(NOW.getTime() + 24 * 3_600_000);
    expect((await get('/dash', cookie)).status).toBe(302);
    expect((await get('/dash', await signIn(SEC))).status).toBe(200);
  });

  it('filters the ledger by 单位 and by 任务 with the numbers 整改 列表 单位: and 任务: give', async () => {
    scene = await dashScene();
    const at = '2026-11-25T10:00:00+08:00';
    for (const [what, rest] of [
      ['国资委投资台账不全', '单位:市国资委 期限:2026-12-03 处室:企金处 任务:3.2'],
      ['国资委考核不规范', '单位:市国资委二处 期限:2027-02-01 处室:企金处'],
      ['人社局补贴超发', '单位:市人社局 期限:2026-11-01 处室:社保处 任务:3.2'],
    ])
      expect(await scene.say(`整改 登记 ${what} ${rest}`, { at })).toMatch(/已登记/);
    const cookie = await signIn(SEC);
    const dash = async (query: string) => {
      const html = await (await get(`/dash/items?${query}&state=未销号`, cookie)).text();
      const figure = (name: string) =>
        Number(new RegExp(`data-figure="${name}"[^>]*>\\s*(\\d+)`).exec(html)?.[1] ?? Number.NaN);
      return {
        ids: [...html.matchAll(/data-id="(ZG-\d{4}-\d{3})"/g)].map((m) => m[1]).sort(),
        count: figure('count'),
        overdue: figure('overdue'),
        dueSoon: figure('dueSoon'),
      };
    };
    const chat = async (filter: string) => {
      const reply = await scene.say(`整改 列表 全部 ${filter}`);
      const counts = /共 (\d+) 项\(逾期 (\d+)、7 个工作日内到期 (\d+)\)/.exec(reply);
      return {
        ids: [...reply.matchAll(/(ZG-\d{4}-\d{3})/g)].map((m) => m[1]).sort(),
        count: Number(counts?.[1]),
        overdue: Number(counts?.[2]),
        dueSoon: Number(counts?.[3]),
      };
    };
    const byUnit = await dash(`unit=${encodeURIComponent('国资委')}`);
    expect(byUnit).toEqual(await chat('单位:国资委'));
    // 市国资委 ×2 (one voided, not counted) and 市国资委二处: three open, one overdue, one due soon.
    expect(byUnit).toMatchObject({ count: 3, overdue: 1, dueSoon: 1 });
    const byTask = await dash('task=3.2');
    expect(byTask).toEqual(await chat('任务:3.2'));
    expect(byTask).toMatchObject({ count: 3, overdue: 2, dueSoon: 1 });
  });

  it('sorts the ledger by any of its columns, each header a link, either way', async () => {
    scene = await dashScene();
    const at = '2026-11-25T10:00:00+08:00';
    for (const [what, rest] of [
      ['乙单位问题', '单位:市乙局 期限:2026-12-20 处室:企金处 责任人:周敏 任务:3.2'],
      ['甲单位问题', '单位:市甲局 期限:2027-01-20 处室:企金处 责任人:张伟 任务:1.1'],
      ['丙单位问题', '单位:市丙局 期限:2027-02-20 处室:企金处 任务:2.1'],
    ])
      expect(await scene.say(`整改 登记 ${what} ${rest}`, { at })).toMatch(/已登记/);
    const cookie = await signIn(SEC);
    const page = await (await get('/dash/items?division=企金处', cookie)).text();
    const headers = /<thead>([\s\S]*?)<\/thead>/.exec(page)![1]!;
    const columns = [...headers.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]!);
    expect(columns.length).toBeGreaterThanOrEqual(10);
    for (const column of columns) expect(column).toMatch(/<a [^>]*href="\/dash\/items\?/);
    const order = async (sort: string, dir: string) => {
      const html = await (await get(`/dash/items?division=企金处&sort=${sort}&dir=${dir}`, cookie)).text();
      const rows = [...html.matchAll(/<tr[^>]*data-id="ZG-\d{4}-\d{3}"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
      return rows.flatMap((row) => /(甲|乙|丙)单位问题/.exec(row)?.[1] ?? []);
    };
    // 问题 in the collation of Chinese (pinyin: bing, jia, yi), then reversed.
    const byIssue = await order('issue', 'asc');
    expect(byIssue).toEqual(['丙', '甲', '乙']);
    expect(await order('issue', 'desc')).toEqual([...byIssue].reverse());
    // 责任人: an item without one first, then 张伟 before 周敏 (zhang, zhou).
    expect(await order('responsible', 'asc')).toEqual(['丙', '甲', '乙']);
    // 关联任务 by number: 1.1, 2.1, 3.2.
    expect(await order('task', 'asc')).toEqual(['甲', '丙', '乙']);
  });

  it('shows yellow as due within 7 working days, across a weekend and the 2027 Spring Festival, as 整改 列表 does', async () => {
    scene = await dashScene();
    const notice = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');
    expect(await scene.say(`日历 导入\n${notice}`)).toContain('日历 导入 确认');
    expect(await scene.say('日历 导入 确认')).toMatch(/2027/);
    const registered = async (deadline: string) => {
      const reply = await scene.say(
        `整改 登记 期限${deadline}的问题 单位:市财政局 期限:${deadline} 处室:投资处`,
        { at: '2026-11-30T10:00:00+08:00' },
      );
      return /ZG-\d{4}-\d{3}/.exec(reply)![0];
    };
    const yellow = async (day: string, ids: string[]) => {
      scene.now = new Date(`${day}T09:00:00+08:00`);
      // A session lasts a working day: signed in on the day looked at.
      const cookie = await signIn(SEC);
      const overview = await (await get('/dash', cookie)).text();
      const row = /<tr[^>]*data-division="投资处"[\s\S]*?<\/tr>/.exec(overview)![0];
      const count = Number(/data-figure="dueSoon"[^>]*>\s*(\d+)/.exec(row)![1]);
      const listed = await (await get('/dash/items?division=投资处&state=未销号', cookie)).text();
      const chat = await scene.say('整改 列表 投资处', { at: scene.now.toISOString() });
      return {
        count,
        chat: Number(/7 个工作日内到期 (\d+)/.exec(chat)![1]),
        yellow: ids.filter((id) => listed.includes(`<tr class="yellow" data-id="${id}"`)),
      };
    };
    // Friday 2026-12-04: seven working days after it run to Tuesday 12-15 (two weekends on the way), where
    // seven calendar days would stop on Friday 12-11.
    const [mon14, tue15, wed16] = [
      await registered('2026-12-14'),
      await registered('2026-12-15'),
      await registered('2026-12-16'),
    ];
    expect(await yellow('2026-12-04', [mon14, tue15, wed16])).toEqual({
      count: 2,
      chat: 2,
      yellow: [mon14, tue15],
    });
    // Friday 2027-01-29: 2-01…2-04, then 春节 (2-05 to 2-13 off), Sunday 2-14 worked, 2-15, 2-16 — the seventh.
    // A deadline inside the holiday is yellow; 2-17 is the eighth working day.
    const [inHoliday, sixteenth, seventeenth] = [
      await registered('2027-02-10'),
      await registered('2027-02-16'),
      await registered('2027-02-17'),
    ];
    expect(await yellow('2027-01-29', [inHoliday, sixteenth, seventeenth])).toEqual({
      count: 2,
      chat: 2,
      yellow: [inHoliday, sixteenth],
    });
  });

  it('answers every page, refusal and redirect with Cache-Control: no-store and loads no script', async () => {
    expect(seen.length).toBeGreaterThan(30);
    for (const response of seen) expect(response.headers.get('cache-control')).toBe('no-store');
    for (const response of seen)
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
