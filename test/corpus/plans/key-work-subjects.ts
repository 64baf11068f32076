import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import { byNumber, coop, division, leads, shows, target, task, who } from '../expect-from-plan';

// Two county lists of the year's key figures, where a phrase that is one item's subject also stands inside
// another item's clause: 金乡 (test/fixtures/corpus/jinxiang-key-work-2025.txt), items with (牵头单位:X); 吴江
// (test/fixtures/corpus/wujiang-key-work-table-2024.txt), a table whose 责任单位 cells list units (★区发改委、统计局)
// with no word saying which leads — so a reply shows the cell's units and names none as the sole lead. The item
// whose heading opens with the phrase is the one asked about (`研发投入占地区生产总值比重` is not about 地区生产总值).
const J: Record<number, TaskKey> = {
  1: task('地区生产总值增长6%', ['县发展和改革局']),
  2: task('一般公共预算收入增长3.5%左右', ['县财政局']),
  6: task('城乡居民人均可支配收入分别增长6%、6.5%', ['县发展和改革局']),
};
const j = (n: number) => J[n]!;

/** A 吴江 row's 责任单位, shown; a lone unit may stand as the lead, with or without the cell's ★. */
const W: Record<number, string[]> = {
  1: ['区发改委', '统计局'],
  3: ['区工信局', '统计局'],
  7: ['区科技局', '统计局'],
  9: ['区工信局', '统计局'],
};
const resp = (n: number): Expected => ({ mentions: [...W[n]!], alsoAllowed: ['钱 宇', '钱宇'] });

const jinxiang: CorpusMessage[] = [
  who('城乡居民收入增长归谁管', leads(j(6))),
  who('居民可支配收入谁抓', leads(j(6))),
  who('GDP这块哪个局牵头', leads(j(1))),
  target('地区生产总值今年增长多少', shows('6%')),
  // 收入 is the subject of two items of different leads (一般公共预算收入, 城乡居民…收入): both are listed, no lead named.
  who('收入增长这项谁负责', { none: true, mentions: [j(2).title, j(6).title] }),
  target('居民可支配收入增长目标是多少', shows('6%', '6.5%')),
];

const wujiang: CorpusMessage[] = [
  who('地区生产总值增长由谁负责', resp(1)),
  who('GDP归哪些单位', resp(1)),
  who('规上工业产值谁牵头', resp(3)),
  who('规上工业总产值这项哪个单位管', resp(3)),
  who('研发投入谁牵头', resp(7)),
  coop('规上工业总产值除了区工信局还有哪些单位', resp(3)),
  who('高新技术产业产值谁负责', resp(7)),
  target('地区生产总值增长多少', shows('5%以上')),
  target('规上工业总产值要增长多少', shows('5%左右')),
  // The cell's ★ is no part of a unit's name (no legend says what it marks); row 1's title is its own item,
  // not the 项目 cell merged over rows 1.–11.
  division('区应急管理局管哪项', {
    mentions: ['不发生重特大生产安全责任事故'],
    alsoAllowed: ['区应急管理局'],
  }),
  division('生态环境局负责什么', {
    mentions: ['主要污染物排放总量削减完成上级下达任务'],
    alsoAllowed: ['生态环境局'],
  }),
  byNumber('第1项讲的什么', { ...resp(1), mentions: ['地区生产总值增长5%以上', ...W[1]!] }),
  byNumber('说说第9项', { ...resp(9), mentions: ['工业增加值率保持基本稳定', ...W[9]!] }),
  who('生产安全事故归哪个部门', { lead: ['区应急管理局'] }),
  division('区发改委管哪些事', {
    mentions: [
      '地区生产总值增长5%以上',
      '全社会固定资产投资增长5%左右',
      '居民人均可支配收入与经济增长保持同步',
    ],
    alsoAllowed: ['区发改委'],
  }),
];

export const JINXIANG_KEY_WORK_2025: PlanCorpus = {
  id: '金乡2025责任分工',
  shape: '一、 items 1.–6. each (牵头单位:X); 二、 item 7. with 责任单位',
  files: ['test/fixtures/corpus/jinxiang-key-work-2025.txt'],
  at: '2025-04-08T10:00:00+08:00',
  singles: jinxiang,
  chats: [],
};

export const WUJIANG_KEY_WORK_TABLE_2024: PlanCorpus = {
  id: '吴江2024分解表',
  shape:
    'table (pipes): 序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位; rows 1.–11., units ★-marked, no legend',
  files: ['test/fixtures/corpus/wujiang-key-work-table-2024.txt'],
  at: '2024-04-10T10:00:00+08:00',
  singles: wujiang,
  chats: [],
};
