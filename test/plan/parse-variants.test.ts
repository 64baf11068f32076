import { describe, expect, it } from 'vitest';
import { cleanLeftovers } from '../../src/plan/clean-leftovers';
import { joinLines } from '../../src/plan/join-lines';
import { declaresFirstLeads, findNotes } from '../../src/plan/parse-note';
import { parsePlan } from '../../src/plan/parse-plan';

// One variant of the genre at a time, each written as plans write it.

const units = (plan: ReturnType<typeof parsePlan>) => plan.tasks.map((t) => [t.id, t.lead, t.support]);
const noteOf = (text: string, firstLeads = false) => {
  const found = findNotes(text, firstLeads);
  return found.length > 0
    ? { lead: found.flatMap((n) => n.lead), support: found.flatMap((n) => n.support) }
    : undefined;
};

describe('markdown and HTML leftovers', () => {
  it('strips bold, heading marks, entities and tags before lines are joined', () => {
    const text = cleanLeftovers(
      '## **一、总体要求**\n### （一）指导思想\n&nbsp;&nbsp;坚持&emsp;稳中求进。<br>第二行&#12290;\n<p>__强调__文字</p>',
    );
    expect(text.split('\n')).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '坚持\u3000稳中求进。',
      '第二行。',
      '强调文字',
    ]);
  });

  it('keeps `****` and an unpaired `**` (redactions in published texts)', () => {
    expect(cleanLeftovers('“**行动”等****、“科技大脑”')).toBe('“**行动”等****、“科技大脑”');
  });

  it('ends a bold run-in heading without punctuation where the bold ends', () => {
    expect(cleanLeftovers('**（三）强化管控**5.健全机制。').split('\n')).toEqual([
      '（三）强化管控',
      '5.健全机制。',
    ]);
    expect(cleanLeftovers('**（一）加强领导。**成立专班。')).toBe('（一）加强领导。成立专班。');
  });

  it('turns tab-separated and markdown rows into pipe rows, numbering followed by a tab into a heading', () => {
    expect(cleanLeftovers('序号\t任务\t责任单位\n|---|---|---|\n一、\t总体要求').split('\n')).toEqual([
      '| 序号 | 任务 | 责任单位 |',
      '一、总体要求',
    ]);
  });
});

