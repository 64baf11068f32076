import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  coop,
  cooperators,
  follow,
  items,
  leads,
  noFigure,
  notSaid,
  shows,
  target,
  task,
  unsaid,
  who,
  yn,
} from '../expect-from-plan';

// A district's three-year talent plan (test/fixtures/corpus/nanhu-talent-2024-2026.txt): parts 一、…四、, sections
// （一）…（五） and （一）…（三） under 二、 and 三、, and ONE running numbering 1.–45. across both parts, each item
// ending with （牵头单位：X，配合单位：Y）. The bot's own short ids of part 三's items (6, 7, … 18) collide with the
// plan's 6.–18.: people who read the plan mean the plan's. Item 11's title starts with digits (`11.121人才梯队项目`).
// Its goal is a paragraph (一、总体目标), its figures stand inside the items' own sentences. Keys by plan number:
export const P: Record<number, TaskKey> = {
  3: task('加强博士后工作', ['区人力社保局'], ['区科技局']),
  6: task('建立高层次人才联系服务制度', ['区委组织部'], ['区委人才办']),
  7: task('开展大学生引进“千校万人”活动', ['区人力社保局'], ['区教育局', '各镇（街道）']),
  8: task('建设青年人才驿站', ['团区委'], ['区人力社保局', '区住建局']),
  9: task('发放青年人才生活补贴', ['区人力社保局'], ['区财政局']),
  10: task('实施大学生实习见习计划', ['区人力社保局'], ['区经信局']),
  11: task('121人才梯队项目', ['区委人才办'], ['区经信局', '区科技局']),
  12: task('推进青年科技人才托举', ['区科技局'], ['区科协']),
  13: task('打造技能人才培养基地', ['区人力社保局'], ['区经信局']),
  15: task('举办职业技能竞赛', ['区总工会'], ['区人力社保局']),
  17: task('开展乡村工匠培育', ['区农业农村局'], ['区人力社保局']),
  18: task('推行技能人才评价改革', ['区人力社保局'], ['区市场监管局']),
  20: task('加强卫生健康人才队伍建设', ['区卫生健康局'], ['区人力社保局']),
  26: task('加强审计监督干部队伍建设', ['区审计局'], ['区委组织部']),
  27: task('建设南湖实验室', ['区科技局'], ['区财政局']),
  28: task('建设高能级创新平台', ['区科技局'], ['区发改局']),
  29: task('建设人才创业社区', ['区科技局'], ['区住建局']),
  30: task('建设校地合作平台', ['区科技局'], ['区教育局']),
  31: task('建设人力资源服务产业园', ['区人力社保局'], ['区商务局']),
  32: task('建设人才数字化服务平台', ['区委人才办'], ['区大数据中心']),
  33: task('保障人才安居', ['区住建局'], ['区财政局', '区委人才办']),
  34: task('保障人才子女入学', ['区教育局'], ['区委人才办']),
  35: task('保障人才医疗服务', ['区卫生健康局']),
  36: task('提升公租房保障水平', ['区住建局'], ['区人力社保局']),
  37: task('推进人才评价改革', ['区委人才办'], ['区人力社保局']),
  38: task('完善科研经费管理', ['区科技局'], ['区财政局']),
  39: task('推进人才贷和人才险', ['区金融办'], ['区财政局']),
  40: task('设立人才发展基金', ['区财政局'], ['区委人才办', '南湖基金小镇管委会']),
  41: task('开展人才节活动', ['区委人才办'], ['区委宣传部']),
  42: task('开展优秀人才评选表彰', ['区委人才办'], ['区人力社保局']),
  43: task('加强人才宣传', ['区委宣传部'], ['区委人才办']),
  44: task('建设人才之家', ['区委人才办'], ['各镇（街道）']),
  45: task('加强人才工作督查', ['区委组织部'], ['区委人才办']),
};
const k = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the plan's running 1.–45. wins over the bot's short ids 6…18 of part 三's items, however asked.
  byNumber('项目8是干啥的', card(k(8))),
  byNumber('第6项谁配合', cooperators(k(6))),
  byNumber('任务7讲什么', card(k(7))),
  byNumber('第12项是什么', card(k(12))),
  byNumber('13是啥', card(k(13))),
  byNumber('第十五项谁牵头', leads(k(15))),
  byNumber('17.讲的什么', card(k(17))),
  byNumber('第18条谁负责', leads(k(18))),
  byNumber('第10项是什么内容', card(k(10))),
  byNumber('第11项是什么', card(k(11))),
  byNumber('任务11谁牵头', leads(k(11))),
  byNumber('第33项谁负责', leads(k(33))),
  byNumber('第45项讲啥', card(k(45))),
  byNumber('36是什么', card(k(36))),
  byNumber('（五）下面有哪些任务', items(k(27), k(28), k(29), k(30), k(31), k(32))),
  // 里面/里头 with 有啥/有些啥 ask what a section holds, as 下面有哪些 does.
  byNumber('二（二）里面有啥任务', items(...[7, 8, 9, 10, 11, 12].map(k))),
  byNumber('（五）里头有些啥', items(k(27), k(28), k(29), k(30), k(31), k(32))),
  // A section by its part's name and its number; the safeguards by theirs; a part heading by its number.
  byNumber('重点任务（五）说了啥', items(k(27), k(28), k(29), k(30), k(31), k(32))),
  byNumber('优化人才发展生态（二）有哪些任务', items(k(37), k(38), k(39), k(40))),
  target('保障措施第（二）条是什么', shows('不少于3亿元')),
  target('四、保障措施有哪些', shows('加强组织领导', '强化资金保障', '强化考核督查')),
  target('保障措施（三）讲的啥', shows('强化考核督查')),
  // A card of an item the bot numbers 8 tells people to send the plan's 35, which reads back to it.
  byNumber('第35项', { ...card(k(35)), mentions: [k(35).title, '进展 35 <内容>'] }),

  // 谁牵头 / 谁配合: subjects inside the items.
  who('博士后工作站谁牵头', leads(k(3))),
  who('青年人才驿站归谁管', leads(k(8))),
  who('121人才梯队谁负责', leads(k(11))),
  who('人才租赁住房谁筹集', leads(k(33))),
  who('人才发展基金谁设立', leads(k(40))),
  who('南湖实验室谁牵头', leads(k(27))),
  coop('职业技能竞赛谁配合', cooperators(k(15))),
  // Fillers of speech, a one-character typo of the plan's word.
  who('嗯 那个就是说 博士后这块是谁在管', leads(k(3))),
  who('呃 青年人才驿站那块谁在负责', leads(k(8))),
  who('公组房谁负责', leads(k(36))),
  coop('人才子女入学哪些单位配合', cooperators(k(34))),

  // 目标与指标: the goal paragraph, and figures stated in an item's own sentence about that very thing.
  target('人才资源总量要达到多少', shows('25万人')),
  // A figure asked yes or no, the plan's figure quoted with its qualifier (不少于).
  yn('人才资源总量是30万人吗', { ...shows('25万人'), yes: false }),
  yn('每年走访联系人才是不是300人次', { ...shows('不少于200人次'), yes: false }),
  yn('新建博士后科研工作站是5家吗', { ...shows('5家'), yes: true }),
  target('方案目标是什么', shows('人才资源总量达到25万人')),
  target('方案的主要目标', shows('人才资源总量达到25万人')),
  target('每年培养博士后多少人', shows('500人')),
  target('经济责任审计几年轮审一遍', shows('5年轮审1遍')),
  target('主要领导干部多久轮审一次', shows('5年轮审1遍')),
  target('每年引进多少大学生', shows('1.7万人')),
  target('三年引进多少大学生', shows('5万人')),
  target('青年人才生活补贴每月多少钱', shows('1000元至3000元')),
  target('技能大师工作室建几家', shows('20家')),
  target('人力资源服务产业园营收要达到多少', shows('20亿元')),
  target('人才租赁住房每年筹集多少套', shows('2000套')),
  target('人才发展基金规模多大', shows('10亿元')),
  target('乡村工匠每年培育多少', shows('300名')),

  // 方案未写明
  unsaid('博士后科研流动站建设经费是多少', noFigure),
  unsaid('人才公寓物业费谁负责', notSaid),
  // A real word the plan lacks is not a typo of a plan word (公积金 is no 公基金 of 人才发展基金).
  unsaid('公积金谁负责', { ...notSaid, echoes: ['公积金'] }),
  unsaid('外籍人才签证谁负责', notSaid),
  unsaid('院士专家工作站每年补助多少钱', noFigure),
  unsaid('博士后生活补贴每月多少钱', noFigure),
  unsaid('每年引进多少院士', noFigure),
  unsaid('人才购房补贴标准是多少', noFigure),
];

