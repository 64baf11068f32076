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

// A district audit bureau's annual work points (test/fixtures/corpus/shangyu-audit-work-points-2026.txt): six
// sections 一、…六、 and one running parenthesised series （一）…（二十） across them, each item ending with
// (责任科室:X) or (牵头科室:X;配合科室:Y). Its units are 科 (科室), not 处. Item （十二） has no note, and the
// closing paragraph (考核评价) names nobody. Staff of this bureau say （八）, 第7项, 任务12, 第二十条. Keys:
export const P: Record<string, TaskKey> = {
  一: task('深化理论武装', ['办公室']),
  二: task('推进全面从严治党', ['机关党支部'], ['办公室', '法规审理科']),
  三: task('开展稳增长政策跟踪审计', ['财政审计科'], ['投资审计科']),
  四: task('开展惠企政策落实审计', ['企业审计科'], ['财政审计科']),
  五: task('开展就业优先政策审计', ['社会保障审计科']),
  六: task('做好本级预算执行和决算草案审计', ['财政审计科'], ['行政事业审计科']),
  七: task('开展部门预算执行审计', ['行政事业审计科']),
  八: task('开展镇街财政财务收支审计', ['农业农村审计科'], ['财政审计科']),
  九: task('加强政府债务审计', ['财政审计科'], ['企业审计科', '投资审计科']),
  十: task('开展养老服务资金审计', ['社会保障审计科']),
  十一: task('开展医保基金专项审计', ['社会保障审计科'], ['电子数据审计科']),
  十二: task('开展义务教育学校建设审计', []),
  十三: task('开展重大投资项目审计', ['投资审计科'], ['农业农村审计科']),
  十四: task('开展农业农村审计', ['农业农村审计科']),
  十五: task('开展国有企业审计', ['企业审计科'], ['经济责任审计科']),
  十六: task('开展经济责任审计', ['经济责任审计科'], ['农业农村审计科']),
  十七: task('加强内部审计指导监督', ['法规审理科']),
  十八: task('健全审计整改长效机制', ['法规审理科'], ['各审计业务科室']),
  十九: task('推进数字化审计', ['电子数据审计科'], ['财政审计科', '社会保障审计科']),
  二十: task('加强审计干部队伍建设', ['办公室']),
};
const k = (n: string) => P[n]!;

