import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  both,
  byNumber,
  card,
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
  two,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A city's measures for the private economy (test/fixtures/corpus/shaoxing-private-economy-measures.txt),
// numbered 第一条 … 第十六条 under five headings 一、…五、. Each 条 ends with (责任单位:A、B、C), and the
// preamble says the first unit listed leads and the others co-operate. 第十六条 has no note, and there is
// no 第十七条 or beyond. People cite it as 第十二条, 第5条, 第14條. Keys:
const P: Record<number, TaskKey> = {
  1: task('破除市场准入壁垒', ['市发改委'], ['市市场监管局', '市财政局']),
  2: task('支持民营企业参与重大项目建设', ['市发改委'], ['市建设局']),
  3: task('保障民营企业用地需求', ['市自然资源规划局'], ['市经信局']),
  4: task('降低企业用能成本', ['市发改委'], ['国网绍兴供电公司']),
  5: task('加大信贷投放力度', ['市金融办'], ['人行绍兴市分行', '绍兴金融监管分局']),
  6: task('发挥政府性融资担保作用', ['市财政局'], ['市金融办']),
  7: task('支持企业上市融资', ['市金融办']),
  8: task('支持民营企业加大研发投入', ['市科技局'], ['市税务局', '市财政局']),
  9: task('推进制造业数字化改造', ['市经信局']),
  10: task('加强人才支撑', ['市委人才办'], ['市人力社保局', '市教育局']),
  11: task('清理拖欠企业账款', ['市经信局'], ['市财政局', '市国资委']),
  12: task('规范涉企执法检查', ['市司法局'], ['市市场监管局']),
  13: task('依法保护企业产权和企业家权益', ['市中级人民法院'], ['市检察院', '市公安局']),
  14: task('构建亲清政商关系', ['市委统战部'], ['市工商联']),
  15: task('加强政策宣传解读', ['市数据局'], ['市经信局']),
  16: task('开展政策落实评估', []),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: 第N条 in Chinese numerals and digits, traditional 條, a heading asked for its 条.
  byNumber('第十二条讲的什么', card(k(12))),
  byNumber('第5条谁负责', leads(k(5))),
  byNumber('第七条是啥', card(k(7))),
  byNumber('第十一条谁牵头', leads(k(11))),
  byNumber('第一条', card(k(1))),
  byNumber('第8条具体内容', card(k(8))),
  byNumber('第十五条是哪个单位的', leads(k(15))),
  byNumber('说说第三条', card(k(3))),
  byNumber('第十条', card(k(10))),
  byNumber('二、强化金融支持下面有哪几条', items(k(5), k(6), k(7))),
  byNumber('第四部分有哪些措施', items(k(11), k(12), k(13), k(14))),
  byNumber('第13条谁牵头', leads(k(13))),
  byNumber('第九条讲些啥', card(k(9))),
  byNumber('第14條誰牽頭', leads(k(14))),
  byNumber('第16条是什么', both(card(k(16)), notSaid)),

  // 谁牵头: the first unit of the note, asked by a phrase of the 条; typos (直共, 门坎) and voice input.
  who('市场准入负面清单谁牵头', leads(k(1))),
  who('重大项目向民间资本推介谁负责', leads(k(2))),
  who('标准地出让归谁', leads(k(3))),
  who('工商业电价谁负责', leads(k(4))),
  who('民营企业贷款增量谁牵头', leads(k(5))),
  who('融资担保费率谁管', leads(k(6))),
  who('凤凰行动谁负责', leads(k(7))),
  who('研发费用加计扣除谁牵头', leads(k(8))),
  who('制造业数字化改造谁负责', leads(k(9))),
  who('人才公寓谁管', leads(k(10))),
  who('拖欠账款清理谁牵头', leads(k(11))),
  who('综合查一次谁负责', leads(k(12))),
  who('涉企冤错案件甄别纠正谁负责', leads(k(13))),
  who('亲清政商关系谁牵头', leads(k(14))),
  who('政策计算器谁负责', leads(k(15))),
  who('那个 就是 企业上市那块 谁牵头', leads(k(7))),
  who('天然气直共谁负责', leads(k(4))),
  who('隐性门坎谁清理', leads(k(1))),

  // 处室管什么: a unit's 条 (as lead; a unit that leads nothing, as co-operator).
  division('市发改委牵头哪几条', owns('市发改委', k(1), k(2), k(4))),
  division('市金融办负责什么', owns('市金融办', k(5), k(7))),
  division('市经信局管哪些', owns('市经信局', k(9), k(11))),
  division(
    '市财政局和市市场监管局各自负责啥',
    both(owns('市财政局', k(6)), owns('市市场监管局', k(1), k(12))),
  ),
  division('市委统战部有哪些任务', owns('市委统战部', k(14))),

  // 是非与选择
  yn('用地保障是市自然资源规划局牵头吗', yesNo(k(3), '市自然资源规划局', true)),
  yn('拖欠账款清理是市财政局牵头吗', yesNo(k(11), '市财政局', false)),
  yn('研发投入是市税务局牵头的吗', yesNo(k(8), '市税务局', false)),
  yn('上市融资归市金融办吗', yesNo(k(7), '市金融办', true)),
  yn('融资担保是市财政局还是市金融办牵头', leads(k(6))),
  yn('涉企执法检查是市司法局还是市市场监管局牵头', leads(k(12))),

  // 谁配合: the units after the first.
  coop('第五条谁配合', cooperators(k(5))),
  coop('人才支撑哪些单位配合', cooperators(k(10))),
  coop('产权保护配合单位', cooperators(k(13))),
  coop('第一条配合单位有哪些', cooperators(k(1))),
  coop('亲清政商关系谁配合', cooperators(k(14))),

  // 两问合一
  two('贷款增量目标多少，谁牵头', both(leads(k(5)), shows('800亿元'))),
  two('第2条和第3条分别谁负责', both(leads(k(2)), leads(k(3)))),
  two('数字化改造谁负责，要完成多少家', both(leads(k(9)), shows('500家'))),
  two('融资担保谁牵头 费率要降到多少', both(leads(k(6)), shows('1%以下'))),

  // 目标与指标: the figures the 条 set, and the period.
  target('每年推介多少重大项目', shows('不少于50个')),
  target('担保费率要降到多少', shows('1%以下')),
  target('今年新增几家上市公司', shows('5家以上')),
  target('数字化改造要完成多少家企业', shows('500家')),
  target('支小支农业务占比要求', shows('不低于80%')),
  target('同一企业一年最多查几次', shows('不超过1次')),
  target('这些措施有效期到什么时候', shows('2028年12月31日')),

  hello('你好呀', greeting),
  hello('多谢', greeting),

  // 方案未写明: a 条 that does not exist, the 条 with no note, and subjects the measures never mention.
  unsaid('第二十条谁负责', notSaid),
  unsaid('第16条谁负责', both(card(k(16)), notSaid)),
  unsaid('第三方评估谁来组织', notSaid),
  unsaid('政策评估结果谁公开', notSaid),
  unsaid('外贸企业出口退税谁负责', notSaid),
  unsaid('个体工商户帮扶谁牵头', notSaid),
  unsaid('民营企业党建谁负责', notSaid),
  unsaid('商会建设谁牵头', notSaid),
  unsaid('数据资产入表谁负责', notSaid),
  unsaid('专精特新企业培育谁牵头', notSaid),
  unsaid('小微企业房租减免谁负责', notSaid),
  unsaid('招商引资谁负责', notSaid),
  unsaid('方案里有没有提到平台经济', notSaid),
  unsaid('知识产权保护谁牵头', notSaid),
  unsaid('措施由谁解释', notSaid),

  // Round 2, written from the 条 before the rules were changed. Units in their everyday short forms, from the
  // notes' own names: 发改委 (市发改委), 人社局 (市人力社保局), 人才办 (市委人才办), 统战部, 金融办, 市监局.
  division('发改委牵头哪些', owns('市发改委', k(1), k(2), k(4))),
  division('人社局配合哪些', owns('市人力社保局', k(10))),
  division('人才办负责什么', owns('市委人才办', k(10))),
  division('统战部管什么', owns('市委统战部', k(14))),
  division('金融办牵头什么', owns('市金融办', k(5), k(7))),
  division('科技局有哪些任务', owns('市科技局', k(8))),
  division('市监局配合哪几条', owns('市市场监管局', k(1), k(12))),
  yn('人才支撑是人社局牵头吗', yesNo(k(10), '市人力社保局', false)),
  yn('重大项目推介是发改委牵头吗', yesNo(k(2), '市发改委', true)),
  // 谁牵头 with 由/归/是由/属于 before the asking word.
  who('加强人才支撑由谁负责', leads(k(10))),
  who('人才公寓由哪个单位牵头', leads(k(10))),
  who('凤凰行动是由哪个部门负责', leads(k(7))),
  who('涉企执法检查归哪个单位', leads(k(12))),
  who('亲清政商关系属于哪个部门', leads(k(14))),
  // 谁配合 asked other ways.
  coop('除了市发改委还有谁参与用能成本', cooperators(k(4))),
  coop('第十三条有配合单位吗', cooperators(k(13))),
  coop('研发投入谁协助', cooperators(k(8))),

  // Round 6: the plan's verbs said otherwise (增加 for 新增, 提高 for 加大, 推动 for 推进), a department by one
  // word of its field or its 分局 as a 局, and what the measures lack.
  target('上市公司增加多少家', shows('5家以上')),
  target('数字化改造要完成多少家', shows('500家')),
  target('民营企业贷款增加多少', shows('800亿元')),
  who('推动制造业数字化改造谁负责', leads(k(9))),
  who('增加研发投入谁牵头', leads(k(8))),
  division('规划局负责什么', owns('市自然资源规划局', k(3))),
  division('金融监管局配合什么', owns('绍兴金融监管分局', k(5))),
  unsaid('新增民营企业多少家', noFigure),
  unsaid('提高民营企业税收优惠谁负责', notSaid),
];