describe('headings and numbering', () => {
  it('reads indented headings on their own line and headings run into their paragraph alike', () => {
    const own = parsePlan(
      '某方案\n  二、重点任务\n    （一）推进甲\n    1.做甲。落实甲。（市甲局负责）\n    （二）推进乙\n    1.做乙。（市乙局负责）\n',
    );
    const run = parsePlan(
      '某方案\n二、重点任务\n（一）推进甲。1.做甲。落实甲。（市甲局负责）\n（二）推进乙。\n1.做乙。（市乙局负责）\n',
    );
    expect(units(own)).toEqual([
      ['1.1', ['市甲局'], []],
      ['2.1', ['市乙局'], []],
    ]);
    expect(units(run).map((u) => u[1])).toEqual([['市甲局'], ['市乙局']]);
    expect(own.tasks[0]?.section).toBe('推进甲');
  });

  it('numbers items within their section whether the plan restarts or runs on', () => {
    const restart = parsePlan(
      '二、主要任务\n（一）甲\n1.甲一。（市甲局负责）\n2.甲二。（市甲局负责）\n（二）乙\n1.乙一。（市乙局负责）\n',
    );
    const runOn = parsePlan(
      '二、主要任务\n（一）甲\n1.甲一。（市甲局负责）\n2.甲二。（市甲局负责）\n（二）乙\n3.乙一。（市乙局负责）\n',
    );
    expect(restart.tasks.map((t) => [t.id, t.clause])).toEqual([
      ['1.1', '二(一)1'],
      ['1.2', '二(一)2'],
      ['2.1', '二(二)1'],
    ]);
    expect(runOn.tasks.map((t) => [t.id, t.clause])).toEqual([
      ['1.1', '二(一)1'],
      ['1.2', '二(一)2'],
      ['2.1', '二(二)3'],
    ]);
  });

  it('reads ⑴…⒇ as the (1) numbering: items under 1. under (一), each with its note, titled by its own text', () => {
    const p = parsePlan(
      [
        '某省落实规划任务分工的通知',
        '一、主要任务分工',
        '（一）主要指标。',
        '1.预期性指标。',
        '⑴城镇新增就业每年40万人。',
        '责任单位：省人力资源社会保障厅。',
        '⑵粮食产量稳定在400亿斤。',
        '牵头单位：省农业厅。',
        '责任单位：省农业厅、省粮食局等。',
        '⑾高速公路通车里程达到5000公里。',
        '责任单位：省交通厅。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.lead, t.support])).toEqual([
      ['⑴', '城镇新增就业每年40万人', ['省人力资源社会保障厅'], []],
      ['⑵', '粮食产量稳定在400亿斤', ['省农业厅'], ['省粮食局']],
      ['⑾', '高速公路通车里程达到5000公里', ['省交通厅'], []],
    ]);
  });

  it('keeps a leader named on a line of its own or in a 责任领导 column as the task’s leader, never a unit', () => {
    const prose = parsePlan(
      [
        '某县2025年重点工作任务分工',
        '一、重点任务',
        '1.建设县域物流中心。',
        '牵头负责领导：王五',
        '牵头单位：县商务局。',
        '2.改造农村公路50公里。',
        '牵头单位：县交通局。',
      ].join('\n'),
    );
    expect(prose.tasks.map((t) => [t.lead, t.leader])).toEqual([
      [['县商务局'], { label: '牵头负责领导', name: '王五' }],
      [['县交通局'], undefined],
    ]);
    const table = parsePlan(
      [
        '某县2025年重点工作任务分解表',
        '序号\t工作任务\t牵头单位\t配合单位\t责任领导',
        '1\t建设县域物流中心。\t县商务局\t县交通局\t赵六',
        '2\t改造农村公路50公里。\t县交通局\t\t',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.lead, t.support, t.leader])).toEqual([
      [['县商务局'], ['县交通局'], { label: '责任领导', name: '赵六' }],
      [['县交通局'], [], undefined],
    ]);
  });

  it('makes sub-items tasks only when each carries its own note', () => {
    const own = parsePlan(
      '二、重点任务\n（一）甲\n1.总项。\n（1）子一。（市甲局负责）\n（2）子二。（市乙局牵头，市丙局配合）\n2.另项。（市丁局负责）\n',
    );
    expect(own.tasks.map((t) => [t.id, t.clause, t.lead, t.support])).toEqual([
      ['1.1.1', '二(一)1(1)', ['市甲局'], []],
      ['1.1.2', '二(一)1(2)', ['市乙局'], ['市丙局']],
      ['1.2', '二(一)2', ['市丁局'], []],
    ]);
    const shared = parsePlan(
      '二、重点任务\n（一）甲\n1.总项。\n（1）子一。\n（2）子二。\n（牵头单位：市甲局；配合单位：市乙局）\n',
    );
    expect(shared.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.1', ['市甲局'], ['市乙局']]]);
    expect(shared.tasks[0]?.text).toContain('子二');
  });

  it('reads a note written in the heading itself', () => {
    const p = parsePlan(
      '二、重点任务\n（一）推进一网通办（牵头单位：市数据局；配合单位：市财政局）\n完善平台。\n（二）推进一证通办（市公安局负责）。推广电子证照。\n',
    );
    expect(p.tasks.map((t) => [t.id, t.title, t.lead, t.support])).toEqual([
      ['1', '推进一网通办', ['市数据局'], ['市财政局']],
      ['2', '推进一证通办', ['市公安局'], []],
    ]);
    expect(p.tasks[0]?.text).toContain('完善平台');
  });

  it('makes each unnumbered paragraph with its own note a task', () => {
    const p = parsePlan(
      '二、重点任务\n（一）甲\n做甲事。（市甲局负责）\n做乙事。（市乙局负责）\n做丙事。\n（市丙局负责）\n',
    );
    expect(p.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['市甲局']],
      ['1.2', ['市乙局']],
      ['1.3', ['市丙局']],
    ]);
  });

  it('keeps goals and principles of 总体要求 as text when only a target there carries a note', () => {
    const p = parsePlan(
      '一、总体要求\n（一）基本原则\n1.坚持党的领导。\n2.坚持以人民为中心。\n（二）主要目标\n——推动甲。到2027年基本建成。\n1.地区生产总值增长6%。（牵头单位：市发改委）\n二、重点任务\n（一）甲。做甲事。（市甲局负责）\n',
    );
    expect(p.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['2', ['市发改委']],
      ['1', ['市甲局']],
    ]);
    expect(p.goals.map((g) => g.title)).toEqual(['推动甲']);
    expect(p.passages.map((x) => x.text)).toContain('1.坚持党的领导。');
  });

  it('finds tasks in a plan whose parts are topics (no part is named 重点任务)', () => {
    const p = parsePlan(
      '一、加强党建\n（一）学习。（责任处室：办公室）\n二、做好审计\n（二）财政审计。（责任处室：财政处）\n',
    );
    expect(p.tasks.map((t) => [t.id, t.clause, t.lead])).toEqual([
      ['1.1', '一(一)', ['办公室']],
      ['2.2', '二(二)', ['财政处']],
    ]);
  });
});

