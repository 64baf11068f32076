import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load-plan-file';
import type { Plan } from '../../src/plan/model';
import { parsePlan } from '../../src/plan/parse-plan';
import { PlanFileError } from '../../src/plan/plan-file-error';
import { readPlanFile } from '../../src/plan/read-plan-file';
import { docxPackage, markdownOf, textOf } from './docx-package';
import { formatPlan } from './format-plan';
import { pagedPlan } from './paged-plan';
import { tablePlan } from './table-plan';

// Real files on disk: the .docx are written here with a zip writer, the .pdf were made once from the
// same blocks by LibreOffice (test/fixtures/plans/formats), the encrypted one by qpdf.

const FORMATS = 'test/fixtures/plans/formats';
const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const tasksOf = (plan: Plan) => plan.tasks.map((t) => [t.id, t.clause, t.title, t.lead, t.support]);

async function problemOf(path: string): Promise<{ problem: string; message: string }> {
  try {
    await loadPlanFile(path);
  } catch (error) {
    if (error instanceof PlanFileError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error(`${path} loaded`);
}

describe('one plan as .txt, .md, .docx and .pdf', () => {
  const plans: Record<string, Plan> = {};
  beforeAll(async () => {
    plans.txt = await loadPlanFile(write('plan.txt', textOf(formatPlan)));
    plans.md = await loadPlanFile(write('plan.md', markdownOf(formatPlan)));
    plans.docx = await loadPlanFile(write('plan.docx', await docxPackage(formatPlan)));
    plans.pdf = await loadPlanFile(join(FORMATS, 'format-plan.pdf'));
  });

  it('reads the same tasks, leads and supports from every format', () => {
    const expected = [
      ['1.1', '二(一)1', '开展预算执行审计', ['财政审计处'], ['法规处', '信息中心']],
      ['1.2', '二(一)2', '开展专项资金审计', ['社保审计处'], ['农业农村审计处', '企业审计处']],
      ['2', '二(二)', '经济责任审计', ['经济责任审计处'], []],
      ['3', '三', '推进审计数字化', ['信息中心'], ['财政审计处', '企业审计处']],
      ['4', '三', '完善审计整改机制', ['法规处'], ['办公室']],
    ];
    for (const format of ['txt', 'md', 'docx', 'pdf'])
      expect(tasksOf(plans[format] as Plan), format).toEqual(expected);
  });

  it('reads the same title, period and measures from every format', () => {
    for (const plan of Object.values(plans)) {
      expect(plan.title).toBe('某市审计局2026年度审计项目实施方案');
      expect(plan.id).toBe('2026');
      expect(plan.measures.map((m) => m.title)).toEqual(['加强组织领导']);
    }
  });

  it('gives a docx table the rows of a text copy, a cell of two lines as a list', async () => {
    const text = await readPlanFile(join(dir, 'plan.docx'));
    expect(text).toContain('| 1 | 推进审计数字化 | 信息中心 | 财政审计处、企业审计处 |');
    expect(text).toContain('（一）财政审计\n1.开展预算执行审计');
  });
});

describe('a PDF over pages', () => {
  it('drops the running header and page numbers and mends a note the page breaks inside', async () => {
    const text = await readPlanFile(join(FORMATS, 'paged-plan.pdf'));
    expect(text).not.toContain('某市住房和城乡建设局文件');
    expect(text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    const pdf = parsePlan(text);
    const docx = await loadPlanFile(
      write(
        'paged.docx',
        await docxPackage(pagedPlan, {
          header: '某市住房和城乡建设局文件',
          pageNumbers: true,
          official: true,
        }),
      ),
    );
    expect(tasksOf(pdf)).toEqual(tasksOf(docx));
    expect(pdf.tasks.find((t) => t.id === '1.2')).toMatchObject({
      lead: ['城市更新处'],
      support: ['房地产市场监管处', '法规处'],
    });
    // The plan's convention: the first unit named leads.
    expect(pdf.tasks.find((t) => t.id === '1.1')).toMatchObject({
      lead: ['城市更新处'],
      support: ['计划财务处', '各区住建局'],
    });
    expect(pdf.tasks.find((t) => t.id === '2.2')?.text).toContain('开展租金收缴和违规使用专项整治');
  });
});

describe('a PDF task table with wrapped, vertically centred cells', () => {
  it('reads the rows of the Word table it was made from', async () => {
    const pdf = await loadPlanFile(join(FORMATS, 'table-plan.pdf'));
    const docx = await loadPlanFile(
      write('table.docx', await docxPackage(tablePlan, { official: true, pageNumbers: true })),
    );
    expect(pdf.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['县教育局'], ['县发改局', '县财政局', '县自然资源局', '县建设局']],
      [['县卫生健康局'], ['县财政局', '各乡镇（街道）']],
      [['县民政局'], ['县财政局', '县市场监管局', '县卫生健康局']],
      [['县水利局'], []],
    ]);
    expect(tasksOf(pdf)).toEqual(tasksOf(docx));
  });
});

describe('text encodings', () => {
  const plain =
    '关于某事的实施方案\n二、重点任务\n1.推进某事。落实某项工作。（市审计局牵头，市财政局配合）\n';

  it('reads UTF-8 with a BOM and UTF-16 with a BOM as the same plan', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain, 'utf8')]);
    for (const [name, data] of [
      ['utf16.txt', utf16],
      ['bom.txt', bom],
    ] as const) {
      const plan = await loadPlanFile(write(name, data));
      expect(plan.title, name).toBe('关于某事的实施方案');
      expect(plan.tasks[0], name).toMatchObject({ lead: ['市审计局'], support: ['市财政局'] });
    }
  });

  it('reads a whole GB18030 plan (as Chinese Windows saves it)', async () => {
    // Encode through the GB18030 table: every character of the plan is in GB2312, two bytes each.
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0xa1; hi <= 0xf7; hi++)
      for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
    const bytes = [...plain].flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? []),
    );
    const plan = await loadPlanFile(write('gb.txt', new Uint8Array(bytes)));
    expect(plan.tasks[0]).toMatchObject({ title: '推进某事', lead: ['市审计局'], support: ['市财政局'] });
  });
});

