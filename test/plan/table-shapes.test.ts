import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load-plan-file';
import type { Plan } from '../../src/plan/model';
import { parsePlan } from '../../src/plan/parse-plan';
import { type DocxBlock, docxPackage } from './docx-package';

// Task tables of other shapes: cells of several paragraphs (a task in two, units one a line), empty
// cells, a Word table's text one cell a line (mammoth's raw text), a tab copy whose rows break at a
// cell's paragraph, and a text table whose rows wrap onto an unnumbered row.

const dir = mkdtempSync(join(tmpdir(), 'table-shapes-'));
const rows = (plan: Plan) =>
  plan.tasks.map((t) => [t.number ?? '', t.text.includes('政务服务平台') || t.title, t.lead, t.support]);

const wrapped: DocxBlock[] = [
  '某市数字政府建设实施方案（2024—2026年）',
  '一、重点任务',
  {
    table: [
      ['序号', '任务', '牵头单位', '配合单位', '完成时限'],
      [
        '1',
        ['推进一网通办，完善', '政务服务平台功能。'],
        '市数据局',
        ['市财政局', '市大数据中心'],
        '2024年底',
      ],
      ['2', '建设城市大脑。', '市数据局', '', '2025年底'],
      ['3', '深化公共数据开放共享。', '市发改委', ['市经信局', '市审计局'], '2026年底'],
      ['4', '完善数据安全制度。', '市委网信办', '', ''],
    ],
  },
  '二、保障措施',
  '各牵头单位要按季度报送进展情况。',
];
const expected = [
  ['1', true, ['市数据局'], ['市财政局', '市大数据中心']],
  ['2', '建设城市大脑', ['市数据局'], []],
  ['3', '深化公共数据开放共享', ['市发改委'], ['市经信局', '市审计局']],
  ['4', '完善数据安全制度', ['市委网信办'], []],
];

describe('a Word task table whose cells wrap or stay empty', () => {
  it('reads each row whole from the .docx: the task over two paragraphs, units one a line, empty cells', async () => {
    const path = join(dir, 'wrapped.docx');
    writeFileSync(path, await docxPackage(wrapped));
    expect(rows(await loadPlanFile(path))).toEqual(expected);
  });

  // In text one cell a line, units one a line in a 牵头单位 cell and in a 配合单位 cell read alike: the
  // lead column takes one, the 配合单位 column the rest (a lead is most often one unit).
  it('reads the same rows from the table’s text one cell a line (mammoth’s raw text), empty cells left out', async () => {
    const raw = (await mammoth.extractRawText({ buffer: await docxPackage(wrapped) })).value;
    expect(raw).toContain('序号\n\n任务\n\n牵头单位');
    const path = join(dir, 'wrapped.txt');
    writeFileSync(path, raw);
    const plan = await loadPlanFile(path);
    expect(rows(plan)).toEqual(expected);
    expect(plan.tasks[0]?.text).toContain('推进一网通办，完善政务服务平台功能');
  });
});

