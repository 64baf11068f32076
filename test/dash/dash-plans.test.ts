import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { mountDash } from '../../src/dash/mount-dash';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { openFileStore } from '../../src/store';
import { ADMIN, tempDataDir } from '../support/core';
import { linkIn } from './dash-scene';

// 进展 with two plans known: the 2021—2025 plan the bureau worked on, and its 2026—2030 plan (added the way
// `plan add` adds one, then 方案 启用 in chat). Each plan's page shows the records made on it under its own
// tasks, and a link per plan switches between them.

const BASE = 'http://127.0.0.1:3000';
const BEFORE = new Date('2026-12-20T10:00:00+08:00');
const SWITCH = new Date('2027-01-04T09:00:00+08:00');
const AFTER = new Date('2027-01-04T10:00:00+08:00');
const HEAD = 'ou_sb_head';

describe('the 进展 page with two plans', () => {
  let deps: CoreDeps;
  let app: Hono;
  const time = { now: BEFORE };
  let n = 0;
  const say = async (text: string, user = ADMIN) => {
    n += 1;
    const msg = {
      text,
      userId: user,
      chatId: `p2p-${user}`,
      private: true,
      messageId: `om_p${n}`,
      at: time.now,
    };
    return renderText(await handleMessage(msg, deps));
  };
  let cookie = '';
  const get = async (path: string) => {
    const response = await app.request(new URL(path, BASE).href, { headers: { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  };
  /** The text of one task's card on a 进展 page. */
  const taskCard = (html: string, task: string) =>
    new RegExp(`data-task="${task.replace('.', '\\.')}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

  beforeAll(async () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync('test/fixtures/plan-switch/2026-2030.txt', join(dir, 'plans', '2026-2030.txt'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    store.addPlan({ by: 'cli', at: BEFORE }, { id: '2026-2030', file: '2026-2030.txt', title: '十五五' });
    const clock: Clock = { now: () => time.now };
    deps = createCoreDeps({ admins: [ADMIN], clock, logger: silentLogger, dataDir: dir, store });
    app = new Hono();
    mountDash(app, {
      store,
      plans: async () => deps.plans,
      calendar: async () => deps.calendar,
      admins: new Set([ADMIN]),
      clock,
      timeZone: 'Asia/Shanghai',
      publicUrl: BASE,
      logger: silentLogger,
    });
    await say(`成员 添加 ${HEAD} 社保处 处长`);
    expect(await say('进展 3.2 完成养老保险基金审计进点', HEAD)).toContain('3.2');
    time.now = SWITCH;
    expect(await say('方案 启用 十五五')).toContain('已启用方案 2026-2030');
    time.now = AFTER;
    expect(await say('进展 3.1 召开养老服务审计进点会', HEAD)).toContain('3.1 聚焦养老服务体系建设');
    const link = linkIn(await say('看板'));
    const used = await app.request(`${BASE}/dash/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t: new URL(link).searchParams.get('t')! }).toString(),
    });
    expect(used.status).toBe(303);
    cookie = used.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(() => deps?.store.close());

  it('shows the plan in use with its own records under its own tasks, and links to the other plan', async () => {
    const legacy = deps.plans.legacy.id;
    expect(legacy).not.toBe('2026-2030');
    const current = await get('/dash/plan');
    expect(taskCard(current, '3.1')).toContain('召开养老服务审计进点会');
    expect(current).not.toContain('完成养老保险基金审计进点');
    // One link per plan, the one shown marked.
    expect(current).toContain('href="/dash/plan?plan=2026-2030" class="here"');
    expect(current).toContain(`href="/dash/plan?plan=${encodeURIComponent(legacy)}"`);
  });

  it('switches to the earlier plan: its records under its tasks, none of the new plan’s', async () => {
    const legacy = deps.plans.legacy.id;
    const earlier = await get(`/dash/plan?plan=${encodeURIComponent(legacy)}`);
    expect(taskCard(earlier, '3.2')).toContain('完成养老保险基金审计进点');
    expect(earlier).not.toContain('召开养老服务审计进点会');
    expect(earlier).toContain(`href="/dash/plan?plan=${encodeURIComponent(legacy)}" class="here"`);
    // And back: the same page as the plan in use.
    const back = await get('/dash/plan?plan=2026-2030');
    expect(taskCard(back, '3.1')).toContain('召开养老服务审计进点会');
    expect(taskCard(back, '3.2')).not.toContain('完成养老保险基金审计进点');
  });
});