const singles: CorpusMessage[] = [
  // 任务编号: the running series as staff say it — （八）, 第7项任务, 任务12, 第二十条 (条 for an item), 任务十六,
  // full-width digits, and a section (三、, 第四部分) asked for its items. （十二） has no note: its card must
  // say the plan names nobody.
  byNumber('第7项任务讲什么', card(k('七'))),
  byNumber('（八）', card(k('八'))),
  byNumber('(十五)是啥', card(k('十五'))),
  byNumber('第十九项是什么内容', card(k('十九'))),
  byNumber('任务12是啥', both(card(k('十二')), notSaid)),
  byNumber('第二十条谁负责', leads(k('二十'))),
  byNumber('三、下面有哪些任务', items(k('六'), k('七'), k('八'), k('九'))),
  byNumber('第四部分有哪些任务', items(k('十'), k('十一'), k('十二'), k('十三'), k('十四'), k('十五'))),
  byNumber('（三）谁牵头', leads(k('三'))),
  byNumber('第9项谁负责', leads(k('九'))),
  byNumber('任务十六讲的啥', card(k('十六'))),
  byNumber('第十一项的牵头科室', leads(k('十一'))),
  byNumber('第1项任务', card(k('一'))),
  byNumber('第２０项', card(k('二十'))),
  byNumber('说说第十三项', card(k('十三'))),
  byNumber('任务17是干嘛的', card(k('十七'))),

  // 谁牵头: phrases of one item, with paraphrase (区属国企, 内审), typos, traditional characters, voice input.
  who('专项债券资金使用情况谁跟', leads(k('三'))),
  who('超长期特别国债谁审', leads(k('三'))),
  who('拖欠民营企业账款清理归哪个科', leads(k('四'))),
  who('稳岗返还谁负责', leads(k('五'))),
  // 还 ending 返还 is the word's, not the adverb of 还归/还是/还谁.
  who('稳岗返还归哪个科牵头', leads(k('五'))),
  yn('稳岗返还是社会保障审计科牵头吧', yesNo(k('五'), '社会保障审计科', true)),
  yn('稳岗返还是财政审计科负责的吗', yesNo(k('五'), '财政审计科', false)),
  who('零基预算改革谁牵头', leads(k('六'))),
  who('三公经费审计谁负责', leads(k('七'))),
  who('村级集体经济审计谁管', leads(k('八'))),
  who('隐性债务底数谁来摸', leads(k('九'))),
  who('居家养老服务中心运营归哪个科', leads(k('十'))),
  who('欺诈骗保谁查', leads(k('十一'))),
  who('曹娥江滨江绿道审计谁负责', leads(k('十三'))),
  who('高标准农田建设谁审', leads(k('十四'))),
  who('区属国企审计谁牵头', leads(k('十五'))),
  who('自然资源资产离任审计谁搞', leads(k('十六'))),
  who('内审质量评估谁负责', leads(k('十七'))),
  who('审计大讲堂谁办', leads(k('二十'))),
  who('审计大数据分析平台谁建', leads(k('十九'))),
  who('廉政风险点排查谁牵头', leads(k('二'))),
  who('第一议题制度谁落实', leads(k('一'))),
  who('医保基金专项审记谁牵头', leads(k('十一'))),
  who('政府債務審計誰負責', leads(k('九'))),
  who('那个 就是 城北污水处理厂提标改造 归哪个科', leads(k('十三'))),

  // 处室管什么: a 科 by its full name or its short form (社保科), alone or in pairs.
  division('财政审计科牵头哪些', owns('财政审计科', k('三'), k('六'), k('九'))),
  division('社会保障审计科管什么', owns('社会保障审计科', k('五'), k('十'), k('十一'))),
  division('社保科有啥任务', owns('社会保障审计科', k('五'), k('十'), k('十一'))),
  division('办公室负责哪几项', owns('办公室', k('一'), k('二十'))),
  division(
    '法规审理科和电子数据审计科各自管什么',
    both(owns('法规审理科', k('十七'), k('十八')), owns('电子数据审计科', k('十九'))),
  ),
  division('投资审计科牵头什么', owns('投资审计科', k('十三'))),
  division('企业审计科负责啥', owns('企业审计科', k('四'), k('十五'))),
  division('农业农村审计科有哪些活', owns('农业农村审计科', k('八'), k('十四'))),

  // 是非与选择
  yn('政府债务审计是财政审计科牵头吗', yesNo(k('九'), '财政审计科', true)),
  yn('医保基金审计是电子数据审计科牵头吗', yesNo(k('十一'), '电子数据审计科', false)),
  yn('国企审计归企业审计科吧', yesNo(k('十五'), '企业审计科', true)),
  yn('经济责任审计是法规审理科牵头吗', yesNo(k('十六'), '法规审理科', false)),
  yn('整改回头看是法规审理科负责吗', yesNo(k('十八'), '法规审理科', true)),
  yn('养老服务资金审计是社会保障审计科还是行政事业审计科', leads(k('十'))),
  yn('镇街财政收支审计谁牵头，财政审计科还是农业农村审计科', leads(k('八'))),
  yn('数字化审计归电子数据审计科还是办公室', leads(k('十九'))),

  // 谁配合: the 配合科室 of the note.
  coop('政府债务审计谁配合', cooperators(k('九'))),
  coop('（十九）配合科室', cooperators(k('十九'))),
  coop('医保基金专项审计哪个科配合', cooperators(k('十一'))),
  coop('第十五项谁协助', cooperators(k('十五'))),
  coop('重大投资项目审计配合的是谁', cooperators(k('十三'))),
  coop('全面从严治党哪些科室配合', cooperators(k('二'))),

  // 两问合一
  two('政府债务审计谁负责，整改完成率要求多少', both(leads(k('九')), shows('95%以上'))),
  two('第3项和第4项分别谁牵头', both(leads(k('三')), leads(k('四')))),
  two('养老服务资金审计谁管？医保基金呢', both(leads(k('十')), leads(k('十一')))),
  two('经济责任审计谁牵头 今年要做几个', both(leads(k('十六')), shows('14个'))),
  two('国企审计谁牵头，配合的是哪个科', both(leads(k('十五')), cooperators(k('十五')))),

  // 目标与指标: the year's figures in the preamble, and figures inside items.
  target('今年计划安排多少个审计项目', shows('42个')),
  target('经济责任审计项目全年几个', shows('14个')),
  target('审计整改完成率要达到多少', shows('95%以上')),
  target('问题线索移送率要求', shows('移送率达到100%')),
  target('理论学习中心组要学几次', shows('12次以上')),
  target('业务培训全年几期', shows('不少于10期')),
  target('自然资源资产离任审计今年做几个', shows('离任审计3个')),
  target('部门预算执行审计覆盖多少个部门', shows('12个区级部门')),

  hello('在吗', greeting),
  hello('好的 谢谢', greeting),
  hello('辛苦啦', greeting),

  // 方案未写明: the item with no note, the closing paragraph, a person, and subjects the points never mention.
  unsaid('（十二）谁负责', both(card(k('十二')), notSaid)),
  unsaid('义务教育学校建设审计谁牵头', notSaid),
  unsaid('要点落实情况考核谁负责', notSaid),
  unsaid('审计项目计划谁来定', notSaid),
  unsaid('河道治理审计谁负责', notSaid),
  unsaid('疫情防控物资审计谁管', notSaid),
  unsaid('粮食收储审计归哪个科', notSaid),
  unsaid('政府采购审计谁负责', notSaid),
  unsaid('文物保护谁负责', notSaid),
  unsaid('公积金审计谁牵头', notSaid),
  unsaid('审计结果公告谁负责', notSaid),
  unsaid('方案有没有提到亚运', notSaid),
  unsaid('有没有讲到乡村振兴', notSaid),
  unsaid('投资审计科科长是谁', notSaid),
  unsaid('环保督察整改谁负责', notSaid),
  unsaid('档案管理谁负责', notSaid),

  // A figure the plan does not give; abbreviations of its terms (内审 of 内部审计) read as the term.
  unsaid('内审工作经费标准是多少', noFigure),
  unsaid('政府债务审计覆盖率要求多少', noFigure),
  unsaid('医保基金审计每年抽几家医院', noFigure),
  unsaid('数字化审计覆盖率要达到多少', noFigure),
  who('内审机构建设谁负责', leads(k('十七'))),
  who('内审质量评估归哪个科', leads(k('十七'))),
  who('内审指导监督谁牵头', leads(k('十七'))),
  who('经责审计谁牵头', leads(k('十六'))),
  // A unit as the subject of 配合/参与/负责.
  division('投资审计科要配合哪条', owns('投资审计科', k('三'), k('九'))),
  division('经济责任审计科配合什么', owns('经济责任审计科', k('十五'))),
  division('电子数据审计科参与了哪些任务', owns('电子数据审计科', k('十一'), k('十九'))),
  division('法规审理科配合哪几项', owns('法规审理科', k('二'))),
];