// Progress by the plan's own number, written as people write it: no space, a full-width colon.
const commands: CorpusMessage[] = [
  command(
    '进展12：已支持青年科技项目30项',
    {},
    { effect: { progress: { task: k(12).title, text: '30项' } } },
  ),
  command(
    '进展 33：已筹集人才租赁住房800套',
    {},
    { effect: { progress: { task: k(33).title, text: '800套' } } },
  ),
  command(
    '进展第8项：高铁站驿站已开放',
    {},
    { effect: { progress: { task: k(8).title, text: '驿站已开放' } } },
  ),
  command(
    '帮我记一下 11 梯队名单已公布',
    {},
    { effect: { progress: { task: k(11).title, text: '名单已公布' } } },
  ),
];

export const NANHU_TALENT_2024_2026: PlanCorpus = {
  id: '南湖人才强区行动方案',
  shape: '一、(一) with one running 1.–45. across parts; （牵头单位：…，配合单位：…）',
  files: ['test/fixtures/corpus/nanhu-talent-2024-2026.txt'],
  at: '2024-05-13T09:00:00+08:00',
  singles: [...singles, ...commands],
  chats: [
    {
      about: '部分下的任务,再按列出的编号追问',
      messages: [
        follow('三、有哪些任务', items(...[33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45].map(k))),
        follow('36', card(k(36))),
      ],
    },
    {
      about: '编号后追问',
      messages: [
        follow('第8项是什么', card(k(8))),
        follow('谁配合', cooperators(k(8))),
        follow('那第9项呢', card(task('发放青年人才生活补贴', ['区人力社保局'], ['区财政局']))),
      ],
    },
  ],
};