describe('files that are no plan get one line naming the file', () => {
  it.each([
    ['encrypted', join(FORMATS, 'encrypted.pdf'), /加密/],
    ['scanned', join(FORMATS, 'scanned.pdf'), /没有文字层/],
    ['corrupt', write('broken.pdf', '%PDF-1.4 not really'), /损坏|不是有效的 PDF/],
    ['corrupt', write('broken.docx', 'PK not a zip'), /不是有效的 Word/],
    ['empty', write('empty.txt', ''), /空的/],
    ['empty', write('blank.md', ' \n\u3000\n'), /空的/],
    ['not-found', join(dir, 'missing.pdf'), /找不到/],
    ['unsupported', write('old.doc', 'x'), /只接受 \.txt、\.md、\.docx、\.pdf/],
    [
      'no-tasks',
      write('prose.md', '# 随便写点\n\n没有任何带责任单位的任务。\n'),
      /没有读出任何任务.*责任单位/,
    ],
  ])('%s: %s', async (problem, path, wording) => {
    const got = await problemOf(path);
    expect(got.problem).toBe(problem);
    expect(got.message).toMatch(wording);
    expect(got.message).toContain(path);
    expect(got.message).not.toContain('\n');
  });

  it('names a folder given as a file, and a file it may not read', async () => {
    const folder = join(dir, 'plans.txt');
    mkdirSync(folder);
    expect((await problemOf(folder)).problem).toBe('unreadable');
    const locked = write('locked.txt', '二、重点任务\n1.甲。（市审计局负责）\n');
    chmodSync(locked, 0);
    // root reads anything: then the file simply loads.
    const isRoot = process.getuid?.() === 0;
    if (isRoot) expect((await loadPlanFile(locked)).tasks).toHaveLength(1);
    else expect((await problemOf(locked)).message).toMatch(/没有读取权限/);
  });

  it('refuses a docx whose text yields no task, naming what a note looks like', async () => {
    const path = write('notice.docx', await docxPackage(['关于召开会议的通知', '请各处室准时参加。']));
    const got = await problemOf(path);
    expect(got.problem).toBe('no-tasks');
    expect(got.message).toMatch(/（牵头单位：…；配合单位：…）/);
  });

  it('reads the shipped plan through the same door', async () => {
    const plan = await loadPlanFile('seeds/shaoxing-audit-common-prosperity-2021-2025.txt');
    expect(plan.tasks).toHaveLength(10);
    expect(plan).toEqual(
      parsePlan(readFileSync('seeds/shaoxing-audit-common-prosperity-2021-2025.txt', 'utf8')),
    );
  });
});
