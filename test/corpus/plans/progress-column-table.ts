import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  division,
  items,
  leads,
  notSaid,
  owns,
  progress,
  target,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// A district's 目标任务上半年推进情况汇总表 copied from its web page as text
// (test/fixtures/corpus/tongliang-targets-progress-2025.txt): cells apart by spaces (`序号 目标任务 责任单位
// 上半年推进情况`), a 责任单位 cell of several units one a line (rows 2 and 9: no word says which leads), and the
// progress column after it, which names no unit. A row of one unit is that unit's.
const P: Record<number, TaskKey> = {
  1: task('地区生产总值增长6%以上', ['区发展改革委']),
  2: task('第一产业增加值增长5%', ['区农业农村委', '区林业局', '区供销联社', '区畜牧业发展中心']),
  3: task('规上工业增加值增长3.5%', ['区经济信息委']),
  4: task('第三产业增加值增长8%以上', ['区发展改革委']),
  7: task('社会消费品零售总额增长5.5%', ['区商务委']),
  6: task('工业投资增长12%', ['区经济信息委']),
  8: task('一般公共预算收入增长7%', ['区财政局']),
  5: task('固定资产投资增长10%', ['区发展改革委']),
  9: task('全体居民人均可支配收入增长6%', ['区发展改革委', '区人力社保局', '区农业农村委']),
  10: task('实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器', ['区科技局']),
};
/** Each row's 上半年推进情况 cell, as written. */
const CELL: Record<number, string> = {
  1: '地区生产总值同比增长2.9%。',
  2: '第一产业增加值同比增长3.4%。',
  3: '规上工业增加值同比增长0.4%。',
  5: '固定资产投资同比增长5.1%。',
  6: '工业投资同比增长23.5%。',
  8: '一般公共预算收入同比增长4.2%。',
  10: '全面启动国家高新区创建工作',
};
const q = (n: number) => P[n]!;
/** A row of several 责任单位: all shown, none as the sole lead. */
const all = (n: number, ...more: string[]): Expected => ({
  mentions: [...q(n).lead, ...more],
  alsoAllowed: q(n).lead,
});

/** How a row is going: its task and its progress cell, quoted as the plan's; its units may be named. */
const going = (n: number): Expected => ({
  mentions: [q(n).title, CELL[n] as string],
  alsoAllowed: q(n).lead,
  stated: true,
});

/** The rows under 一、经济社会发展主要预期目标: the table's aims, as the plan has no goals of its own. */
const AIMS = [1, 2, 3, 5, 6, 8, 9].map(q);
/** All nine rows, as a list of the part's items shows them with their units. */
const PART_ONE = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(q);

const tongliang: CorpusMessage[] = [
  byNumber('任务2讲什么', all(2, q(2).title)),
  byNumber('看看第九项', all(9, q(9).title)),
  byNumber('第8项内容', card(q(8))),
  who('第一产业增加值谁负责', all(2)),
  who('居民人均可支配收入增长归谁管', all(9)),
  who('规上工业增加值增长3.5%哪个单位负责', leads(q(3))),
  division('区畜牧业发展中心负责什么', owns('区畜牧业发展中心', q(2))),
  division('区人力社保局管哪项', owns('区人力社保局', q(9))),
  division('区经济信息委负责哪些任务', owns('区经济信息委', q(3), q(6))),
  unsaid('区统计局负责什么', notSaid),
  target('主要目标有哪几条', items(...AIMS)),
  target('主要预期目标有哪些', items(...AIMS)),
  // The part by its number and its heading, or by its number and another goals heading (主要目标).
  byNumber('一、主要预期目标下面几条都是啥', items(...PART_ONE)),
  byNumber('一、主要目标下面都有哪些', items(...PART_ONE)),
  progress('地区生产总值上半年完成得咋样', going(1)),
  progress('工业投资进展如何', going(6)),
  progress('第6项上半年进展', going(6)),
  progress('任务5推进情况', going(5)),
  progress('规上工业增加值完成情况', going(3)),
  progress('第一产业增加值上半年推进得怎么样', going(2)),
  progress('一般公共预算收入进度咋样', going(8)),
  progress('第10项推进情况', going(10)),
  progress('高新区创建进展怎么样', going(10)),
];

export const TONGLIANG_PROGRESS_TABLE_2025: PlanCorpus = {
  id: '铜梁推进情况汇总表(空格分隔)',
  shape:
    'table copied as text, cells apart by spaces; a unit cell one unit a line, a progress column after it',
  files: ['test/fixtures/corpus/tongliang-targets-progress-2025.txt'],
  at: '2025-10-10T10:00:00+08:00',
  singles: tongliang,
  chats: [],
};