describe('notes', () => {
  it.each([
    ['（牵头单位：市发改委；配合单位：市财政局、市审计局）', ['市发改委'], ['市财政局', '市审计局']],
    ['(牵头单位:市发改委,配合单位:市财政局)', ['市发改委'], ['市财政局']],
    ['【责任单位：市数据局】', ['市数据局'], []],
    [
      '[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]',
      ['县发改局(粮食局)'],
      ['各镇人民政府', '嘉鱼经济开发区'],
    ],
    ['［牵头单位：市财政局］', ['市财政局'], []],
    [
      '〔责任单位：省发展改革委、省商务厅按职责分工负责。具体任务均涉及各市政府，不再做分工，下同。〕',
      ['省发展改革委', '省商务厅'],
      [],
    ],
    ['（市教育局牵头，市财政局、市人力社保局配合）', ['市教育局'], ['市财政局', '市人力社保局']],
    ['（市发改委负责，市财政局配合）', ['市发改委'], ['市财政局']],
    ['（市应急管理局会同市委编办负责）', ['市应急管理局'], ['市委编办']],
    ['（市教育局（牵头）、市建设局）', ['市教育局'], ['市建设局']],
    ['（市发改委牵头，各有关部门按职责分工负责）', ['市发改委'], ['各有关部门']],
    ['（责任单位：各区、县（市）政府，市级有关部门）', ['各区、县（市）政府', '市级有关部门'], []],
    ['（责任单位：省经信厅，各市、县〔市、区〕政府）', ['省经信厅', '各市、县〔市、区〕政府'], []],
    ['（市农业农村局、市卫生健康委等有关部门负责）', ['市农业农村局', '市卫生健康委', '有关部门'], []],
    ['（牵头单位：省科技厅；责任单位：省发展改革委、省教育厅）', ['省科技厅'], ['省发展改革委', '省教育厅']],
    ['（预期性指标，牵头单位：市发改委；责任单位：市统计局）', ['市发改委'], ['市统计局']],
    ['（牵头：县应急管理局；配合：县委组织部）', ['县应急管理局'], ['县委组织部']],
    ['（市司法局负责，2026年底前完成）', ['市司法局'], []],
    ['（责任单位：市建设局、市综合执法局，排名不分先后）', ['市建设局', '市综合执法局'], []],
    ['（市发改委、市科技局分别牵头，市经信局等部门配合）', ['市发改委', '市科技局'], ['市经信局']],
    ['（牵头单位：市经信局；牵头领导：张三；完成时限：2026年6月）', ['市经信局'], []],
    [
      '（省发展改革委、省经信厅等省级有关单位和各设区市政府按职责分工负责）',
      ['省发展改革委', '省经信厅', '省级有关单位', '各设区市政府'],
      [],
    ],
    ['（市发改委、市经信局（按职责分工））', ['市发改委', '市经信局'], []],
    ['（市发改委牵头、市财政局配合）', ['市发改委'], ['市财政局']],
  ])('%s', (note, lead, support) => {
    expect(noteOf(`落实某项工作。${note}`)).toEqual({ lead, support });
  });

  it('reads every unit as lead where a 责任单位 list says （分别牵头）, though the first listed leads elsewhere', () => {
    expect(noteOf('责任单位：区教育局、区发改局、区住建局（分别牵头）', true)).toEqual({
      lead: ['区教育局', '区发改局', '区住建局'],
      support: [],
    });
    expect(noteOf('责任单位：区教育局、区发改局、区住建局', true)).toEqual({
      lead: ['区教育局'],
      support: ['区发改局', '区住建局'],
    });
  });

  it('reads a labelled note without brackets at the end of a paragraph or on its own line', () => {
    expect(noteOf('推进某事。牵头单位：市发改委；配合单位：市财政局。')).toEqual({
      lead: ['市发改委'],
      support: ['市财政局'],
    });
    const p = parsePlan(
      '二、重点任务\n（一）甲\n推进某事。\n牵头单位：区数据局\n配合单位：区财政局\n（二）乙\n推进乙事。\n责任单位：区民政局\n',
    );
    expect(units(p)).toEqual([
      ['1', ['区数据局'], ['区财政局']],
      ['2', ['区民政局'], []],
    ]);
  });

  it('reads 牵头单位 and 责任单位 on two lines as one note: the 责任单位 support', () => {
    const p = parsePlan('一、主要目标\n1.增长6%。\n牵头单位：区发改局\n责任单位：各街道，区税务局\n');
    expect(units(p)).toEqual([['1', ['区发改局'], ['各街道', '区税务局']]]);
  });

  it('reads labels of two role words on lines of their own after each item; a leader named is no unit', () => {
    const p = parsePlan(
      '某市人民政府关于2020年重点工作及责任分解的通知\n一、主要目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:张三。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、某某海关、某开发区管委会等,各县、市、区政府。\n2. 粮食产量稳定。\n责任领导:李四。\n主要责任单位:市农业农村局\n协同配合单位:市粮食和储备局\n',
    );
    expect(units(p)).toEqual([
      ['1', ['市发展改革委'], ['市经信局', '某某海关', '某开发区管委会', '各县、市、区政府']],
      ['2', ['市农业农村局'], ['市粮食和储备局']],
    ]);
    expect(p.tasks.map((t) => t.title)).toEqual(['地区生产总值增长8%以上', '粮食产量稳定']);
  });
  it('does not take an aside in the body for a note, nor a title suffix', () => {
    expect(noteOf('推进改革（2021—2025年），落实责任。')).toBeUndefined();
    expect(noteOf('某某管理办法（试行）')).toBeUndefined();
    expect(noteOf('关注资金（含专项资金）使用。')).toBeUndefined();
  });

  it('mends a note broken by a page: page number and running header between its halves', () => {
    const text = [
      '某局文件',
      '某市工作方案',
      '二、重点任务',
      '（一）推进甲。落实甲项工作。（牵头单位：市交通',
      '- 3 -',
      '某局文件',
      '运输局；配合单位：市公安局）',
      '（二）推进乙。落实乙项工作。（市乙局负责）',
      '某局文件',
    ].join('\n');
    expect(joinLines(text)).toContain(
      '（一）推进甲。落实甲项工作。（牵头单位：市交通运输局；配合单位：市公安局）',
    );
    expect(units(parsePlan(text))[0]).toEqual(['1', ['市交通运输局'], ['市公安局']]);
  });
});

