import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  coop,
  cooperators,
  division,
  follow,
  leads,
  notSaid,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// A district's 任务分解表 copied from its web page as text (test/fixtures/corpus/qiaocheng-task-table-2025.txt):
// cells apart by spaces (`序号 重点工作任务 主要责任单位 协同配合单位`), and row 2's 主要责任单位 cell of two lines
// (区财政局 / 区税务局), its 协同配合单位 cell on the line after. The 主要责任单位 column leads, 协同配合单位 supports.
const TOWNS = ['各乡镇人民政府', '街道办事处', '谯城经开区管委会'];
const P: Record<number, TaskKey> = {
  1: task('地区生产总值增长6.5%左右', ['区发改委'], ['区政府各部门', ...TOWNS, '魏武国控集团']),
  2: task(
    '一般公共预算收入增长5%左右',
    ['区财政局', '区税务局'],
    ['区政府有关部门', ...TOWNS, '魏武国控集团'],
  ),
  3: task(
    '固定资产投资增长7.5%左右',
    ['区发改委'],
    [
      '区工信局',
      '区住建局',
      '区交通局',
      '区水利局',
      '区农业农村局',
      '区教育局',
      '区卫健委',
      ...TOWNS,
      '魏武国控集团',
    ],
  ),
  4: task('社会消费品零售总额增长8.2%左右', ['区商务局'], ['区发改委', '区市场监管局']),
  5: task(
    '规模以上工业增加值增长10%左右',
    ['区工信局'],
    ['区农业农村局', '区商务局', '区药发中心', ...TOWNS],
  ),
};
const q = (n: number) => P[n]!;
/** Row 2's cell names two units and no word says which leads: both shown, neither as the sole lead. */
const both2 = (...more: string[]): Expected => ({
  mentions: [...q(2).lead, ...more],
  support: q(2).support,
});

const qiaocheng: CorpusMessage[] = [
  byNumber('看看任务2', both2(q(2).title)),
  byNumber('第4项内容是啥', card(q(4))),
  who('一般公共预算收入增长5%左右主要由谁负责', both2()),
  who('社会消费品零售总额这项哪个局负责', leads(q(4))),
  who('固定资产投资增长7.5%归哪个单位', leads(q(3))),
  coop('社会消费品零售总额哪些单位协同配合', cooperators(q(4))),
  coop('第2项的协同配合单位', cooperators(q(2))),
  division('区税务局主要负责什么', owns('区税务局', q(2))),
  division('区市场监管局要协同哪项工作', owns('区市场监管局', q(4))),
  target('规模以上工业增加值增长目标是多少', shows('10%左右')),
  target('一般公共预算收入今年增长多少', shows('5%左右')),
  target('社零增长多少', shows('8.2%左右')),
  unsaid('外贸进出口谁负责', notSaid),
  unsaid('区审计局牵头什么', notSaid),
];

export const QIAOCHENG_SPACE_TABLE_2025: PlanCorpus = {
  id: '谯城2025分解表(空格分隔)',
  shape:
    'table copied as text, cells apart by spaces; a unit cell of two lines, the next cell on its own line',
  files: ['test/fixtures/corpus/qiaocheng-task-table-2025.txt'],
  at: '2025-04-08T10:00:00+08:00',
  singles: qiaocheng,
  chats: [],
};

// Two plans of one year (ids 2025 and 2025-2): each is switched to by a part of its title.
const K3 = task('社会消费品零售总额增长6%，外贸进出口总额保持稳定', ['区商务局'], ['区市场监管局']);

export const SAME_YEAR_PLANS_2025: PlanCorpus = {
  id: '同年两份方案(柯桥、谯城)',
  shape: 'two 2025 plans, ids 2025 and 2025-2, named by their titles',
  files: [
    'test/fixtures/corpus/keqiao-work-report-2025-tasks.txt',
    'test/fixtures/corpus/qiaocheng-task-table-2025.txt',
  ],
  at: '2025-04-08T10:00:00+08:00',
  singles: [],
  chats: [
    {
      about: '按标题中的地名启用方案后提问',
      messages: [
        command('方案 启用 谯城区', {}, { effect: { currentPlan: '谯城区' } }),
        follow('社会消费品零售总额谁负责', leads(q(4))),
        command('方案 启用 柯桥', {}, { effect: { currentPlan: '柯桥区' } }),
        follow('社会消费品零售总额谁负责', leads(K3)),
      ],
    },
  ],
};
