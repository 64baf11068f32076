import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  both,
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
  two,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A city's livelihood projects as a task table pasted from Word (tabs; test/fixtures/corpus/
// zhuji-livelihood-projects-2026.txt): 序号 | 项目名称 | 主要内容 | 牵头单位 | 配合单位 | 完成时限, rows 1–15 under
// category rows 一、…五、. Row 10 has two 牵头单位; rows 11 and 15 have no 配合单位 (—). People say 第8项,
// 8号项目, 序号12. Keys from the 牵头单位 / 配合单位 columns:
export const P: Record<number, TaskKey> = {
  1: task('新建改扩建中小学校', ['市教育体育局'], ['市发改局', '市财政局', '市自然资源规划局']),
  2: task('建设城市书房', ['市文广旅体局'], ['各镇乡（街道）']),
  3: task('开展中小学生近视防控', ['市教育体育局'], ['市卫生健康局']),
  4: task('提升基层医疗服务能力', ['市卫生健康局'], ['市医保局', '各镇乡（街道）']),
  5: task('完善院前急救网络', ['市卫生健康局'], ['市财政局']),
  6: task('开展老年助餐服务', ['市民政局'], ['市市场监管局', '各镇乡（街道）']),
  7: task('发展普惠托育服务', ['市卫生健康局'], ['市教育体育局', '市妇联']),
  8: task('实施居家适老化改造', ['市民政局'], ['市残联']),
  9: task('改造老旧小区', ['市建设局'], ['市自然资源规划局', '市市场监管局']),
  10: task('新增公共停车泊位', ['市综合执法局', '市公安局'], ['市建设局']),
  11: task('提升农村供水管网', ['市水务局']),
  12: task('建设口袋公园', ['市建设局'], ['各镇乡（街道）']),
  13: task('开展职业技能培训', ['市人力社保局'], ['市总工会']),
  14: task('扩大医保参保覆盖', ['市医保局'], ['市税务局']),
  15: task('开展农贸市场食品安全快检', ['市市场监管局']),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the table's 序号 as people say it (第8项, 8号项目, 序号12, 第五个项目) and a category row's projects.
  byNumber('第8项是什么', card(k(8))),
  byNumber('8号项目谁负责', leads(k(8))),
  byNumber('序号12', card(k(12))),
  byNumber('第十项谁牵头', leads(k(10))),
  byNumber('第3项', card(k(3))),
  byNumber('项目14讲啥', card(k(14))),
  byNumber('第五个项目', card(k(5))),
  byNumber('11号谁负责', leads(k(11))),
  byNumber('第一项', card(k(1))),
  byNumber('三、养老托育有哪几项', items(k(6), k(7), k(8))),
  byNumber('教育文化类有哪些项目', items(k(1), k(2), k(3))),
  byNumber('第15项谁负责', leads(k(15))),
  // 件 counts 实事 (the plan's 民生实事项目); 那个 after a number points back at it.
  byNumber('第三件实事讲什么', card(k(3))),
  byNumber('序号12那个是干啥的', card(k(12))),

  // 谁牵头: the 牵头单位 column, asked by the project's name or its content; typo 助参, voice, traditional.
  who('老年食堂谁牵头', leads(k(6))),
  who('城市书房谁负责', leads(k(2))),
  who('近视防控谁管', leads(k(3))),
  who('村卫生室规范化建设谁负责', leads(k(4))),
  who('救护车配置谁负责', leads(k(5))),
  who('托位谁牵头', leads(k(7))),
  who('适老化改造谁负责', leads(k(8))),
  who('加装电梯谁牵头', leads(k(9))),
  who('停车泊位谁负责', leads(k(10))),
  who('农村供水管网改造谁负责', leads(k(11))),
  who('口袋公园归谁', leads(k(12))),
  who('职业技能培训谁牵头', leads(k(13))),
  who('医保参保谁负责', leads(k(14))),
  who('食品安全快检谁负责', leads(k(15))),
  who('新增学位谁负责', leads(k(1))),
  who('那个 就是 老旧小区改造 哪个单位牵头', leads(k(9))),
  who('老年助参谁负责', leads(k(6))),
  who('口袋公園誰負責', leads(k(12))),
  who('家庭医生签约谁牵头', leads(k(4))),

  // 处室管什么: a unit's projects.
  division('市卫生健康局牵头几个项目', owns('市卫生健康局', k(4), k(5), k(7))),
  division('市民政局负责哪些', owns('市民政局', k(6), k(8))),
  division('市建设局管什么', owns('市建设局', k(9), k(12))),
  division(
    '市教育体育局和市民政局各自牵头什么',
    both(owns('市教育体育局', k(1), k(3)), owns('市民政局', k(6), k(8))),
  ),

  // 是非与选择
  yn('停车泊位是市建设局牵头吗', yesNo(k(10), '市建设局', false)),
  yn('托育是市卫生健康局牵头吗', yesNo(k(7), '市卫生健康局', true)),
  yn('书房是市文广旅体局的吗', yesNo(k(2), '市文广旅体局', true)),
  yn('老年助餐是市民政局还是市市场监管局牵头', leads(k(6))),
  yn('近视防控归市教育体育局还是市卫生健康局', leads(k(3))),

  // 谁配合: the 配合单位 column; a row with — has none, and the answer says so.
  coop('第1项配合单位', cooperators(k(1))),
  coop('托育谁配合', cooperators(k(7))),
  coop('适老化改造配合单位', cooperators(k(8))),
  coop('医保参保谁配合', cooperators(k(14))),
  coop('农村供水管网谁配合', both(cooperators(k(11)), notSaid)),

  // 两问合一
  two('老旧小区改造谁牵头，要改多少个', both(leads(k(9)), shows('15个'))),
  two('第4项和第5项分别谁负责', both(leads(k(4)), leads(k(5)))),
  two('托位新增多少 谁牵头', both(leads(k(7)), shows('600个'))),
  two('学位新增多少，哪个单位负责', both(leads(k(1)), shows('4000个'))),

  // 目标与指标: the 主要内容 figures and the 完成时限 column.
  target('口袋公园几月完成', shows('2026年9月')),
  target('适老化改造多少户', shows('500户')),
  target('农村供水管网改多少公里', shows('80公里')),
  target('技能培训多少人次', shows('2万人次')),
  target('医保参保率要达到多少', shows('99.5%以上')),
  target('老年食堂建多少家', shows('40家')),
  target('急救站点新建几个', shows('4个')),

  hello('你好', greeting),
  hello('谢谢老师', greeting),

  // 方案未写明: a row that does not exist, the closing sentence, and projects the table does not list.
  unsaid('第16项是什么', notSaid),
  unsaid('项目进展通报谁负责', notSaid),
  unsaid('体育场馆建设谁负责', notSaid),
  unsaid('公厕改造谁牵头', notSaid),
  // An act of oversight the plan never speaks of, after a thing it does (老年助餐, 城市书房): the act is what is
  // asked, and the row's units are not said to do it.
  unsaid('老年助餐服务审计谁负责', notSaid),
  unsaid('城市书房建设验收归哪个部门', notSaid),
  unsaid('近视防控工作的绩效评价是谁牵头', notSaid),
  unsaid('垃圾分类谁负责', notSaid),
  unsaid('残疾人康复谁负责', notSaid),
  unsaid('保障性住房谁负责', notSaid),
  unsaid('燃气管道改造谁牵头', notSaid),
  unsaid('公交线路优化谁负责', notSaid),
  unsaid('学生营养餐谁负责', notSaid),
  unsaid('独居老人探访谁负责', notSaid),
  unsaid('充电桩建设谁牵头', notSaid),
  unsaid('方案里有没有防汛', notSaid),
  unsaid('农村公路谁负责', notSaid),
  unsaid('项目资金谁出', notSaid),

  // Round 2 of the held-out causes, written from the table before the rules were changed.
  // 谁牵头 with 由/归/是由/属于 before the asking word (nothing of it may stay in the subject).
  who('老旧小区改造由谁负责', leads(k(9))),
  who('口袋公园由哪个单位牵头', leads(k(12))),
  who('职业技能培训是由哪个部门负责的', leads(k(13))),
  who('城市书房归哪个单位', leads(k(2))),
  who('农贸市场快检属于哪个单位', leads(k(15))),
  who('院前急救是由谁牵头', leads(k(5))),
  // 谁配合 asked other ways: 除了…还有谁参与, 有配合单位吗, 协助, 配合的有哪些.
  coop('除了市建设局还有谁参与老旧小区改造', cooperators(k(9))),
  coop('序号12有配合单位吗', cooperators(k(12))),
  coop('近视防控谁协助', cooperators(k(3))),
  coop('老年助餐配合的有哪些', cooperators(k(6))),
  coop('除了市民政局，适老化改造还有哪个单位参与', cooperators(k(8))),
  coop('第5项有配合单位吗', cooperators(k(5))),
  coop('医保参保覆盖还有哪些单位参与', cooperators(k(14))),
  // 完成时限 asked of a project in words: 什么时候完成, 的时限, 截止, 哪个月.
  target('口袋公园什么时候完成', shows('2026年9月')),
  target('新增公共停车泊位的时限', shows('2026年12月')),
  target('老年助餐截止什么时候', shows('2026年10月')),
  target('城市书房哪个月要建成', shows('2026年11月')),
  target('近视防控什么时候截止', shows('2026年9月')),
  target('第11项完成时限是什么时候', shows('2026年11月')),

  // Round 6: the plan's words said otherwise (增加 for 新增, 提高 for 提升, 推进 for 开展, 新建 for 建成), a
  // department without the place and the rest of its merged field (教育局 of 市教育体育局), and things the
  // table truly lacks though one of their words stands in it.
  target('学位增加多少', shows('4000个')),
  target('托位增加多少个', shows('600个')),
  target('家庭医生签约增加多少人', shows('10万人')),
  who('增加学位谁负责', leads(k(1))),
  who('增加普惠性托位谁牵头', leads(k(7))),
  who('提高农村供水管网谁负责', leads(k(11))),
  who('推进职业技能培训谁牵头', leads(k(13))),
  who('新建村卫生室谁负责', leads(k(4))),
  division('教育局牵头哪些', owns('市教育体育局', k(1), k(3))),
  division('卫健局负责哪些项目', owns('市卫生健康局', k(4), k(5), k(7))),
  unsaid('新建体育馆谁负责', notSaid),
  unsaid('增加公办幼儿园学位谁负责', notSaid),
  unsaid('提高低保标准谁负责', notSaid),
  unsaid('新增养老床位多少张', noFigure),
];