describe('the first-unit-leads convention', () => {
  it.each([
    '各项任务中列第一位者为牵头单位',
    '排在第一位的部门为牵头部门',
    '多个单位的，第一个为牵头单位',
    '排名第一的为牵头单位',
    '列首位的为牵头单位',
    '牵头单位为排在第一位的单位',
  ])('is declared by %s', (sentence) => {
    expect(declaresFirstLeads(`说明：${sentence}，其余为配合单位。`)).toBe(true);
  });

  it('is not declared by ordinary text', () => {
    expect(declaresFirstLeads('第一批试点由市发改委牵头。各牵头单位要加强协调。')).toBe(false);
  });

  it('declared inside the first note, it applies there and below, and that note still names its units', () => {
    const p = parsePlan(
      '二、重点任务\n1.甲。（市建设局、市发改委、市自然资源规划局负责，排在第一位的部门为牵头部门，下同）\n2.乙。（市建设局、市财政局）\n',
    );
    expect(units(p)).toEqual([
      ['1', ['市建设局'], ['市发改委', '市自然资源规划局']],
      ['2', ['市建设局'], ['市财政局']],
    ]);
  });

  it('without it, every unit a note lists leads', () => {
    expect(units(parsePlan('二、重点任务\n1.甲。（市建设局、市财政局负责）\n'))).toEqual([
      ['1', ['市建设局', '市财政局'], []],
    ]);
  });
});

