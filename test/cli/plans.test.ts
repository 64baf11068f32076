import { copyFileSync, existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fifteenthDocx } from '../plan/fifteenth-docx';
import { runCli } from '../support/run-cli';

// A new plan period as the bureau lives it, through the CLI as an operator runs it: the 十五五 plan added
// as .docx and an annual plan as .pdf; both listed; questions on each answered with the plan named; the
// 十五五 plan made current; the progress recorded on the 2021—2025 plan before the switch still there.

const cli = runCli;
const NOW = '2026-12-01T10:00:00+08:00';
const say = async (dataDir: string, lines: (string | { text: string; user: string })[]) =>
  (
    await cli(
      dataDir,
      ['say', '--json', '--now', NOW],
      lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'),
    )
  ).stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { reply: string }).reply);

describe('plans across periods and formats', () => {
  let dir: string;
  let docx: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-plans-'));
    docx = join(mkdtempSync(join(tmpdir(), 'plan-file-')), '十五五实施方案.docx');
    writeFileSync(docx, await fifteenthDocx());
    // Before the new plans: a division head's progress on the 2021—2025 plan.
    await say(dir, [
      '成员 添加 ou_li 社保处 处长',
      { text: '进展 3.2 完成养老保险基金审计进点', user: 'ou_li' },
    ]);
  });

  it('adds a .docx and a .pdf plan, each summed up and waiting for 方案 启用', async () => {
    const added = await cli(dir, ['plan', 'add', docx]);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('已导入方案 2026-2030');
    expect(added.stdout).toMatch(/期间:2026—2030 年[\s\S]*状态:待启用[\s\S]*任务 7 项/);
    const pdf = await cli(dir, ['plan', 'add', 'test/fixtures/plans/formats/format-plan.pdf']);
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toMatch(/已导入方案 2026[\s\S]*期间:2026 年[\s\S]*待启用/);
    // The same file again is found, not added twice.
    expect((await cli(dir, ['plan', 'add', docx])).stdout).toContain('方案 2026-2030 已导入过');
    const list = (await cli(dir, ['plan', 'list'])).stdout.trim().split('\n');
    expect(list.map((l) => l.split('\t').slice(0, 1).concat(l.split('\t')[4]!))).toEqual([
      ['2021-2025', '当前方案'],
      ['2026-2030', '待启用'],
      ['2026', '待启用'],
    ]);
  });

  it('refuses an encrypted, a scanned, an empty or a task-less file in one line, and keeps nothing of it', async () => {
    const before = readdirSync(join(dir, 'plans'));
    const empty = join(mkdtempSync(join(tmpdir(), 'plan-bad-')), 'empty.txt');
    writeFileSync(empty, '');
    const notes = join(mkdtempSync(join(tmpdir(), 'plan-bad-')), '会议纪要.txt');
    writeFileSync(notes, '会议纪要\n今天讨论了审计工作的安排。\n');
    for (const [file, reason] of [
      ['test/fixtures/plans/formats/encrypted.pdf', /加密/],
      ['test/fixtures/plans/formats/scanned.pdf', /没有文字层/],
      [empty, /空的/],
      [notes, /没有读出任何任务/],
      ['no/such/file.docx', /找不到/],
    ] as const) {
      const run = await cli(dir, ['plan', 'add', file]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toContain(file.split('/').at(-1)!);
    }
    expect(readdirSync(join(dir, 'plans'))).toEqual(before);
    expect((await cli(dir, ['plan', 'list'])).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('answers from the plan a question names, saying which plan that is, and switches on 方案 启用', async () => {
    const [list, fifteenth, annual, refused, used, now, old] = await say(dir, [
      '方案',
      '十五五方案里惠民惠企政策谁牵头',
      '方案 2026 专项资金审计谁牵头',
      { text: '方案 启用 2026-2030', user: 'ou_li' },
      '方案 启用 2026-2030',
      '惠民惠企政策谁牵头',
      '十四五方案里古城项目群谁牵头',
    ]);
    expect(list).toMatch(/2021-2025 .*当前方案[\s\S]*2026-2030 .*待启用[\s\S]*2026 .*待启用/);
    expect(fifteenth).toContain('牵头:【企业审计处】');
    expect(fifteenth).toMatch(/以上出自《绍兴市审计局“十五五”时期审计工作实施方案.*》.*当前方案是《“十四五”/);
    expect(annual).toContain('牵头:【社保审计处】');
    expect(annual).toContain('以上出自《某市审计局2026年度审计项目实施方案》');
    expect(refused).toContain('只有管理员和秘书处可以切换当前方案');
    expect(used).toContain('已启用方案 2026-2030');
    expect(now).toContain('牵头:【企业审计处】');
    expect(now).not.toContain('以上出自');
    expect(old).toContain('牵头:【教科文处】');
    expect(old).toMatch(/以上出自《“十四五”.*》\(2021—2025年\),当前方案是《绍兴市审计局“十五五”/);
  });

  it('keeps the 2021—2025 records readable after the switch: in 进展 查看, the export and verify', async () => {
    const [byDivision, byTask, current] = await say(dir, [
      '进展 查看 社保处',
      '方案 2021-2025 进展 查看 3.2',
      '进展 查看 3.2',
    ]);
    expect(byDivision).toContain('【3.2 聚焦社会保障体系建设(2021-2025 方案)】完成养老保险基金审计进点');
    expect(byTask).toContain('完成养老保险基金审计进点');
    // 3.2 of the current plan is another task: nothing recorded on it yet.
    expect(current).not.toContain('完成养老保险基金审计进点');
    expect((await cli(dir, ['verify'])).status).toBe(0);
    // The export names each update by the plan it was made on: its number, title and plan side by side.
    expect((await cli(dir, ['export'])).stdout).toMatch(
      /,3\.2,聚焦社会保障体系建设,2021-2025,社保处,ou_li,完成养老保险基金审计进点,有效,,cli-[^,]+\r\n/,
    );
    // The digest labels it by its own plan; the current plan, made current six days ago, has no silent task.
    const digest = (await cli(dir, ['job', 'digest', '--now', '2026-12-07T09:00:00+08:00'])).stdout;
    expect(digest).toContain('3.2 聚焦社会保障体系建设(2021-2025 方案):本期');
    expect(digest).not.toMatch(/沉寂 14 天以上/);
    expect(existsSync(join(dir, 'plans', '2026-2030.docx'))).toBe(true);
  });
});

describe('a plan file replaced under the same name', () => {
  it('is read again: plan list shows the new file’s plan, not the text kept from the old one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-replaced-'));
    expect((await cli(dir, ['plan', 'add', 'test/fixtures/plans/formats/format-plan.pdf'])).status).toBe(0);
    const [kept] = readdirSync(join(dir, 'plans')).filter((f) => f.endsWith('.pdf'));
    const before = (await cli(dir, ['plan', 'list'])).stdout;
    const oldTitle = before
      .split('\n')
      .find((l) => l.includes(kept!))!
      .split('\t')[1]!;
    // The operator copies another plan over it by hand (a newer file than the text kept for it).
    const file = join(dir, 'plans', kept!);
    copyFileSync('test/fixtures/plans/formats/table-plan.pdf', file);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const after = (await cli(dir, ['plan', 'list'])).stdout.split('\n').find((l) => l.includes(kept!))!;
    expect(after.split('\t')[1]).not.toBe(oldTitle);
    expect(after).toContain(
      (await cli(dir, ['parse', file, '--json'])).stdout.match(/"title":\s*"([^"]+)"/)![1]!,
    );
  });
});
