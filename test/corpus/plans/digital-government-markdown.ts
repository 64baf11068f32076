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

// A district's digital-government plan copied from a web page as markdown
// (test/fixtures/corpus/yuecheng-digital-government-2026.md): `##` sections, `###` (一)…(四), and items
// 1. … 12. running across them with a bold heading and a (牵头单位:X;配合单位:Y) note. Item 12 has no note;
// 三、保障措施 names no holder except the leading group's office. Keys:
export const P: Record<number, TaskKey> = {
  1: task('深化“一网通办”改革', ['区政务服务中心'], ['区级各有关部门']),
  2: task('推进“高效办成一件事”', ['区政务服务中心'], ['区市场监管局', '区卫生健康局', '区自然资源规划分局']),
  3: task('建设“15分钟政务服务圈”', ['区政务服务中心'], ['各镇街']),
  4: task('建设区级公共数据平台2.0', ['区数据局'], ['区级各有关部门']),
  5: task('推进政务云集约化建设', ['区数据局'], ['区财政局', '区公安分局']),
  6: task('加强网络和数据安全', ['区委网信办'], ['区公安分局', '区数据局']),
  7: task('推进基层智治', ['区委政法委'], ['各镇街']),
  8: task('推进数字城管', ['区综合执法局'], ['区建设局']),
  9: task('建设未来社区数字化场景', ['区建设局'], ['区民政局', '区卫生健康局']),
  10: task('推进教育数字化', ['区教育体育局']),
  11: task('规范政务信息化项目管理', ['区数据局'], ['区发改局', '区财政局']),
  12: task('开展数字政府建设评估', []),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the running item numbers (第9项, 任务12), a (三) section's items, the clause 二(二)5, full-width.
  byNumber('第9项讲什么', card(k(9))),
  byNumber('任务12是啥', both(card(k(12)), notSaid)),
  byNumber('（三）下面有哪些任务', items(k(7), k(8), k(9), k(10))),
  byNumber('第4项谁牵头', leads(k(4))),
  byNumber('6谁负责', leads(k(6))),
  byNumber('第十一项', card(k(11))),
  byNumber('说说第2项', card(k(2))),
  byNumber('任务10呢', card(k(10))),
  byNumber('第1项任务的内容', card(k(1))),
  byNumber('二（二）5', card(k(5))),
  byNumber('第８项', card(k(8))),
  byNumber('第七项谁管', leads(k(7))),

  // 谁牵头: a phrase of one item; typo 政物云, voice input, traditional characters.
  who('一网通办谁牵头', leads(k(1))),
  who('新生儿出生一件事谁负责', leads(k(2))),
  who('便民服务中心延伸谁管', leads(k(3))),
  who('数据归集共享谁牵头', leads(k(4))),
  who('视频共享平台谁建', leads(k(5))),
  who('攻防演练谁组织', leads(k(6))),
  who('矛盾纠纷调处化解线上流转谁牵头', leads(k(7))),
  who('井盖路灯智能感知谁负责', leads(k(8))),
  who('一老一小场景谁牵头', leads(k(9))),
  who('智慧教育平台谁负责', leads(k(10))),
  who('政务信息化项目审批谁管', leads(k(11))),
  who('政物云谁负责', leads(k(5))),
  who('那个 就是 数字城管 归谁', leads(k(8))),
  who('網絡和數據安全誰牽頭', leads(k(6))),

  // 处室管什么: a unit's items, as lead; a pair of units that only co-operate.
  division('区数据局牵头哪些任务', owns('区数据局', k(4), k(5), k(11))),
  division('区政务服务中心负责什么', owns('区政务服务中心', k(1), k(2), k(3))),
  division('区建设局管啥', owns('区建设局', k(9))),
  division(
    '区公安分局和区财政局各自负责什么',
    both(owns('区公安分局', k(5), k(6)), owns('区财政局', k(5), k(11))),
  ),

  // 是非与选择
  yn('数字城管是区建设局牵头吗', yesNo(k(8), '区建设局', false)),
  yn('基层智治归区委政法委吗', yesNo(k(7), '区委政法委', true)),
  yn('政务云是区数据局负责的吧', yesNo(k(5), '区数据局', true)),
  yn('网络安全是区委网信办还是区公安分局牵头', leads(k(6))),
  yn('一件事集成服务是区市场监管局还是区政务服务中心牵头', leads(k(2))),

  // 谁配合
  coop('第2项谁配合', cooperators(k(2))),
  coop('政务云建设配合单位', cooperators(k(5))),
  coop('未来社区场景谁配合', cooperators(k(9))),
  coop('第11项哪些部门配合', cooperators(k(11))),

  // 两问合一
  two('一网通办谁牵头，办理率要达到多少', both(leads(k(1)), shows('95%以上'))),
  two('第5项和第6项分别谁负责', both(leads(k(5)), leads(k(6)))),
  two('数据平台谁建 共享满足率要求多少', both(leads(k(4)), shows('98%以上'))),
  // 数据平台 stands in item 4 after the verb and the words of level and scope (建设区级公共数据平台): its own phrase,
  // though the 工作目标 paragraph restates it.
  two('数据平台归谁 上云率要多少', both(leads(k(4)), shows('上云率达到100%'))),
  who('数据平台谁牵头', leads(k(4))),
  who('数据平台哪个单位建', leads(k(4))),
  yn('数据平台是区数据局牵头吗', yesNo(k(4), '区数据局', true)),

  // 目标与指标: the 工作目标 paragraph, figures inside items, the measures.
  target('工作目标是什么', shows('95%以上', '100%', '98%以上')),
  target('浙政钉覆盖率要多少', shows('100%')),
  target('保障措施有哪些', {
    mentions: ['加强组织领导', '强化资金保障', '加强考核督导'],
    alsoAllowed: ['区数据局'],
  }),
  target('一件事今年新增几个', shows('10个')),
  target('政务系统上云率要求', shows('上云率达到100%')),
  target('几个未来社区要上线场景', shows('5个未来社区')),

  hello('哈喽', greeting),
  hello('谢谢了', greeting),

  // 方案未写明: item 12 (no note), measures without a holder, and subjects the plan never mentions.
  unsaid('数字政府建设评估谁组织', notSaid),
  unsaid('考核督导谁负责', notSaid),
  unsaid('资金保障谁负责', notSaid),
  unsaid('政务热线12345谁管', notSaid),
  unsaid('电子证照谁负责', notSaid),
  unsaid('数据资产登记谁牵头', notSaid),
  unsaid('人工智能大模型应用谁负责', notSaid),
  unsaid('政务服务好差评谁管', notSaid),
  unsaid('机房建设谁负责', notSaid),
  unsaid('智慧医疗谁牵头', notSaid),
  unsaid('方案有没有提到信创', notSaid),
  unsaid('数字乡村谁负责', notSaid),
  unsaid('城市大脑谁牵头', notSaid),
  unsaid('公共数据开放谁负责', notSaid),
  unsaid('领导小组组长是谁', notSaid),
  // 三(一) gives the 领导小组 only where its office sits (领导小组办公室设在区数据局): no 副组长, no 办公室主任.
  unsaid('领导小组副组长是谁', notSaid),
  unsaid('领导小组办公室主任是谁', notSaid),
  who('领导小组办公室设在哪', { role: '区数据局' }),
];

export const DIGITAL_GOVERNMENT_MARKDOWN: PlanCorpus = {
  id: '越城数字政府方案',
  shape: 'markdown: ## 一、 / ### (一) / 1.…12. running',
  files: ['test/fixtures/corpus/yuecheng-digital-government-2026.md'],
  at: '2026-05-12T09:00:00+08:00',
  singles,
  chats: [
    {
      about: '编号后追问牵头和配合',
      messages: [
        follow('第9项讲什么', card(k(9))),
        follow('这个谁牵头', leads(k(9))),
        follow('谁配合', cooperators(k(9))),
      ],
    },
    {
      about: '单位后追问另一单位',
      messages: [
        follow('区数据局牵头哪些任务', owns('区数据局', k(4), k(5), k(11))),
        follow('那区委网信办呢', owns('区委网信办', k(6))),
      ],
    },
    {
      about: '事项后追问另一事项',
      messages: [follow('一网通办谁牵头', leads(k(1))), follow('那数字城管呢', leads(k(8)))],
    },
  ],
};