describe('task tables', () => {
  it('reads one task a row, lead and support from the unit columns', () => {
    const p = parsePlan(
      '二、重点任务\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| 1 | 推进甲 | 市甲局 | 市乙局、市丙局 | 2026年底 |\n| 2 | 推进乙 | 市乙局 | / | 2026年6月 |\n',
    );
    expect(p.tasks.map((t) => [t.id, t.title, t.lead, t.support])).toEqual([
      ['1', '推进甲', ['市甲局'], ['市乙局', '市丙局']],
      ['2', '推进乙', ['市乙局'], []],
    ]);
  });

  it('reads a single 责任单位 column as a note: by the convention when declared, else all lead', () => {
    const rows = '| 序号 | 工作任务 | 责任单位 |\n| 1 | 推进甲 | 市甲局、市乙局 |\n';
    expect(units(parsePlan(`附表\n${rows}`))[0]?.slice(1)).toEqual([['市甲局', '市乙局'], []]);
    expect(units(parsePlan(`附表（排名第一的为牵头单位）\n${rows}`))[0]?.slice(1)).toEqual([
      ['市甲局'],
      ['市乙局'],
    ]);
  });

  it('carries the header over a category row and a page break, and skips the category row', () => {
    const p = parsePlan(
      '某表\n| 序号 | 项目名称 | 牵头单位 | 配合单位 |\n一、教育\n| 1 | 建学校 | 县教育局 | 县财政局 |\n- 2 -\n| 2 | 建医院 | 县卫健局 | 各乡镇（街道） |\n| 二、民生 | 二、民生 | 二、民生 | 二、民生 |\n| 3 | 建公园 | 县建设局 | — |\n',
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.support])).toEqual([
      ['建学校', ['县教育局'], ['县财政局']],
      ['建医院', ['县卫健局'], ['各乡镇（街道）']],
      ['建公园', ['县建设局'], []],
    ]);
  });

  it('reads a two-row header (责任单位 over 牵头单位 | 配合单位) by its lower row', () => {
    const p = parsePlan(
      '某方案\n<table><tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr><tr><td>1</td><td>推进甲</td><td>市甲局</td><td>市乙局、市丙局</td></tr></table>',
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.support])).toEqual([
      ['推进甲', ['市甲局'], ['市乙局', '市丙局']],
    ]);
  });

  it('rebuilds a web table copied one cell a line', () => {
    const lines = [
      '清单',
      '序号',
      '工作内容',
      '牵头单位',
      '1',
      '做甲事。',
      '市甲局',
      '2',
      '做乙事。',
      '市乙局、市丙局',
      '二、说明',
    ];
    expect(cleanLeftovers(lines.join('\n\n')).split('\n')).toEqual([
      '清单',
      '| 序号 | 工作内容 | 牵头单位 |',
      '| 1 | 做甲事。 | 市甲局 |',
      '| 2 | 做乙事。 | 市乙局、市丙局 |',
      '二、说明',
    ]);
  });
});