export const PRIVATE_ECONOMY_MEASURES: PlanCorpus = {
  id: '民营经济若干措施',
  shape: '第一条…第十六条 under 一、…五、; first unit leads',
  files: ['test/fixtures/corpus/shaoxing-private-economy-measures.txt'],
  at: '2026-04-15T09:00:00+08:00',
  singles,
  chats: [
    // Round 2: follow-ups with no subject of their own keep the last 条.
    {
      about: '条款牵头后追问配合',
      messages: [
        follow('第十一条谁牵头', leads(k(11))),
        follow('它的配合单位呢', cooperators(k(11))),
        follow('还有呢', cooperators(k(11))),
      ],
    },
    {
      about: '事项后追问配合部门',
      messages: [
        follow('凤凰行动谁负责', leads(k(7))),
        follow('那配合部门呢', both(cooperators(k(7)), notSaid)),
      ],
    },
    {
      about: '条款后追问配合和下一条',
      messages: [
        follow('第十二条讲的什么', card(k(12))),
        follow('谁配合', cooperators(k(12))),
        follow('那第十三条呢', card(k(13))),
      ],
    },
    {
      about: '牵头后追问配合',
      messages: [follow('第五条谁牵头', leads(k(5))), follow('配合的呢', cooperators(k(5)))],
    },
    {
      about: '单位后追问一条',
      messages: [
        follow('市发改委牵头哪几条', owns('市发改委', k(1), k(2), k(4))),
        follow('第二条具体讲啥', card(k(2))),
      ],
    },
  ],
};
