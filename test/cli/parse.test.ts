import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxPackage } from '../plan/docx-package';
import { formatPlan } from '../plan/format-plan';
import { runCliInProcess } from '../support/run-cli-in-process';

// `parse FILE [--json]` as an operator runs it (in-process) on real files of each format.
async function cli(args: string[]) {
  return runCliInProcess(['parse', ...args], { ...process.env, NODE_ENV: 'production' });
}

describe('parse verb', () => {
  it('prints the stable JSON shape for the shipped plan, with title, period and id added', async () => {
    const { status, stdout } = await cli(['seeds/shaoxing-audit-common-prosperity-2021-2025.txt', '--json']);
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['tasks', 'goals', 'indicators', 'measures', 'title', 'period', 'id']),
    );
    expect(doc.tasks).toHaveLength(10);
    expect(Object.keys(doc.tasks[0]).sort()).toEqual([
      'askAs',
      'clause',
      'id',
      'lead',
      'number',
      'support',
      'text',
      'title',
    ]);
    // `number` is the plan's own numbering of the task, as written, beside the bot's short id.
    expect(doc.tasks[0]).toMatchObject({
      id: '1.1',
      number: '1.',
      lead: ['局教科文处'],
      support: ['相关处室'],
    });
    expect(doc.sections.map((s: { number: string }) => s.number)).toEqual([
      '二、',
      '(一)',
      '(二)',
      '(三)',
      '(四)',
      '(五)',
    ]);
    expect(doc.period).toEqual({ from: 2021, to: 2025 });
    expect(doc.id).toBe('2021-2025');
    expect([doc.goals.length, doc.indicators.length, doc.measures.length]).toEqual([6, 7, 7]);
  });

  it('names each task by the number that reads back to it in chat, where the bot’s id names another', async () => {
    const file = 'test/fixtures/corpus/keqiao-work-report-2025-tasks.txt';
    const json = JSON.parse((await cli([file, '--json'])).stdout);
    const gdp = json.tasks.find((t: { title: string }) => t.title.startsWith('地区生产总值'));
    // The plan's item 1. is the bot's 9 (its first part comes last among the bot's ids); 9 is the plan's 9..
    expect(gdp).toMatchObject({ id: '9', number: '1.', askAs: '1' });
    const { stdout } = await cli([file]);
    expect(stdout).toMatch(/^ {2}1 地区生产总值/m);
    expect(stdout).toMatch(/^ {2}9 建设中国轻纺城数字贸易港/m);
    expect(stdout).not.toMatch(/^ {2}9 地区生产总值/m);
  });

  it('reads a .docx and a .pdf, the plain output led by the title and period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-parse-'));
    const docx = join(dir, '方案.docx');
    writeFileSync(docx, await docxPackage(formatPlan));
    for (const file of [docx, 'test/fixtures/plans/formats/format-plan.pdf']) {
      const { status, stdout } = await cli([file]);
      expect(status, file).toBe(0);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('方案 某市审计局2026年度审计项目实施方案  期限:2026年  编号:2026');
      expect(lines[1]).toBe('任务 5 项:');
      expect(stdout).toContain(
        '1.2 开展专项资金审计(二(一)2) 牵头:社保审计处 配合:农业农村审计处、企业审计处',
      );
    }
  });

  it('answers an unreadable file with one line naming it on stderr and exit 2, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-parse-bad-'));
    const prose = join(dir, 'notice.txt');
    writeFileSync(prose, '关于召开会议的通知\n请各处室准时参加。\n');
    const cases: [string, RegExp][] = [
      ['test/fixtures/plans/formats/encrypted.pdf', /加密/],
      ['test/fixtures/plans/formats/scanned.pdf', /没有文字层/],
      [join(dir, 'missing.docx'), /找不到/],
      [join(dir, 'plan.doc'), /只接受/],
      [prose, /没有读出任何任务/],
    ];
    for (const [file, wording] of cases) {
      const { status, stdout, stderr } = await cli([file, '--json']);
      expect(status, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), file).toHaveLength(1);
      expect(stderr).toMatch(wording);
      expect(stderr).toContain(file);
      expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    }
  });

  it('prints its usage without a file', async () => {
    const { status, stderr } = await cli([]);
    expect(status).toBe(2);
    expect(stderr).toContain('parse FILE');
  });
});