describe('title, period and id', () => {
  it('skips attachment labels, document numbers, red headers and dates for the title', () => {
    const p = parsePlan(
      '附件1\n某某局文件\n某发〔2026〕12号\n2026年1月5日\n某市2026年度审计工作要点\n一、总体要求\n',
    );
    expect(p.title).toBe('某市2026年度审计工作要点');
    expect(p.id).toBe('2026');
  });

  it('names the plan a notice issues, and joins a period on the line after the title', () => {
    expect(parsePlan('某市人民政府关于印发《某市数字经济发展规划》的通知\n一、甲\n').title).toBe(
      '某市数字经济发展规划',
    );
    const p = parsePlan('某市养老服务三年行动计划\n（2024-2026年）\n一、甲\n');
    expect(p.title).toBe('某市养老服务三年行动计划（2024-2026年）');
    expect(p.period).toEqual({ from: 2024, to: 2026 });
    expect(p.id).toBe('2024-2026');
  });

  it('reads a title line written in 《》 as the name inside them, its year as the period', () => {
    const p = parsePlan(
      '《2025年区政府工作报告目标任务上半年推进情况汇总表》\n时间:2025-09-19 来源:政府办\n2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位\n',
    );
    expect(p.title).toBe('2025年区政府工作报告目标任务上半年推进情况汇总表');
    expect(p.period).toEqual({ from: 2025, to: 2025 });
  });

  it('takes the title from the 特制定 sentence when no line names it, and 十五五 as 2026—2030', () => {
    const p = parsePlan('为推动发展，特制定《某市“十五五”审计工作发展规划实施方案》。\n一、总体要求\n');
    expect(p.title).toBe('某市“十五五”审计工作发展规划实施方案');
    expect(p.period).toEqual({ from: 2026, to: 2030 });
  });

  it('reads the period from the text when the title has none, but not from a target year or a date', () => {
    expect(parsePlan('某某方案\n本方案实施期为2026—2028年。\n一、甲\n').period).toEqual({
      from: 2026,
      to: 2028,
    });
    expect(parsePlan('某某方案\n到2027年，基本建成。\n某局\n2026年3月1日\n').period).toBeUndefined();
    expect(parsePlan('某某方案\n到2027年，基本建成。\n').id).toBe('某某方案');
  });

  it('never takes the period of a document the plan cites, in its preamble or its title', () => {
    const cited =
      '某市城市更新实施方案\n根据《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》《某省城市更新“十四五”规划》和《某市住房发展规划（2021—2025年）》，制定本方案。\n一、主要目标\n到2027年，完成老旧小区改造100个。\n';
    expect(parsePlan(cited).period).toBeUndefined();
    expect(parsePlan('贯彻落实《某省“十四五”数字政府规划》实施方案\n一、甲\n').period).toBeUndefined();
    // A five-year plan named outside 《》 is the plan's own only where a sentence speaks of its term.
    expect(
      parsePlan('某市养老服务规划\n为贯彻“十四五”规划精神，制定本规划。\n一、甲\n').period,
    ).toBeUndefined();
    expect(parsePlan('某市养老服务规划\n本规划期为“十五五”时期。\n一、甲\n').period).toEqual({
      from: 2026,
      to: 2030,
    });
  });

  it('reads a three-year action plan’s period from its own 到20XX年 target', () => {
    const p = parsePlan(
      '某市数字经济三年行动计划\n根据《某省数字经济发展“十四五”规划》，制定本计划。\n一、主要目标\n到2026年，数字经济核心产业增加值达到500亿元。\n二、重点任务\n（一）做甲事。（市经信局负责）\n',
    );
    expect(p.period).toEqual({ from: 2024, to: 2026 });
    expect(p.id).toBe('2024-2026');
  });
});

describe('indicators in other layouts', () => {
  it('reads 指标名称 and 目标值 columns and refs 5-1, 5-2 under one 序号', () => {
    const p = parsePlan(
      '一、主要目标\n| 序号 | 一级指标 | 指标名称 | 2030年目标值 | 属性 |\n| 4 | 民生 | 养老床位数 | 1万张 | 预期性 |\n| 5 | 生态 | 空气优良率 | 92% | 约束性 |\n| 地表水达标率 | 100% | 约束性 |\n',
    );
    expect(p.indicators.map((i) => [i.ref, i.category, i.name, i.target])).toEqual([
      ['4', '民生', '养老床位数', '1万张'],
      ['5-1', '生态', '空气优良率', '92%'],
      ['5-2', '生态', '地表水达标率', '100%'],
    ]);
  });
});

