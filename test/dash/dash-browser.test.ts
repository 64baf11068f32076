import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_REFUSED, OTHER_DIVISION_ITEM, SIGN_IN_HOW } from '../../src/reply/dashboard-wording';
import { openBrowser } from '../support/browser';
import { NOW } from '../support/core';
import { freePort } from '../support/free-port';
import { type DashScene, dashScene, linkIn, SB_HEAD, SEC } from './dash-scene';

// The dashboard in real headless Chromium, served over real HTTP: signing in through the link 看板 gives,
// the overview, the ledger filtered and sorted, an item, the plan's progress — each page kept as a screenshot
// in test-artifacts/dash/ — the page's figures against 整改 统计 and the `export` CSV of the same data, a
// division head limited to their division, and the refusals (a reused or expired link, no session).

const root = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(root, 'test-artifacts', 'dash');
const browser = await openBrowser('dashboard browser tests');

describe.skipIf(!browser)('the dashboard in a browser', () => {
  let scene: DashScene;
  let server: ServerType;
  let base = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    scene = await dashScene({}, base);
    server = serve({ fetch: scene.app.fetch, port, hostname: '127.0.0.1' });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    scene?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  /** A fresh browser (no cookies) signed in as `user` through the link 看板 gave them. */
  async function signedIn(user: string, name?: string): Promise<{ page: Page; link: string }> {
    const context = await browser!.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const link = linkIn(await scene.say('看板', { user }));
    await page.goto(link);
    await expect(page.getByRole('button', { name: '进入看板' })).toBeTruthy();
    if (name) await shot(page, name);
    await page.getByRole('button', { name: '进入看板' }).click();
    await page.waitForURL(`${base}/dash`);
    return { page, link };
  }

  const figure = (page: Page, name: string, within = 'body') =>
    page
      .locator(`${within} [data-figure="${name}"]`)
      .first()
      .textContent({ timeout: 5000 })
      .then((t) => t?.trim());

  it('signs in through the link and shows the overview: red, yellow, green, both rates', async () => {
    const { page } = await signedIn(SEC, '1-sign-in');
    expect(await page.title()).toContain('总览');
    await shot(page, '2-overview');
    expect(await figure(page, 'overdue', '.tiles')).toBe('3');
    expect(await figure(page, 'dueSoon', '.tiles')).toBe('1');
    expect(await figure(page, 'closed', '.tiles')).toBe('1');
    expect(await figure(page, 'rate', '.tiles')).toBe('25%');
    // Two charts, drawn on the server.
    expect(await page.locator('svg[role=img]').count()).toBe(2);
    await page.context().close();
  });

  it('shows the same figures as 整改 统计 and the export on the same data', async () => {
    const { page } = await signedIn(SEC);
    const stats = await scene.say('整改 统计 全部');
    const line = (division: string) =>
      new RegExp(
        `${division}:事项 (\\d+) 项\\(整改中 (\\d+)、待审核 (\\d+)、已销号 (\\d+)\\),整改率 ([^,]+),逾期 (\\d+) 项`,
      ).exec(stats);
    // The export, as an operator runs it, on the same DATA_DIR at the same instant.
    const out = join(scene.dataDir, 'ledger.csv');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'export',
        '--format',
        'csv',
        '--out',
        out,
        '--now',
        NOW.toISOString(),
      ],
      { cwd: root, env: { ...process.env, DATA_DIR: scene.dataDir }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const rows = ledgerCsv(readFileSync(out, 'utf8'));
    const divisions = await page
      .locator('tbody tr[data-division]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-division')!));
    expect(divisions.sort()).toEqual(['企金处', '投资处', '社保处']);
    for (const division of [...divisions, '合计']) {
      const row = `tr[data-division="${division}"]`;
      const mine = rows.filter(
        (r) => r.status !== '已作废' && (division === '合计' || r.division === division),
      );
      const sum = (values: number[]) => Number(values.reduce((a, b) => a + b, 0).toFixed(4));
      // 整改 统计: counts, 整改率, overdue.
      const counted =
        division === '合计'
          ? /事项 (\d+) 项\(整改中 (\d+)、待审核 (\d+)、已销号 (\d+)\),整改率 ([^,]+),逾期 (\d+) 项/.exec(
              stats,
            )
          : line(division);
      expect(counted, division).not.toBeNull();
      const [, count, , , closed, rate, overdue] = counted!;
      expect(await figure(page, 'count', row)).toBe(count);
      expect(await figure(page, 'closed', row)).toBe(closed);
      expect(await figure(page, 'rate', row)).toBe(rate);
      expect(await figure(page, 'overdue', row)).toBe(overdue);
      // The export: one row per item, the same counts and amounts.
      expect(String(mine.length)).toBe(count);
      expect(String(mine.filter((r) => r.status === '已销号').length)).toBe(closed);
      expect(String(mine.filter((r) => r.warning === '逾期').length)).toBe(overdue);
      expect(await figure(page, 'amount', row)).toBe(`${sum(mine.map((r) => r.amount))} 万元`);
      expect(await figure(page, 'rectifiedAmount', row)).toBe(
        `${sum(mine.filter((r) => r.status === '已销号').map((r) => r.rectified))} 万元`,
      );
    }
    expect(stats).toContain(`问题金额:${await figure(page, 'amount', 'tr[data-division="合计"]')}`);
    expect(stats).toContain(`整改金额:${await figure(page, 'rectifiedAmount', 'tr[data-division="合计"]')}`);

    // The ledger filtered as 整改 统计 企金处 2026 selects: the same figures.
    await page.goto(`${base}/dash/items?division=${encodeURIComponent('企金处')}&year=2026`);
    const qj = await scene.say('整改 统计 企金处 2026');
    expect(qj).toContain(`整改率 ${await figure(page, 'rate', '#figures')}`);
    expect(qj).toContain(`逾期 ${await figure(page, 'overdue', '#figures')} 项`);
    expect(qj).toContain(`事项 ${await figure(page, 'count', '#figures')} 项`);
    await page.context().close();
  });

  it('filters the ledger by the form, sorts it by a column, and opens an item with its whole history', async () => {
    const { page } = await signedIn(SEC);
    await page.getByRole('link', { name: '台账' }).click();
    await page.selectOption('select[name=division]', '社保处');
    await page.check('input[name=overdue]');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/overdue=1/);
    const ids = () =>
      page.locator('tbody tr[data-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(await ids()).toEqual([scene.ids.sbPension]);
    await shot(page, '3-ledger-filtered');

    await page.goto(`${base}/dash/items`);
    await page.getByRole('link', { name: '期限' }).click();
    const deadlines = await page.locator('tbody tr[data-id] td:nth-child(6)').allInnerTexts();
    expect(deadlines).toEqual([...deadlines].sort());
    await page.getByRole('link', { name: '期限 ▲' }).click();
    const descending = await page.locator('tbody tr[data-id] td:nth-child(6)').allInnerTexts();
    expect(descending).toEqual([...deadlines].reverse());
    await shot(page, '4-ledger-by-deadline');

    await page.locator(`tr[data-id="${scene.ids.tzSettle}"] a`).first().click();
    await page.waitForURL(`${base}/dash/items/${scene.ids.tzSettle}`);
    const history = await page.locator('table.timeline tbody tr td:nth-child(2)').allInnerTexts();
    expect(history).toEqual(['登记', '销号', '重开']);
    expect(await page.locator('main').textContent()).toContain('复查发现仍有多计');
    await shot(page, '5-item');
    await page.context().close();
  });

  it('shows the plan’s progress per task, and prints without navigation or forms', async () => {
    const { page } = await signedIn(SEC);
    await page.getByRole('link', { name: '进展', exact: true }).click();
    await page.waitForURL(`${base}/dash/plan`);
    expect(await page.locator('[data-task="3.2"]').textContent()).toContain('完成社保基金审计进点');
    expect(await page.locator('[data-task="1.2"]').textContent()).toContain('沉寂 56 天');
    await shot(page, '6-plan');
    await page.goto(`${base}/dash`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('.printed').isVisible()).toBe(true);
    await page.pdf({
      path: join(ARTIFACTS, '7-overview-print.pdf'),
      format: 'A4',
      landscape: true,
      printBackground: true,
    });
    await page.context().close();
  });

  it('shows a division head their division and nothing of another', async () => {
    const { page } = await signedIn(SB_HEAD);
    expect(
      await page
        .locator('tbody tr[data-division]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-division'))),
    ).toEqual(['社保处']);
    await shot(page, '8-division-head');
    await page.goto(`${base}/dash/items`);
    expect(await page.locator('select[name=division]').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('企金处');
    const other = await page.goto(`${base}/dash/items/${scene.ids.qjInvest}`);
    expect(other?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain(OTHER_DIVISION_ITEM);
    await page.context().close();
  });

  it('refuses a reused link, an expired link and a visit without a session, saying what to do', async () => {
    const { page, link } = await signedIn(SEC);
    await page.context().close();
    const context = await browser!.newContext({ viewport: { width: 1200, height: 700 } });
    const fresh = await context.newPage();
    const none = await fresh.goto(`${base}/dash/items`);
    expect(fresh.url()).toBe(`${base}/dash/login?next=%2Fdash%2Fitems`);
    expect(none?.status()).toBe(401);
    expect(await fresh.locator('main').textContent()).toContain(SIGN_IN_HOW);
    await shot(fresh, '9-no-session');
    const reused = await fresh.goto(link);
    expect(reused?.status()).toBe(410);
    expect(await fresh.locator('main').textContent()).toContain(LINK_REFUSED.used);
    await shot(fresh, '10-link-reused');
    const late = linkIn(await scene.say('看板', { user: SEC }));
    scene.now = new Date(NOW.getTime() + 11 * 60_000);
    try {
      const expired = await fresh.goto(late);
      expect(expired?.status()).toBe(410);
      expect(await fresh.locator('main').textContent()).toContain(LINK_REFUSED.expired);
    } finally {
      scene.now = NOW;
    }
    await context.close();
  });
});

/** The 整改台账 section of the export's CSV, by its header's names. */
function ledgerCsv(text: string) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('编号,'));
  const header = splitCsv(lines[start]!);
  const col = (name: string) => header.indexOf(name);
  const rows: {
    id: string;
    division: string;
    status: string;
    warning: string;
    amount: number;
    rectified: number;
  }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('ZG-')) break;
    const f = splitCsv(line);
    rows.push({
      id: f[col('编号')]!,
      division: f[col('跟踪处室')]!,
      status: f[col('状态')]!,
      warning: f[col('预警')]!,
      amount: Number(f[col('问题金额(万元)')] || 0),
      rectified: Number(f[col('整改金额(万元)')] || 0),
    });
  }
  return rows;
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