// Commands on Tuesday 2026-03-10 from the 科 on the roster: progress by （九）, 第6项, 十, or by words; items
// with 月底, 年底, 下周五, 二季度末, and amounts 26.5万元, 3亿元, 5千元.
const commands: CorpusMessage[] = [
  command(
    '进展（九）隐性债务底数摸排完成',
    {},
    {
      user: 'ou_sy_cz',
      effect: { progress: { task: k('九').title, text: '摸排完成' } },
    },
  ),
  command(
    '进展 第6项：预算执行审计进点',
    {},
    {
      user: 'ou_sy_cz',
      effect: { progress: { task: k('六').title, text: '进点' } },
    },
  ),
  command(
    '帮我记一下 医保基金专项审计完成数据分析',
    {},
    {
      user: 'ou_sy_sb',
      effect: { progress: { task: k('十一').title, text: '数据分析' } },
    },
  ),
  command(
    '记一下进展 十 养老服务资金审计已出报告',
    {},
    {
      user: 'ou_sy_sb',
      effect: { progress: { task: k('十').title, text: '已出报告' } },
    },
  ),
  command(
    '整改 登记 稳岗返还资金滞留 单位:区人力社保局 期限:月底 金额:26.5万元',
    {},
    {
      user: 'ou_sy_sb',
      effect: { registered: { deadline: '2026-03-31', amount: 26.5, unit: '区人力社保局' } },
    },
  ),
  command(
    '整改 登记 债务化解计划未落实 单位:区城投公司 期限:年底 金额:3亿元',
    {},
    {
      user: 'ou_sy_cz',
      effect: { registered: { deadline: '2026-12-31', amount: 30000, unit: '区城投公司' } },
    },
  ),
  command(
    '整改 登记 会议费超标准列支 单位:区文旅局 期限:下周五 金额:5千元',
    {},
    {
      user: 'ou_sy_cz',
      effect: { registered: { deadline: '2026-03-20', amount: 0.5, unit: '区文旅局' } },
    },
  ),
  command(
    '整改 登记 养老机构补贴超范围发放 单位:区民政局 期限:二季度末',
    {},
    {
      user: 'ou_sy_sb',
      effect: { registered: { deadline: '2026-06-30', unit: '区民政局' } },
    },
  ),
];