describe('more of what copies carry', () => {
  it('drops a table of contents and reads full-width digits, 1） items and layout spaces', () => {
    const p = parsePlan(
      '某方案\n目  录\n二、重点任务……………２\n二、重点任务\n（一）、甲\n１．做  甲  事  情  好。（市甲局负责）\n（二）乙\n1）做乙事。（市乙局负责）\n',
    );
    expect(p.tasks.map((t) => [t.id, t.title, t.lead])).toEqual([
      ['1.1', '做甲事情好', ['市甲局']],
      ['2.1', '做乙事', ['市乙局']],
    ]);
  });

  it('reads a table used for layout (one column, a table inside) as the text it holds', () => {
    const text = cleanLeftovers(
      '<table><tr><td><p>二、重点任务</p><table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>做甲</td><td>市甲局</td></tr></table><p>1.做乙。（市乙局负责）</p></td></tr></table>',
    );
    expect(text.split('\n')).toEqual([
      '二、重点任务',
      '| 序号 | 任务 | 牵头单位 |',
      '| 1 | 做甲 | 市甲局 |',
      '1.做乙。（市乙局负责）',
    ]);
  });

  it('numbers the items of Word automatic lists by depth', () => {
    const text = cleanLeftovers(
      '<p>二、重点任务</p><ol><li>做甲事。（市甲局负责）<ol><li>子项。</li></ol></li><li>做乙事。</li></ol>',
    );
    expect(text.split('\n')).toEqual([
      '二、重点任务',
      '1.做甲事。（市甲局负责）',
      '（1）子项。',
      '2.做乙事。',
    ]);
  });
});

describe('robustness', () => {
  it('never throws on random mixtures of the genre’s pieces, markup and tables', () => {
    const pieces = [
      '一、',
      '（一）',
      '1.',
      '（1）',
      '①',
      '序号',
      '|',
      '\t',
      '\n',
      '**',
      '#',
      '<table>',
      '<tr>',
      '<td>',
    ];
    pieces.push(
      '</td>',
      '</tr>',
      '<br>',
      '&nbsp;',
      '责任单位：',
      '牵头单位:',
      '配合单位：',
      '市发改委',
      '、',
      '，',
    );
    pieces.push(
      '。',
      '（',
      '）',
      '〔',
      '〕',
      '【',
      '】',
      '负责',
      '牵头',
      '同上',
      '列第一位的为牵头单位',
      '附件',
      '——',
    );
    pieces.push(
      '重点任务',
      '保障措施',
      '2026年',
      '\u3000\u3000',
      '- 3 -',
      '……3',
      '１．',
      '1）',
      '等有关部门',
      '各区、县（市）',
    );
    let seed = 11;
    for (let k = 0; k < 100; k++) {
      const text = Array.from({ length: 300 }, () => {
        seed = (seed * 48271) % 2147483647;
        return pieces[seed % pieces.length];
      }).join('');
      expect(() => parsePlan(text)).not.toThrow();
    }
  });
});

describe("the plan's own numbering", () => {
  it('keeps how the plan numbers each task and every heading that holds tasks', () => {
    const p = parsePlan(
      [
        '某市审计工作实施方案',
        '一、主要任务',
        '（一）做实政策跟踪审计',
        '1.聚焦重大战略实施。开展跟踪审计。（牵头处室：秘书处）',
        '2.聚焦惠民惠企政策。关注政策落实。（牵头处室：企业审计处）',
        '（二）深化财政审计',
        '3.推进预算执行审计全覆盖。',
        '（1）做好市本级预算执行审计。（牵头处室：财政审计处）',
        '（2）开展部门预算执行审计。（牵头处室：行政事业审计处）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.id, t.number])).toEqual([
      ['1.1', '1.'],
      ['1.2', '2.'],
      ['2.1.1', '（1）'],
      ['2.1.2', '（2）'],
    ]);
    expect(p.sections.map((s) => [s.number, s.title, s.taskIds])).toEqual([
      ['一、', '主要任务', ['1.1', '1.2', '2.1.1', '2.1.2']],
      ['（一）', '做实政策跟踪审计', ['1.1', '1.2']],
      ['（二）', '深化财政审计', ['2.1.1', '2.1.2']],
      ['3.', '推进预算执行审计全覆盖', ['2.1.1', '2.1.2']],
    ]);
  });

  it('reads a plan numbered by articles (第N条), each article its own clause, a closing article no task', () => {
    const p = parsePlan(
      [
        '某市促进民营经济发展若干措施',
        '为激发民营经济活力，制定以下措施。',
        '第一条 降低企业用地成本。按基准地价的70%确定起始价。（责任单位：市自然资源局）',
        '第二条 减轻企业融资负担。设立应急转贷资金。（责任单位：市财政局、市金融办）',
        '第三条 本措施由市发展改革委负责解释，自印发之日起施行。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.clause, t.title, t.lead])).toEqual([
      ['第一条', '第一条', '降低企业用地成本', ['市自然资源局']],
      ['第二条', '第二条', '减轻企业融资负担', ['市财政局', '市金融办']],
    ]);
  });
});

