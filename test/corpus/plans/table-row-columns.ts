import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import { card, command, division, follow, leads, owns, target, task, who } from '../expect-from-plan';

// A development zone's 责任清单 as a markdown pipe table (test/fixtures/corpus/huoshan-devzone-duty-list-2025.txt):
// 序号 | 重点工作 | 责任领导 (a person) | 责任单位 | 完成时限 (全年 on every row). Every column of a row is the
// task's: its leader and its 完成时限 are asked of the task named in words, by number, or as a follow-up.
const R: Record<number, TaskKey> = {
  1: task('坚持服务跟着项目走', ['招商工作部', '安商工作部']),
  2: task('全力推进开发区', ['改革办']),
  3: task('持续提升园区承载能力', ['规划建设局']),
};
const LEADER: Record<number, string> = { 1: '叶林', 2: '马振明', 3: '张云峰' };
const r = (n: number) => R[n]!;

/** The row's 责任领导: named; its unit may be named beside it. */
const leaderOf = (n: number): Expected => ({
  mentions: [LEADER[n]!],
  alsoAllowed: [LEADER[n]!, ...r(n).lead],
  support: [],
});
/** The row's 完成时限 (全年): shown; its unit and leader may be named. */
const dueOf = (n: number): Expected => ({
  mentions: ['全年'],
  stated: true,
  alsoAllowed: [...r(n).lead, LEADER[n]!],
  support: [],
});

// The roster holds people of the plan's own units (责任单位 改革办, 规划建设局): they ask of their unit by its
// kind (我们局, 我们办) and record progress on the row it leads.
const REFORM = 'ou_hs_reform_head';
const PLANNING = 'ou_hs_planning_member';
const own: CorpusMessage[] = [
  division('我们局负责啥', owns('规划建设局', r(3)), { user: PLANNING }),
  division('我们办有哪些任务', owns('改革办', r(2)), { user: REFORM }),
  division('我们负责啥', owns('改革办', r(2)), { user: REFORM }),
  command(
    '进展 2 已盘活僵尸企业3家',
    {},
    { user: REFORM, effect: { progress: { task: r(2).title, text: '盘活僵尸企业3家' } } },
  ),
];

// The plan's units follow ledger items as a bureau's divisions do: a member of 改革办 registers under it
// without naming it, anyone lists its items by its name, and an item moves to the unit row 3 gives.
const LAND = '存量土地盘活进度滞后';
const ledger: CorpusMessage[] = [
  command(
    `整改 登记 ${LAND} 单位:开发区 期限:月底 金额:50万`,
    {},
    {
      user: REFORM,
      effect: { registered: { deadline: '2025-06-30', amount: 50, unit: '开发区', division: '改革办' } },
    },
  ),
  command('整改 列表 改革办', { mentions: [LAND] }),
  command(
    '整改 移交 ZG-2025-001 处室:规划建设局 理由:涉及地块水电气路网配套',
    {},
    { effect: { item: { id: 'ZG-2025-001', division: '规划建设局' } } },
  ),
  command('整改 列表 规划建设局', { mentions: [LAND] }, { user: PLANNING }),
  // An administrator of no unit naming one of the plan's units as 责任单位: that unit follows it.
  command(
    '整改 登记 配套管网验收滞后 单位:规划建设局 期限:下周五',
    {},
    { effect: { registered: { deadline: '2025-06-13', unit: '规划建设局', division: '规划建设局' } } },
  ),
];

const singles: CorpusMessage[] = [
  who('盘活存量土地那项的责任领导是谁', leaderOf(2)),
  who('水电气路网配套是哪位领导负责的', leaderOf(3)),
  who('无忧办工作机制的责任领导', leaderOf(1)),
  target('腾笼换鸟什么时候要完成', dueOf(2)),
  target('纬六路以北地块配套的完成时限', dueOf(3)),
  target('第1项啥时候完成', dueOf(1)),
];

export const HUOSHAN_ROW_COLUMNS_2025: PlanCorpus = {
  id: '霍山责任清单(责任领导与完成时限列)',
  shape: 'markdown pipe table 序号|重点工作|责任领导|责任单位|完成时限, the time column 全年',
  files: ['test/fixtures/corpus/huoshan-devzone-duty-list-2025.txt'],
  at: '2025-06-03T10:00:00+08:00',
  roster: [
    [REFORM, '改革办', '处长'],
    [PLANNING, '规划建设局', '成员'],
  ],
  singles: [...singles, ...own],
  chats: [
    { about: '本单位登记整改、按单位列表与移交', messages: ledger },
    {
      about: '任务卡后问领导、时限和牵头',
      messages: [
        follow('序号3是什么', { ...card(r(3)), alsoAllowed: [LEADER[3]!] }),
        follow('那它的责任领导呢', leaderOf(3)),
        follow('那第2项呢', leaderOf(2)),
        follow('完成时限呢', dueOf(2)),
        follow('谁牵头', { ...leads(r(2)), alsoAllowed: [LEADER[2]!] }),
      ],
    },
  ],
};