export const SHANGYU_WORK_POINTS_2026: PlanCorpus = {
  id: '上虞审计工作要点',
  shape: '（一）…（二十） running across 一、…六、; 科 units',
  files: ['test/fixtures/corpus/shangyu-audit-work-points-2026.txt'],
  at: '2026-03-10T09:00:00+08:00',
  roster: [
    ['ou_sy_cz', '财政审计科', '处长'],
    ['ou_sy_sb', '社会保障审计科', '成员'],
  ],
  singles: [...singles, ...commands],
  chats: [
    {
      about: '编号后追问',
      messages: [
        follow('第7项任务讲什么', card(k('七'))),
        follow('这个是哪个科牵头的', leads(k('七'))),
        follow('那（八）呢', card(k('八'))),
      ],
    },
    {
      about: '财政审计科问本科',
      user: 'ou_sy_cz',
      messages: [
        follow('我们科的任务是啥', owns('财政审计科', k('三'), k('六'), k('九'))),
        follow('本科配合哪些', owns('财政审计科', k('四'), k('八'), k('十九'))),
      ],
    },
    {
      about: '事项后追问配合和同类',
      messages: [
        follow('医保基金专项审计谁牵头', leads(k('十一'))),
        follow('谁配合', cooperators(k('十一'))),
        follow('那养老服务资金审计呢', leads(k('十'))),
      ],
    },
    {
      about: '无责任科室的一项后追问',
      messages: [
        follow('（十二）谁负责', both(card(k('十二')), notSaid)),
        follow('那（十三）呢', leads(k('十三'))),
      ],
    },
    {
      about: '任务卡后问数字',
      messages: [
        follow('（十六）讲什么', card(k('十六'))),
        follow('每年做几个', shows('14个')),
        follow('第7项任务是啥', card(k('七'))),
        follow('覆盖几个部门', shows('12个区级部门')),
        follow('（八）讲什么', card(k('八'))),
        follow('抽几个镇街', shows('3个镇街')),
      ],
    },
  ],
};

// Round 2: the same work points in use with the bureau's 2021—2025 plan beside them (its 处 on the roster).
// Staff name this plan's 科 in their everyday short forms — 投资科 (投资审计科), 社保科 (社会保障审计科),
// 经责科, 法规科, 数据科, or with 处 for 科 — and the other plan's 投资处/社保处 must not take them (its
// divisions' own names stay theirs: records were made under them).
const shortForms: CorpusMessage[] = [
  division('投资科牵头什么', owns('投资审计科', k('十三'))),
  division('社保科负责哪些', owns('社会保障审计科', k('五'), k('十'), k('十一'))),
  division('经责科管什么', owns('经济责任审计科', k('十六'))),
  division('法规科有哪些任务', owns('法规审理科', k('十七'), k('十八'))),
  division('数据科牵头哪些', owns('电子数据审计科', k('十九'))),
  division('经责处管什么', owns('经济责任审计科', k('十六'))),
  division('农业农村科管哪些', owns('农业农村审计科', k('八'), k('十四'))),
  division('行政事业科负责什么', owns('行政事业审计科', k('七'))),
  yn('重大投资项目审计是投资科牵头吗', yesNo(k('十三'), '投资审计科', true)),
  yn('养老服务资金审计是社保科负责的吗', yesNo(k('十'), '社会保障审计科', true)),
  yn('政府债务审计是投资科牵头吗', yesNo(k('九'), '投资审计科', false)),
  coop('投资科配合哪些', owns('投资审计科', k('三'), k('九'))),
];

export const SHANGYU_BESIDE_SHIPPED: PlanCorpus = {
  id: '上虞要点与十四五方案并存',
  shape: '（一）…（二十）, 科 units; the 2021—2025 plan (处 units) known beside it',
  files: [
    'seeds/shaoxing-audit-common-prosperity-2021-2025.txt',
    'test/fixtures/corpus/shangyu-audit-work-points-2026.txt',
  ],
  at: '2026-03-10T09:00:00+08:00',
  singles: shortForms,
  chats: [],
};