describe('text that belongs to no task', () => {
  it('never merges a closing paragraph after the last numbered item into that task, nor gives it its units', () => {
    const p = parsePlan(
      [
        '某市养老服务体系建设实施方案',
        '一、主要任务',
        '（一）完善居家养老服务。推进居家养老服务中心建设。（责任单位：市民政局）',
        '（二）加强养老人才队伍建设。开展养老护理员培训。（责任单位：市人力社保局）',
        '市财政局要统筹安排资金。各地要建立评估考核机制，每年对实施情况进行评估。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.text)).toEqual([
      '推进居家养老服务中心建设。（责任单位：市民政局）',
      '开展养老护理员培训。（责任单位：市人力社保局）',
    ]);
    expect(p.passages.map((x) => x.text)).toContain(
      '市财政局要统筹安排资金。各地要建立评估考核机制，每年对实施情况进行评估。',
    );
  });

  it('keeps the text after a note that stands in the task heading itself', () => {
    const p = parsePlan(
      [
        '某市方案',
        '一、主要任务',
        '（一）推进一网通办（牵头单位：市数据局）',
        '完善一体化政务服务平台。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.text)).toEqual([
      '（一）推进一网通办（牵头单位：市数据局）\n完善一体化政务服务平台。',
    ]);
  });
});

describe('titles under issuing bodies', () => {
  it('takes the notice over the issuing offices and the first signing body', () => {
    const p = parsePlan(
      [
        '中共某某市委办公室',
        '某某市人民政府办公室',
        '关于印发《某某市数字乡村建设行动方案（2024—2026年）》的通知',
        '各区、县（市）党委和人民政府，市级各部门：',
        '现将《某某市数字乡村建设行动方案（2024—2026年）》印发给你们，请认真贯彻落实。',
        '一、重点任务',
        '（一）发展智慧农业。推广物联网技术。（责任单位：市农业农村局）',
      ].join('\n'),
    );
    expect(p.title).toBe('某某市数字乡村建设行动方案（2024—2026年）');
    expect(p.period).toEqual({ from: 2024, to: 2026 });
  });

  it('joins a title broken over three lines, its bracketed remark included', () => {
    expect(parsePlan('某市关于进一步\n优化营商环境的\n若干措施（试行）\n一、甲\n').title).toBe(
      '某市关于进一步优化营商环境的若干措施（试行）',
    );
  });
});

describe('goals stated in sentences', () => {
  it('reads 到20XX年…达到… as a goal and each measured clause as an indicator', () => {
    const p = parsePlan(
      [
        '某市养老服务实施方案',
        '一、总体要求',
        '到2027年，全市养老服务床位达到3万张，护理型床位占比达到60%以上。',
        '二、主要任务',
        '（一）完善居家养老服务。推进中心建设。（责任单位：市民政局）',
      ].join('\n'),
    );
    expect(p.goals.map((g) => g.title)).toEqual(['全市养老服务床位达到3万张，护理型床位占比达到60%以上']);
    expect(p.indicators.map((i) => [i.ref, i.name, i.target])).toEqual([
      ['1', '全市养老服务床位', '达到3万张'],
      ['2', '护理型床位占比', '达到60%以上'],
    ]);
  });
});