describe('task tables in text', () => {
  it('keeps the paragraph after a table one cell a line out of its last row', () => {
    const p = parsePlan(
      [
        '某县任务清单',
        '序号',
        '工作任务',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '建公园。',
        '县建设局',
        '2026年底',
        '2',
        '建学校。',
        '县教育局',
        '县财政局',
        '2026年9月',
        '各牵头单位要按季度报送进展情况，确保按期完成。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.support])).toEqual([
      ['建公园', ['县建设局'], []],
      ['建学校', ['县教育局'], ['县财政局']],
    ]);
    expect(p.passages.map((x) => x.text)).toContain('各牵头单位要按季度报送进展情况，确保按期完成。');
  });

  it('puts back together a tab copy whose rows break at a cell’s paragraphs', () => {
    const p = parsePlan(
      [
        '某县民生实事项目任务分工表',
        '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
        '1\t推进一网通办，完善',
        '政务服务平台功能\t县数据局\t县财政局',
        '县大数据中心\t2024年底',
        '2\t建设城市大脑\t县数据局\t\t2025年底',
        '3\t建设口袋公园\t县建设局\t县财政局\t长期坚持',
        '县自然资源局',
        '项目进展情况将定期通报。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support])).toEqual([
      ['1', '推进一网通办，完善政务服务平台功能', ['县数据局'], ['县财政局', '县大数据中心']],
      ['2', '建设城市大脑', ['县数据局'], []],
      ['3', '建设口袋公园', ['县建设局'], ['县财政局']],
    ]);
    expect(p.passages.map((x) => x.text).join('\n')).toContain('项目进展情况将定期通报。');
  });

  it('joins a text table’s unnumbered row to the numbered row it wraps from, but not a category row', () => {
    const p = parsePlan(
      [
        '某区2026年重点工作任务清单',
        '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
        '| 1 | 推进一网通办，完善 | 区数据局、区 | 2026年底 |',
        '|  | 政务服务平台功能 | 财政局 |  |',
        '| 2 | 建设城市大脑。 | 区数据局 | 2026年6月 |',
        '|  |  | 区大数据中心 |  |',
        '|  | 二、民生保障 |  |  |',
        '| 3 | 建设口袋公园12个、城市 | 区建设局 | 2026年底 |',
        '|  | 绿道20公里。 |  |  |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support])).toEqual([
      ['1', '推进一网通办，完善政务服务平台功能', ['区数据局', '区财政局'], []],
      ['2', '建设城市大脑', ['区数据局', '区大数据中心'], []],
      ['3', '建设口袋公园12个、城市绿道20公里', ['区建设局'], []],
    ]);
  });

  it('reads a numbered table whose task column has a word of its own (民生实事), units apart by <br>', () => {
    const p = parsePlan(
      [
        '# 某县2026年民生实事目标任务分解表',
        '| 序号 | 民生实事 | 责任单位 | 完成时限 |',
        '| --- | --- | --- | --- |',
        '| 1 | 新建城市书房3家。 | 县文旅局<br>县住建局<br/>县财政局 | 10月底前 |',
        '| 2 | 改造老旧小区12个。 | 县住建局 | 12月底前 |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support, t.cells])).toEqual([
      [
        '1',
        '新建城市书房3家',
        ['县文旅局', '县住建局', '县财政局'],
        [],
        [{ label: '完成时限', value: '10月底前' }],
      ],
      ['2', '改造老旧小区12个', ['县住建局'], [], [{ label: '完成时限', value: '12月底前' }]],
    ]);
  });

  it('carries a row with an empty 序号 on the numbered row above: its text, the units above, its own time', () => {
    const p = parsePlan(
      [
        '某县2026年重点民生项目清单',
        '| 序号 | 项目 | 责任单位 | 完成时限 |',
        '| 1 | 新建日间照料中心。 | 县民政局 | 6月底前 |',
        '|  | 新建老年食堂。 |  | 9月底前 |',
        '| 2 | 新建口袋公园。 | 县住建局 | 12月底前 |',
        '|  | 新建城市绿道。 | 县林业局 | 12月底前 |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.cells?.map((c) => c.value)])).toEqual([
      ['1', '新建日间照料中心', ['县民政局'], ['6月底前（新建日间照料中心）', '9月底前（新建老年食堂）']],
      ['2', '新建口袋公园', ['县住建局', '县林业局'], ['12月底前']],
    ]);
    expect(p.tasks[0]?.text).toContain('新建老年食堂');
  });

  it('takes no numbered table of people or figures for a task table (序号 | 责任单位 | 联系人)', () => {
    const p = parsePlan(
      [
        '某县2026年重点工作方案',
        '一、重点任务',
        '（一）建设城市书房。（责任单位：县文旅局）',
        '| 序号 | 责任单位 | 联系人 | 联系电话 |',
        '| 1 | 县文旅局 | 张三 | 6239325 |',
        '二、资金安排',
        '| 序号 | 投资金额 | 责任单位 |',
        '| 1 | 300万元 | 县财政局 |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.title)).toEqual(['建设城市书房']);
  });

  it('rebuilds a table copied with spaces between cells, a unit cell of two lines and prose after it', () => {
    const p = parsePlan(
      [
        '某区2025年政府工作报告重点工作任务分解表',
        '序号 重点工作任务 主要责任单位 协同配合单位',
        '一、主要预期目标',
        '1 城镇新增就业5000人。 区人社局 区发改委、各乡镇人民政府。',
        '2 税收收入增长5%。 区财政局',
        '区税务局',
        '区政府有关部门,各乡镇人民政府。',
        '3 推进 5G 基站建设。 区数据局 区经信局',
        '二、重点工作',
        '4 建设城市书房10个。 区文广旅游局',
        '以上任务每季度通报一次。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support])).toEqual([
      ['1', '城镇新增就业5000人', ['区人社局'], ['区发改委', '各乡镇人民政府']],
      ['2', '税收收入增长5%', ['区财政局', '区税务局'], ['区政府有关部门', '各乡镇人民政府']],
      ['3', '推进 5G 基站建设', ['区数据局'], ['区经信局']],
      ['4', '建设城市书房10个', ['区文广旅游局'], []],
    ]);
    expect(p.passages.map((x) => x.text).join('\n')).toContain('以上任务每季度通报一次。');
  });

  it('reads a 责任单位 cell of one unit a line in a space table with a progress column after it: all its units, no progress as a unit', () => {
    const p = parsePlan(
      [
        '某县2024年政府工作报告目标任务完成情况表',
        '序号 目标任务 责任单位 完成情况',
        '一、主要预期目标',
        '1 粮食播种面积稳定在50万亩。 县农业农村局',
        '县供销合作社',
        '县农机服务站',
        '播种面积51.2万亩，完成全年目标。',
        '2 城镇新增就业3000人。 县人社局 新增就业1650人',
        '占全年目标的55%。',
        '3 建成乡镇文化站5个。 县文旅局 已建成3个。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support])).toEqual([
      ['1', '粮食播种面积稳定在50万亩', ['县农业农村局', '县供销合作社', '县农机服务站'], []],
      ['2', '城镇新增就业3000人', ['县人社局'], []],
      ['3', '建成乡镇文化站5个', ['县文旅局'], []],
    ]);
    expect(p.tasks[0]?.text).toContain('51.2万亩');
    expect(p.tasks[1]?.text).toContain('占全年目标的55%');
  });

  it('reads a mark before a unit by the legend (带★的为牵头单位), else drops it; a merged 项目 cell is no title', () => {
    const table = [
      '某区2024年重点工作目标任务分解表',
      '序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位 |',
      '1 | 主要预期目标 | 1.地区生产总值增长5%以上。 | 张 三 | ★区发改委、统计局 |',
      ' | | 2.一般公共预算收入增长6%以上。 | | ★区财政局、税务局 |',
      ' | | 3.不发生重特大生产安全责任事故。 | | ※区应急管理局 |',
    ];
    const rows = (plan: Plan) => plan.tasks.map((t) => [t.title, t.lead, t.support]);
    expect(rows(parsePlan(table.join('\n')))).toEqual([
      ['地区生产总值增长5%以上', ['区发改委', '统计局'], []],
      ['一般公共预算收入增长6%以上', ['区财政局', '税务局'], []],
      ['不发生重特大生产安全责任事故', ['区应急管理局'], []],
    ]);
    expect(rows(parsePlan([...table, '注：带★的为牵头单位。'].join('\n')))).toEqual([
      ['地区生产总值增长5%以上', ['区发改委'], ['统计局']],
      ['一般公共预算收入增长6%以上', ['区财政局'], ['税务局']],
      ['不发生重特大生产安全责任事故', ['区应急管理局'], []],
    ]);
  });
});
