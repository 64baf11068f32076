import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import {
  both,
  byNumber,
  card,
  coop,
  cooperators,
  division,
  leads,
  noFigure,
  notSaid,
  owns,
  shows,
  target,
  task,
  two,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A State Council opinion (国发〔2018〕42号, test/fixtures/corpus/nongji-mechanization-2018.txt): 一、…八、 with
// (一)…(二十) numbered across the sections, each task closed by a note (A、B、C等负责。列第一位者为牵头单位，下同):
// the first unit leads, the others co-operate. The notes name ministries by their full names (工业和信息化部,
// 交通运输部), which people call 工信部, 交通部.
const K = {
  3: task('完善农机装备创新体系', ['工业和信息化部'], ['发展改革委', '科技部', '农业农村部']),
  4: task(
    '推进农机装备全产业链协同发展',
    ['工业和信息化部'],
    ['发展改革委', '科技部', '农业农村部', '商务部'],
  ),
  5: task(
    '优化农机装备产业结构布局',
    ['工业和信息化部'],
    ['发展改革委', '农业农村部', '商务部', '国资委', '国际发展合作署'],
  ),
  6: task('加强农机装备质量可靠性建设', ['市场监管总局'], ['工业和信息化部', '发展改革委', '农业农村部']),
  9: task(
    '加强绿色高效新机具新技术示范推广',
    ['农业农村部'],
    ['科技部', '工业和信息化部', '财政部', '交通运输部', '商务部', '人民银行', '银保监会', '民航局'],
  ),
  12: task('发展农机社会化服务组织', ['农业农村部'], ['财政部', '人民银行', '税务总局', '银保监会']),
  13: task('推进农机服务机制创新', ['农业农村部'], ['发展改革委', '财政部', '自然资源部', '交通运输部']),
  14: task('提高农机作业便利程度', ['农业农村部'], ['发展改革委', '财政部', '自然资源部', '市场监管总局']),
  15: task('改善农机作业配套设施条件', ['农业农村部'], ['发展改革委', '财政部', '自然资源部', '税务总局']),
  16: task('健全新型农业工程人才培养体系', ['教育部'], ['工业和信息化部', '农业农村部']),
  18: task('健全组织实施机制', ['农业农村部', '工业和信息化部']),
};

const singles: CorpusMessage[] = [
  // The plan's own numbers as people write them: 条 with no 第, the document named before its number, a part's
  // item after 、 (八、 holds (十八)…(二十)).
  byNumber('十五条讲的啥', card(K[15])),
  byNumber('方案第十六条说的什么', card(K[16])),
  byNumber('意见里的（十二）是什么', card(K[12])),
  byNumber('八、1', card(K[18])),
  who('十四条谁牵头', leads(K[14])),
  // The number said last, apart, after the question.
  who('哪个部门牵头的 第十三条', leads(K[13])),

  // A ministry by its everyday short form (工业和信息化部 → 工信部, 交通运输部 → 交通部), and 牵头的都有哪些.
  division('工信部牵头的都有哪几项', owns('工业和信息化部', K[3], K[4], K[5], K[18])),
  division('市场监管总局负责的都有哪些', owns('市场监管总局', K[6], K[14])),
  division('交通部配合哪些任务', owns('交通运输部', K[9], K[13])),
  yn('（五）是不是工信部牵头', yesNo(K[5], '工业和信息化部', true)),

  // 一起弄 asks who works with the lead; a count after the things (两块) is no thing of its own.
  coop('农机社会化服务组织还有谁一起弄', cooperators(K[12])),
  coop('农业工程人才培养哪些部门一起做', cooperators(K[16])),
  two('作业配套设施和人才培养体系两块各归谁', both(leads(K[15]), leads(K[16]))),

  // Each goal paragraph opens with the year it aims at (到2020年，… / 到2025年，…): its figures are that year's.
  target('2020年全国农机总动力要超过多少', shows('10亿千瓦')),
  target('到2025年灌排机械动力目标', shows('1.3亿千瓦')),
  target('甘蔗收获机械化率2025年达到多少', shows('30%')),
  unsaid('2020年甘蔗收获机械化率要求多少', noFigure),
  unsaid('2023年农机总动力要达到多少', noFigure),

  // The plan sets up a 协调推进机制 (十八) but names no office of it: the office asked is not the mechanism.
  unsaid('协调推进机制的办事机构设在哪个部门', notSaid),
  unsaid('农机化协调推进机制的办公室在哪个部', notSaid),
];

export const NONGJI_MECHANIZATION_2018: PlanCorpus = {
  id: '国发2018-42农机',
  shape: '一、…八、 with (一)…(二十) across sections; notes (A、B等负责。列第一位者为牵头单位，下同)',
  files: ['test/fixtures/corpus/nongji-mechanization-2018.txt'],
  at: '2019-03-12T10:00:00+08:00',
  singles,
  chats: [],
};
