import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

// Five years of records on the 2021—2025 plan (`cli demo-data`: progress on tasks, goals and indicators,
// items linked to tasks), then the 2026—2030 plan made current. Every one of the old records — not a sample —
// keeps the label it had before the switch, now naming its plan: each progress row and each item in the
// export, and each item's 关联任务 in `整改 查看`. Records made after the switch — a task and an indicator —
// are named by the new plan, whose 3.1, 3.3 and 指标3 are other targets than the old plan's.

const dir = mkdtempSync(join(tmpdir(), 'switch-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args: string[], input = '') => runCli(dir, args, input);

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) as rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** One exported table as records keyed by their first column (记录号, 编号). */
async function table(name: 'progress' | 'items'): Promise<Map<string, Record<string, string>>> {
  const run = await cli(['export', '--table', name, '--now', '2027-01-05T09:00:00+08:00']);
  expect(run.status, run.stderr).toBe(0);
  const [header, ...rows] = parseCsv(run.stdout);
  return new Map(rows.map((r) => [r[0]!, Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))]));
}

async function say(lines: { text: string; user?: string; at: string }[]): Promise<string[]> {
  const input = lines.map((l) => JSON.stringify({ ...l, at: `${l.at}+08:00` })).join('\n');
  const { status, stdout, stderr } = await cli(['say', '--json'], input);
  expect(status, stderr).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { reply: string }).reply);
}

const linkLine = (reply: string) => /\n关联任务:([^\n]*)/.exec(reply)?.[1];

describe('five years of records across a plan switch', () => {
  it('keeps every old record labelled under its own plan, and names new records by the new plan', async () => {
    const demo = await cli([
      'demo-data',
      '--updates',
      '400',
      '--rectifications',
      '60',
      '--now',
      '2026-12-01T18:00:00+08:00',
    ]);
    expect(demo.status, demo.stderr).toBe(0);
    expect((await cli(['plan', 'add', 'test/fixtures/plan-switch/2026-2030.txt'])).stdout).toContain(
      '已导入方案 2026-2030',
    );
    const [, , oldIndicator] = await say([
      { text: '成员 添加 ou_li 社保处 处长', at: '2026-12-07T09:00:00' },
      { text: '目标 指派 指标3 社保处', at: '2026-12-07T09:01:00' },
      { text: '进展 指标3 完成社保基金审计一轮', user: 'ou_li', at: '2026-12-07T10:00:00' },
    ]);
    expect(oldIndicator).not.toContain('2026-2030');

    const progressBefore = await table('progress');
    const itemsBefore = await table('items');
    expect(progressBefore.size).toBeGreaterThanOrEqual(400);
    const kinds = new Set([...progressBefore.values()].map((r) => r.任务或目标!.replace(/[\d.-]+$/, '')));
    expect(kinds).toEqual(new Set(['', '目标', '指标']));
    const linked = [...itemsBefore.values()].filter((r) => r.关联任务 !== '');
    expect(linked.length).toBeGreaterThan(20);
    const shownBefore = await say(
      linked.map((r) => ({ text: `整改 查看 ${r.编号}`, at: '2026-12-07T11:00:00' })),
    );

    // ——— The switch, and records on the new plan ———
    const after = await say([
      { text: '方案 启用 十五五', at: '2027-01-04T08:30:00' },
      { text: '进展 3.1 召开养老服务审计进点会', user: 'ou_li', at: '2027-01-04T10:00:00' },
      { text: '进展 3.3 医保基金审计进点', user: 'ou_li', at: '2027-01-04T10:01:00' },
      { text: '目标 指派 指标3 社保处', at: '2027-01-04T10:02:00' },
      { text: '进展 指标3 民生重点资金审计启动', user: 'ou_li', at: '2027-01-04T10:03:00' },
      { text: '进展 查看 十四五指标3', at: '2027-01-04T10:04:00' },
    ]);
    expect(after[0]).toContain('已启用方案 2026-2030');
    for (const reply of after.slice(1, 5)) expect(reply).not.toContain('2021-2025');

    // Every old progress record: the same target and title as before, now said to be the 2021—2025 plan's.
    const progressAfter = await table('progress');
    for (const [seq, before] of progressBefore) {
      const now = progressAfter.get(seq)!;
      expect(now.任务或目标, seq).toBe(before.任务或目标);
      expect(now.任务或目标名称, seq).toBe(before.任务或目标名称);
      expect(now.所属方案, seq).toBe('2021-2025');
    }
    // The new records are the new plan's: for 3.1, 3.3 and 指标3 another title than the old records'.
    const added = [...progressAfter.values()].filter((r) => !progressBefore.has(r.记录号!));
    expect(added.map((r) => r.任务或目标)).toEqual(['3.1', '3.3', '指标3']);
    for (const row of added) {
      expect(row.所属方案).toBe('2026-2030');
      const old = [...progressBefore.values()].find((r) => r.任务或目标 === row.任务或目标);
      expect(old, row.任务或目标).toBeDefined();
      expect(row.任务或目标名称).not.toBe(old!.任务或目标名称);
      // The confirmation named the new plan's target, as the export does.
      expect(after.join('\n')).toContain(`${row.任务或目标} ${row.任务或目标名称}`);
    }
    // The old indicator, asked for by its plan, is the old plan's, with the record made on it.
    const oldTitle = [...progressBefore.values()].find((r) => r.任务或目标 === '指标3')!.任务或目标名称;
    expect(after[5]).toContain(`指标3 ${oldTitle}(2021-2025 方案)`);
    expect(after[5]).toContain('完成社保基金审计一轮');
    expect(after[5]).not.toContain('民生重点资金审计启动');

    // Every item linked to a task: the same task and title, now said to be the 2021—2025 plan's.
    const itemsAfter = await table('items');
    for (const before of linked) {
      const now = itemsAfter.get(before.编号!)!;
      expect(now.关联任务, before.编号).toBe(before.关联任务);
      expect(now.关联任务名称, before.编号).toBe(before.关联任务名称);
      expect(now.关联任务所属方案, before.编号).toBe('2021-2025');
    }
    const shownAfter = await say(
      linked.map((r) => ({ text: `整改 查看 ${r.编号}`, at: '2027-01-05T09:00:00' })),
    );
    for (const [i, before] of linked.entries()) {
      expect(linkLine(shownBefore[i]!), before.编号).toBe(`${before.关联任务} ${before.关联任务名称}`);
      expect(linkLine(shownAfter[i]!), before.编号).toBe(
        `${before.关联任务} ${before.关联任务名称}(2021-2025 方案)`,
      );
    }

    const verify = await cli(['verify']);
    expect(verify.status, verify.stdout).toBe(0);
  }, 240_000);
});