/** Commands on projects whose leads are city departments, from an administrator with no division. */
const adminCommands: CorpusMessage[] = [
  command(
    '进展 9 已完成5个小区改造',
    {},
    {
      effect: { progress: { task: k(9).title, text: '已完成5个小区改造' } },
    },
  ),
  command(
    '进展 口袋公园 已开工8个',
    {},
    {
      effect: { progress: { task: k(12).title, text: '已开工8个' } },
    },
  ),
  command(
    '进展 第13项 已培训1.2万人次',
    {},
    {
      effect: { progress: { task: k(13).title, text: '已培训1.2万人次' } },
    },
  ),
  command(
    '整改 登记 老旧小区电梯加装滞后 单位:市建设局 期限:2026-12-31 任务:9',
    {},
    {
      effect: { registered: { deadline: '2026-12-31', unit: '市建设局', task: k(9).title } },
    },
  ),
  command(
    '整改 登记 托位建设进度慢 单位:市卫生健康局 期限:2026年11月30日 任务:7',
    {},
    {
      effect: { registered: { deadline: '2026-11-30', unit: '市卫生健康局', task: k(7).title } },
    },
  ),
];

export const LIVELIHOOD_PROJECTS_TABLE: PlanCorpus = {
  id: '诸暨民生实事分工表',
  shape: 'task table (tabs): 序号 | 项目名称 | 主要内容 | 牵头单位 | 配合单位 | 完成时限',
  files: ['test/fixtures/corpus/zhuji-livelihood-projects-2026.txt'],
  at: '2026-06-09T09:00:00+08:00',
  singles: [...singles, ...adminCommands],
  chats: [
    {
      about: '序号后追问配合和下一项',
      messages: [
        follow('第8项是什么', card(k(8))),
        follow('谁配合', cooperators(k(8))),
        follow('那第9项呢', card(k(9))),
      ],
    },
    {
      // 目标多少 after a project's card asks its figure (新增学位4000个), not the plan's list of targets.
      about: '序号后追问目标',
      messages: [
        follow('说说1', card(k(1))),
        follow('目标多少', shows('4000个')),
        follow('谁配合', cooperators(k(1))),
      ],
    },
    {
      about: '牵头后追问时限',
      messages: [follow('老年助餐谁牵头', leads(k(6))), follow('完成时限呢', shows('2026年10月'))],
    },
    {
      about: '单位后追问另一单位',
      messages: [
        follow('市卫生健康局牵头几个项目', owns('市卫生健康局', k(4), k(5), k(7))),
        follow('那市民政局呢', owns('市民政局', k(6), k(8))),
      ],
    },
    // Round 2: follow-ups with no subject of their own keep the last project, whatever they ask.
    {
      about: '序号牵头后追问配合和时限',
      messages: [
        follow('第9项谁牵头', leads(k(9))),
        follow('它的配合单位呢', cooperators(k(9))),
        follow('完成时限呢', shows('2026年12月')),
      ],
    },
    {
      about: '牵头后追问配合科室',
      messages: [follow('改造老旧小区谁负责', leads(k(9))), follow('那配合科室呢', cooperators(k(9)))],
    },
    {
      about: '牵头后问还有呢',
      messages: [follow('开展老年助餐服务谁负责', leads(k(6))), follow('还有呢', cooperators(k(6)))],
    },
    {
      about: '任务卡后追问时限和指标',
      messages: [
        follow('第7项是什么', card(k(7))),
        follow('它什么时候完成', shows('2026年12月')),
        follow('那配合的呢', cooperators(k(7))),
        follow('要新增多少托位', shows('600个')),
      ],
    },
    {
      about: '配合后追问牵头',
      messages: [follow('口袋公园谁配合', cooperators(k(12))), follow('那牵头的呢', leads(k(12)))],
    },
  ],
};
