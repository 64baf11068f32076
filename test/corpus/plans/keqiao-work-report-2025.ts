import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
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
} from '../expect-from-plan';

// A district government work report's 责任分解 (test/fixtures/corpus/keqiao-work-report-2025-tasks.txt): items
// 1.–12. running across 一、主要预期目标 and 二、重点工作, each followed by a `责任单位：` line whose first unit
// leads (the preamble says so) unless the line says （分别牵头）. People ask in the everyday short forms of
// economic work — 社零, 固投, CPI, 规上, 两新, 专项债, GDP — which the plan writes in full. Keys by plan number:
const P: Record<number, TaskKey> = {
  1: task('地区生产总值增长6%左右，规模以上工业增加值增长7%', ['区发改局'], ['区经信局', '区统计局']),
  2: task('固定资产投资增长5%，其中制造业投资增长10%', ['区发改局'], ['区经信局', '区住建局']),
  3: task('社会消费品零售总额增长6%，外贸进出口总额保持稳定', ['区商务局'], ['区市场监管局']),
  4: task(
    '居民消费价格涨幅控制在2%左右，城乡居民人均可支配收入增长与经济增长同步',
    ['区发改局'],
    ['区人力社保局', '区农业农村局'],
  ),
  5: task('抓好“两新”政策落地', ['区经信局'], ['区商务局', '区发改局']),
  6: task('用好地方政府专项债券', ['区财政局'], ['区发改局']),
  7: task('培育规上企业', ['区经信局'], ['区科技局']),
  8: task('推进纺织印染产业集聚提升', ['区经信局'], ['区生态环境分局']),
  10: task('扩大公共租赁住房保障', ['区住建局'], ['区财政局']),
  11: task('提升住房公积金服务', ['绍兴市住房公积金管理中心柯桥分中心']),
  12: task('实施城乡教育共同体建设', ['区教育局', '区发改局', '区住建局']),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the plan's 1.–12., not the bot's ids (it numbers 二's items 1–8 and 一's 9–12).
  byNumber('第5项谁牵头', leads(k(5))),
  byNumber('第2项是什么', card(k(2))),
  byNumber('任务12谁负责', leads(k(12))),
  byNumber('第7项谁配合', cooperators(k(7))),

  // 谁牵头: everyday short forms the plan writes in full; 分别牵头 names every unit.
  who('社零谁牵头', leads(k(3))),
  who('社零增长目标归哪个部门', leads(k(3))),
  who('固投谁负责', leads(k(2))),
  who('CPI谁管', leads(k(4))),
  who('规模以上企业培育谁牵头', leads(k(7))),
  who('两新政策谁牵头', leads(k(5))),
  who('专项债谁负责', leads(k(6))),
  who('GDP增长谁牵头', leads(k(1))),
  who('设备更新谁负责', leads(k(5))),
  who('公组房谁负责', leads(k(10))),
  who('嗯 那个就是说 公积金这块是谁在管', leads(k(11))),
  who('教育共同体谁牵头', leads(k(12))),
  coop('固投谁配合', cooperators(k(2))),
  // 有哪些 before the co-operators asked: 有 is the question's, not part of 社零.
  coop('社零有哪些配合单位', cooperators(k(3))),

  // 目标与指标: figures asked in short forms.
  target('社零增长多少', shows('增长6%')),
  target('固投增速目标', shows('增长5%')),
  target('CPI控制在多少', shows('2%左右')),
  target('规上工业增加值增长多少', shows('增长7%')),
  target('专项债争取多少额度', shows('30亿元')),
  target('新增多少家规上企业', shows('80家')),

  // 方案未写明: terms the report does not use — a different term is not the term.
  unsaid('有没有提到碳达峰', notSaid),
  unsaid('有没有提到低空经济', notSaid),
  unsaid('人工智能谁牵头', notSaid),
  unsaid('PPI谁负责', notSaid),
  unsaid('有没有提到养老机构的数量', notSaid),
  // A short form the plan writes in full is mentioned; a figure asked is answered from where it stands.
  target('有没有提到社零', shows('社会消费品零售总额')),
  target('有没有提到专项债的金额', shows('30亿元')),
  target('有没有提到印染企业集聚升级项目的数量', shows('8个')),

  // Round 6: an item whose heading is its target (固定资产投资增长5%) asked in words and short forms, the
  // plan's verbs said otherwise (新建 for 新改扩建, 增加 for 新增), a 分局 called a 局, and what it lacks.
  target('固投今年要增长多少', shows('增长5%')),
  target('制造业投资今年增长多少', shows('增长10%')),
  target('规上工业增加值增长多少', shows('增长7%')),
  target('公租房增加多少套', shows('300套')),
  target('新建中小学和幼儿园多少所', shows('10所')),
  target('住房租赁补贴发多少户', shows('1500户')),
  who('新建中小学谁负责', leads(k(12))),
  who('增加公租房谁负责', leads(k(10))),
  division('生态环境局配合什么', owns('区生态环境分局', k(8))),
  unsaid('新建体育馆谁负责', notSaid),
  unsaid('提高最低工资标准谁负责', notSaid),
  unsaid('新增养老床位多少张', noFigure),

  // Everyday names of the statistics the report writes in full: 物价 for 居民消费价格 (a synonym of the field's
  // vocabulary, no short form of the term), 社零 for 社会消费品零售总额, also as the second of two questions.
  target('物价涨幅控制在多少', shows('2%左右')),
  who('物价谁管', leads(k(4))),
  two('GDP目标多少，社零呢', { mentions: ['增长6%左右', '增长6%'], none: true, stated: true }),
];

export const KEQIAO_WORK_REPORT_2025: PlanCorpus = {
  id: '柯桥政府工作报告责任分解',
  shape: '一、二、 with one running 1.–12.; a 责任单位 line per item, first listed leads, 分别牵头',
  files: ['test/fixtures/corpus/keqiao-work-report-2025-tasks.txt'],
  at: '2025-03-04T09:00:00+08:00',
  singles,
  chats: [],
};
