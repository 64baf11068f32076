import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import {
  byNumber,
  card,
  division,
  follow,
  greeting,
  hello,
  notSaid,
  owns,
  task,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A province's circulation plan (test/fixtures/corpus/sichuan-modern-circulation-2022.txt), issued by
// 四川省发展和改革委员会 over a cover letter: 一、 then (一)(二), each closed by a 〔责任单位:…〕 note. (一)'s
// note names four units 按职责分工负责 — no lead among them, so a reply shows all four and may name any; (二)'s
// names one. Neither names a 配合 unit. The notes write 省发展改革委, which people call 发改委 or 发展改革委.
const UNITS = ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心'];
const M1 = task('加强市场体系建设', UNITS);
const M2 = task('优化市场准入环境', ['省市场监管局']);
/** Who answers for (一): its four units, none required as the sole lead. */
const m1Units: Expected = { mentions: [...UNITS], alsoAllowed: [...UNITS] };
const m1Card: Expected = { mentions: [M1.title, ...UNITS], alsoAllowed: [...UNITS] };

const singles: CorpusMessage[] = [
  byNumber('（二）说的啥', card(M2)),
  byNumber('第一项是什么', m1Card),
  byNumber('一（一）谁负责', m1Units),

  who('证照分离改革谁负责', { lead: M2.lead }),
  who('数字资产交易中心由哪些单位负责', m1Units),
  who('多证合一归谁管', { lead: M2.lead }),

  // 处室管什么: the notes' units by their names and short forms (发改委, 发展改革委, 市场监管局, 大数据中心).
  division('发改委有什么任务', owns('省发展改革委', M1)),
  division('发展改革委管哪些事', owns('省发展改革委', M1)),
  division('市场监管局负责哪些', owns('省市场监管局', M1, M2)),
  division('大数据中心负责什么', owns('省大数据中心', M1)),

  yn('一网通办是省市场监管局负责吗', yesNo(M2, '省市场监管局', true)),

  hello('你好', greeting),

  unsaid('冷链物流谁负责', notSaid),
  unsaid('农产品批发市场归哪个单位', notSaid),
];

export const SICHUAN_MODERN_CIRCULATION_2022: PlanCorpus = {
  id: '四川现代流通体系方案',
  shape:
    '一、 / (一)(二) with 〔责任单位:…〕 notes, four units 按职责分工负责; issuer 四川省发展和改革委员会',
  files: ['test/fixtures/corpus/sichuan-modern-circulation-2022.txt'],
  at: '2023-06-14T10:00:00+08:00',
  singles,
  chats: [
    {
      about: '单位追问',
      messages: [
        follow('大数据中心管什么', owns('省大数据中心', M1)),
        follow('那发改委呢', owns('省发展改革委', M1)),
      ],
    },
  ],
};
