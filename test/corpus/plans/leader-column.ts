import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  division,
  follow,
  leads,
  notSaid,
  shows,
  task,
  unsaid,
  who,
  yn,
} from '../expect-from-plan';

// A district's 任务分解表 from its web page, one cell a line (test/fixtures/corpus/liaozhong-task-table-2024.txt):
// 序号 | 主要工作举措 | 牵头单位 | 配合单位 | 责任领导; rows 2–4 name the leader 冯冬昌, row 1's cell is empty. A leader is
// a person: asked for, the plan's name; never an owner.
const P: Record<number, TaskKey> = {
  2: task(
    '加快安徽节源、沈发废弃油脂等在建项目的建设进度',
    ['沈阳近海经济区管委会'],
    ['自然资源分局', '生态环境分局', '区发展改革局'],
  ),
  3: task(
    '推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地',
    ['沈阳近海经济区管委会'],
    ['自然资源分局', '生态环境分局', '区发展改革局'],
  ),
};
const q = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  who('第3项的责任领导是谁', shows('冯冬昌')),
  who('2号任务哪位领导负责', shows('冯冬昌')),
  unsaid('第一项责任领导是哪位', notSaid),
  who('第2项谁牵头', leads(q(2))),
  byNumber('第3项讲什么', card(q(3))),
  // Asked what the leader has: the rows that name the person, as the plan's leader, none as owned by them.
  division('冯冬昌分管哪几项', {
    mentions: [q(2).title, q(3).title, '聚焦装备制造及配套产业'],
    alsoAllowed: ['冯冬昌'],
  }),
  // A person asked as a task's leader, yes or no: from the row's 责任领导 cell; row 1 names none, so no verdict.
  yn('第2项是冯冬昌负责的吗', { yes: true, mentions: ['冯冬昌'] }),
  yn('第4项是王强副区长分管吗', { yes: false, mentions: ['冯冬昌'] }),
  unsaid('第1项是冯冬昌分管吗', notSaid),
];

export const LIAOZHONG_LEADER_COLUMN_2024: PlanCorpus = {
  id: '辽中分解表(责任领导列)',
  shape: 'web table one cell a line with a 责任领导 column, row 1 without a leader',
  files: ['test/fixtures/corpus/liaozhong-task-table-2024.txt'],
  at: '2024-03-06T10:00:00+08:00',
  singles,
  chats: [
    {
      about: '问过一项后问是不是某位领导分管',
      messages: [
        byNumber('第3项讲什么', card(q(3))),
        follow('这项是冯冬昌副区长分管吗', { yes: true, mentions: ['冯冬昌'] }),
      ],
    },
  ],
};
