import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  coop,
  cooperators,
  division,
  follow,
  greeting,
  hello,
  items,
  leads,
  noFigure,
  notSaid,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A city's three-year action plan for investment (test/fixtures/corpus/shaoxing-effective-investment-2025-2027.txt),
// in use beside the bureau's 2021—2025 plan: 一、总体要求 with the targets to 2027, 二、主要任务 in sections
// （一）…（三） whose items 1.…6. number on across them, 三、保障措施. Each item ends with
// （牵头单位：…；配合单位：…；完成时限：…）; item 4 has no 完成时限. Its units are city departments named in full
// (市发展改革委, 市投资促进局, 市人力社保局), which people shorten (发改委, 投促局, 人社局). Keys from the notes:
const P: Record<number, TaskKey> = {
  1: task('加快重大项目前期工作', ['市发展改革委'], ['市自然资源规划局', '市生态环境局']),
  2: task('强化项目用地用林保障', ['市自然资源规划局'], ['市发展改革委', '市建设局']),
  3: task('开展产业链精准招商', ['市投资促进局'], ['市经信局', '市商务局']),
  4: task('优化外资项目服务', ['市商务局'], ['市投资促进局']),
  5: task('拓宽民间投资领域', ['市发展改革委'], ['市工商联']),
  6: task('加强项目建设人才保障', ['市人力社保局'], ['市委人才办', '市住房公积金中心']),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the running items, and the mixed part/section numbering people use (第二部分(一), 二(二)1 for the
  // first item of 二(二), 第二部分第3条).
  byNumber('第5项谁负责', leads(k(5))),
  byNumber('第二部分(一)讲什么', items(k(1), k(2))),
  byNumber('二(二)1谁牵头', leads(k(3))),
  byNumber('第二部分第3条谁牵头', leads(k(3))),
  byNumber('二（三）', items(k(5), k(6))),
  byNumber('二(三)2是什么', card(k(6))),

  // 处室管什么: the departments by their everyday short forms, from the notes' own names.
  division('发改委牵头哪些', owns('市发展改革委', k(1), k(5))),
  division('市发改委负责什么', owns('市发展改革委', k(1), k(5))),
  division('投促局负责什么', owns('市投资促进局', k(3))),
  division('人社局牵头什么', owns('市人力社保局', k(6))),
  division('商务局管哪些', owns('市商务局', k(4))),
  yn('产业链精准招商是发改委牵头吗', yesNo(k(3), '市发展改革委', false)),
  yn('民间投资领域是发改委负责的吗', yesNo(k(5), '市发展改革委', true)),

  // 谁牵头 and 谁配合 asked as people do.
  who('重大项目储备库由谁负责', leads(k(1))),
  who('拿地即开工谁牵头', leads(k(2))),
  who('外资服务专员制度归哪个单位', leads(k(4))),
  who('专班办公室设在哪个单位', { role: '市发展改革委' }),
  // 三(一) names the 专班's office only (专班办公室设在市发展改革委): its 组长 or 办公室主任 is not named.
  unsaid('专班组长是谁', notSaid),
  unsaid('专班办公室主任是谁', notSaid),
  coop('除了市投资促进局还有谁参与精准招商', cooperators(k(3))),
  coop('第6项有配合单位吗', cooperators(k(6))),
  coop('人才安居政策谁协助', cooperators(k(6))),

  // 目标与指标: a task's 完成时限 from its note, the goal's figures to 2027.
  target('产业链精准招商什么时候完成', shows('2026年6月底')),
  target('拓宽民间投资领域截止时间', shows('2025年12月底')),
  target('人才保障哪一年完成', shows('2026年底')),
  target('第1项的完成时限', shows('2027年底')),
  target('重大项目前期工作啥时候完成', shows('2027年底')),
  target('到2027年民间投资比重要达到多少', shows('55%')),
  target('固定资产投资年均增长多少', shows('6%以上')),
  target('每年引进多少产业项目', shows('30个')),

  hello('@审计助手 在吗', greeting),

  // 方案未写明
  unsaid('第7项是什么', notSaid),
  unsaid('外资项目服务什么时候完成', notSaid),
  unsaid('消费券发放谁负责', notSaid),
  unsaid('重大项目审计谁牵头', notSaid),
  unsaid('政府专项债券发行谁负责', notSaid),

  // Round 6: the plan's verbs said otherwise (增加 for 新增, 提高 for 达到), a department by one word of its
  // two-word field (自然资源局, 规划局 of 市自然资源规划局), and what it lacks.
  target('储备项目每年增加多少', shows('200个以上')),
  target('推介给民间资本的项目每年多少个', shows('100个')),
  target('职业技能培训多少人次', shows('1万人次')),
  who('增加储备项目谁负责', leads(k(1))),
  who('推进拿地即开工谁负责', leads(k(2))),
  division('自然资源局负责什么', owns('市自然资源规划局', k(2), k(1))),
  division('规划局牵头哪些', owns('市自然资源规划局', k(2), k(1))),
  unsaid('新增外资企业多少家', noFigure),
  unsaid('提高土地出让收入谁负责', notSaid),

  // Round R2b: whether a unit takes part at all (有份, 要参与, 在里面), answered with its role; 对吧 / 的吧; a
  // task by its number in a yes/no; a choice naming a unit the plan does not list (税务局).
  yn('民间投资领域市工商联有份吗', yesNo(k(5), '市工商联', true)),
  yn('建设局要参与项目用地保障吗', yesNo(k(2), '市建设局', true)),
  yn('生态环境局参与产业链精准招商吗', yesNo(k(3), '市生态环境局', false)),
  yn('精准招商归市投资促进局对吧', yesNo(k(3), '市投资促进局', true)),
  yn('外资项目服务是商务局的吧', yesNo(k(4), '市商务局', true)),
  yn('第4项是商务局牵头的吧', yesNo(k(4), '市商务局', true)),
  yn('第1项是自然资源规划局牵头吗', yesNo(k(1), '市自然资源规划局', false)),
  yn('产业链精准招商是投促局还是税务局', leads(k(3))),
  coop('第三项配合的有哪些局', cooperators(k(3))),
];

/** An administrator with no division records on tasks led by city departments. */
const commands: CorpusMessage[] = [
  command(
    '进展 5 本月推介项目12个',
    {},
    { effect: { progress: { task: k(5).title, text: '本月推介项目12个' } } },
  ),
  command(
    '整改 登记 招商项目落地慢 单位:市投资促进局 期限:2026-12-31 任务:（二）3',
    {},
    { effect: { registered: { deadline: '2026-12-31', unit: '市投资促进局', task: k(3).title } } },
  ),
  command(
    '整改 登记 储备项目不足 单位:市发展改革委 期限:年底 任务:1',
    {},
    { effect: { registered: { deadline: '2026-12-31', unit: '市发展改革委', task: k(1).title } } },
  ),
];

export const EFFECTIVE_INVESTMENT_2025_2027: PlanCorpus = {
  id: '扩大有效投资行动方案',
  shape:
    '一、二、三、; (一)…(三) with items 1.…6. running across; notes with 完成时限; beside the 2021—2025 plan',
  files: [
    'seeds/shaoxing-audit-common-prosperity-2021-2025.txt',
    'test/fixtures/corpus/shaoxing-effective-investment-2025-2027.txt',
  ],
  at: '2026-05-12T09:00:00+08:00',
  singles: [...singles, ...commands],
  chats: [
    {
      about: '牵头后追问时限和配合',
      messages: [
        follow('第3项谁牵头', leads(k(3))),
        follow('完成时限呢', shows('2026年6月底')),
        follow('它的配合单位呢', cooperators(k(3))),
      ],
    },
    {
      about: '牵头后问某单位在不在里面',
      messages: [
        follow('人才保障谁牵头', leads(k(6))),
        follow('住房公积金中心在里面吗', yesNo(k(6), '市住房公积金中心', true)),
        follow('是建设局牵头吗', yesNo(k(6), '市建设局', false)),
        follow('它具体讲些啥', card(k(6))),
      ],
    },
    {
      about: '牵头后问还有呢和时间',
      messages: [
        follow('拓宽民间投资领域谁负责', leads(k(5))),
        follow('还有呢', cooperators(k(5))),
        follow('那什么时候完成', shows('2025年12月底')),
      ],
    },
  ],
};
