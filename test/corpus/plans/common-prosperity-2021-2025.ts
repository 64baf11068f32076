import type { CorpusMessage, PlanCorpus } from '../corpus-types';
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

// The shipped plan (seeds/, 2021—2025): 一、总体要求 / 二、重点任务 (一)…(五) with items 1. 2. 3. under
// (一)(二)(三) / 三、保障措施. Every task ends with (责任单位:局X处牵头、相关处室配合). Staff call the tasks
// 1.1 … 3.3, 4, 5 (section.item), or by clause 二(三)2. Keys read from the notes:
export const SHIPPED = {
  '1.1': task('聚焦助力创新型城市建设', ['教科文处'], ['相关处室']),
  '1.2': task('聚焦推动构建高质量现代产业体系', ['企金处'], ['相关处室']),
  '2.1': task('聚焦推动提升城市能级和功能品质', ['投资处'], ['相关处室']),
  '2.2': task('聚焦促进城乡一体化发展和美丽绍兴建设', ['农环处'], ['相关处室']),
  '2.3': task('聚焦推动更高质量创业就业', ['社保处'], ['相关处室']),
  '3.1': task('聚焦推进教育现代化', ['教科文处'], ['相关处室']),
  '3.2': task('聚焦社会保障体系建设', ['社保处'], ['相关处室']),
  '3.3': task('聚焦安居工程深入实施', ['投资处'], ['相关处室']),
  '4': task('奋力打造高标识文明之城', ['教科文处'], ['相关处室']),
  '5': task('奋力打造高品质美好社会', ['农环处'], ['相关处室']),
};
const K = SHIPPED;

// 三、保障措施 (一)…(七): the headings, and the holders the text names.
const MEASURES = [
  '加强组织领导',
  '加强责任落实',
  '加强联动协同',
  '加强跟踪督促',
  '加强整改落实',
  '加强成果运用',
  '加强作风建设',
];
const GOALS = [
  '推动重大政策精准落实',
  '推动财政资金高效使用',
  '推动民生福祉稳步提升',
  '推动重大项目“争先竞跑”',
  '推动领导干部履职尽责',
  '推动审计效能全域增强',
];

const singles: CorpusMessage[] = [
  // 任务编号: the numbers staff use (1.1 … 3.3, 4, 5), the plan's clauses (二(三)2, (四)), spoken digits
  // (3点3, 三点二), full-width digits, and the casual endings a chat adds (讲些什么东西, 呀, 一下).
  byNumber('说说2.1', card(K['2.1'])),
  byNumber('2.3讲的啥', card(K['2.3'])),
  byNumber('第2.1项任务是什么内容', card(K['2.1'])),
  byNumber('任务1.1讲些什么东西', card(K['1.1'])),
  byNumber('任务1.2主要干什么呀', card(K['1.2'])),
  byNumber('讲讲3.3呗', card(K['3.3'])),
  byNumber('2.2啦', card(K['2.2'])),
  who('铸魂工程谁牵头啦', leads(K['4'])),
  byNumber('3.1是做什么的', card(K['3.1'])),
  byNumber('看下3.3', card(K['3.3'])),
  byNumber('1.1具体什么内容', card(K['1.1'])),
  byNumber('二（二）2是什么', card(K['2.2'])),
  byNumber('二(三)3讲啥', card(K['3.3'])),
  // A section asked with its part's numeral and name before it: that section's items only.
  byNumber('二、重点任务（三）里都有啥', items(K['3.1'], K['3.2'], K['3.3'])),
  byNumber('第二部分（一）中有哪些任务', items(K['1.1'], K['1.2'])),
  byNumber('二（二）里面有啥任务', items(K['2.1'], K['2.2'], K['2.3'])),
  // Numbers as staff say them: 那一条 after the number, a typo of the question word, 把…发我, 调下.
  byNumber('二（四）那一条是干嘛的', card(K['4'])),
  byNumber('1.2谁负则', leads(K['1.2'])),
  byNumber('帮我调下2.1', card(K['2.1'])),
  byNumber('把3.3发我', card(K['3.3'])),
  byNumber('（五）是啥', card(K['5'])),
  byNumber('(四)讲的什么', card(K['4'])),
  byNumber('任务四', card(K['4'])),
  byNumber('帮我看看任务3.2', card(K['3.2'])),
  byNumber('３.２', card(K['3.2'])),
  byNumber('任务 2.1 的内容发一下', card(K['2.1'])),
  byNumber('3点3是什么任务', card(K['3.3'])),
  byNumber('三点二讲的是什么', card(K['3.2'])),
  byNumber('那个 二点一 是啥', card(K['2.1'])),
  byNumber('2.2 什么内容', card(K['2.2'])),
  byNumber('第3.3项是什么', card(K['3.3'])),
  byNumber('任务5讲的啥东西', card(K['5'])),
  byNumber('说一下任务4', card(K['4'])),
  byNumber('二(五)', card(K['5'])),
  byNumber('2.2谁牵头', leads(K['2.2'])),
  byNumber('3.2是哪个处的', leads(K['3.2'])),
  byNumber('任务2.3归谁', leads(K['2.3'])),
  byNumber('1.2谁负责啊', leads(K['1.2'])),
  byNumber('二（一）1谁牵头', leads(K['1.1'])),
  byNumber('2.1任务牵头处室', leads(K['2.1'])),
  byNumber('3.1谁在管', leads(K['3.1'])),
  byNumber('任务1.1的牵头单位是', leads(K['1.1'])),
  byNumber('任务3.3呀', card(K['3.3'])),
  byNumber('1.2一下', card(K['1.2'])),

  // 谁牵头: a phrase of one task's text, asked directly, in other words, in 口语 (那块, 谁的活, 在弄), as voice
  // input (那个…就是…), with typos (审记, 扶责), in traditional characters, with full-width punctuation, and with
  // none at all. Each subject stands in exactly one task of 二、重点任务.
  who('城市医联体那块审记是谁的活', leads(K['3.2'])),
  // 社保 the dictionary does not know: 保审计 of the goals' 确保审计 is no evidence (it read as 没有指定牵头处室).
  who('社保审计谁负责', leads(K['3.2'])),
  who('社保审记是谁负责的呀', leads(K['3.2'])),
  who('铸魂工程谁牵头', leads(K['4'])),
  who('大禹文化传承弘扬这块归哪个处', leads(K['4'])),
  who('绍兴文创大走廊谁负责的', leads(K['4'])),
  who('文商旅融合发展样板打造是哪个处', leads(K['4'])),
  who('全域文明示范城市创建谁管', leads(K['4'])),
  who('重大文化设施建设工程归谁', leads(K['4'])),
  who('公共文化服务体系建设谁牵头', leads(K['4'])),
  who('健康养老新业态这块谁在跟', leads(K['3.2'])),
  who('养老保险城乡统筹推进归哪个处室', leads(K['3.2'])),
  who('残疾人保障和服务体系谁负责', leads(K['3.2'])),
  who('大爱绍兴品牌建设谁牵头', leads(K['3.2'])),
  who('网底工程是哪个处的', leads(K['3.2'])),
  who('健康大脑加智慧医疗谁管', leads(K['3.2'])),
  who('社保服务提质扩面谁来弄', leads(K['3.2'])),
  who('老年友好型社会建设归谁', leads(K['3.2'])),
  who('保障性租赁住房建设谁牵头啊', leads(K['3.3'])),
  who('住房保障体系建设归哪个处', leads(K['3.3'])),
  who('那个就是低收入群体住房安全这块谁负责', leads(K['3.3'])),
  who('双城计谁牵头', leads(K['2.1'])),
  who('主城区联动发展谁负责', leads(K['2.1'])),
  who('重大互联互通交通项目审计谁来', leads(K['2.1'])),
  who('耕地保护归哪个处', leads(K['2.2'])),
  who('绿色低碳转型推进谁负责', leads(K['2.2'])),
  who('美丽绍兴建设谁管', leads(K['2.2'])),
  who('四治融合谁负责', leads(K['5'])),
  who('民主法治村社区建设谁牵头', leads(K['5'])),
  who('基层社会治理审计归哪个处室', leads(K['5'])),
  who('重点群体增收谁负责', leads(K['2.3'])),
  who('创业就业促进体系归谁', leads(K['2.3'])),
  who('企业长高长壮培育行动谁牵头', leads(K['1.2'])),
  who('投融资体制机制创新这块谁负责', leads(K['1.2'])),
  who('两业经归哪个处', leads(K['1.2'])),
  who('百项千亿重点项目谁负责', leads(K['1.1'])),
  who('创新平台提能造峰归哪个处室', leads(K['1.1'])),
  who('人才强市谁牵头', leads(K['1.1'])),
  who('职业教育产教融合谁负责', leads(K['3.1'])),
  who('教育大脑+智慧学校归谁', leads(K['3.1'])),
  who('育儿友好型社会构建谁牵头', leads(K['3.1'])),
  who('鑄魂工程誰負責', leads(K['4'])),
  who('保障性租賃住房歸哪個處', leads(K['3.3'])),
  who('縣域醫共體誰牽頭', leads(K['3.2'])),
  who('耕地保護審計歸誰管', leads(K['2.2'])),
  who('古城项目群，谁负责？', leads(K['4'])),
  who('“大禹文化”——归哪个处室？', leads(K['4'])),
  who('危旧房改造：谁牵头？', leads(K['3.3'])),
  who('兰亭书法节谁管的', leads(K['4'])),
  who('污水零直排谁管', leads(K['2.2'])),
  who('医联体审记谁负责', leads(K['3.2'])),
  who('保障性住房谁扶责', leads(K['3.3'])),
  who('耕地保户谁牵头', leads(K['2.2'])),
  who('残疾人报障谁负责', leads(K['3.2'])),
  who('文创大走郎谁负责', leads(K['4'])),
  who('乡村振兴审及谁管', leads(K['2.2'])),
  who('科创那块谁在弄', leads(K['1.1'])),
  who('安居工程是谁的活', leads(K['3.3'])),
  who('社会保障体系那块谁盯着', leads(K['3.2'])),
  who('创新型城市建设是哪个处在搞', leads(K['1.1'])),
  who('那个 就是 兰亭书法节那个 是哪个处负责的', leads(K['4'])),
  who('嗯 古城项目群 谁牵头的 那个', leads(K['4'])),
  who('就是那个 公租房 归谁管来着', leads(K['3.3'])),
  who('那个那个现代农业谁负责', leads(K['2.2'])),
  who('整个方案由哪个处统筹', { role: '秘书处' }),
  who('领导小组组长是谁', { role: '局主要领导' }),
  // 三(一): the 领导小组's 组长, 副组长 and 成员, and its 工作专班's 专班组长 (由协管秘书处的局领导任专班组长); a
  // qualifier the text does not write (常务副组长), or a role of the 专班 it gives only the 领导小组 (副组长), is
  // another role, not named.
  who('组长是谁', { role: '局主要领导' }),
  who('工作专班组长是谁', { role: '协管秘书处的局领导' }),
  who('专班组长谁当', { role: '协管秘书处的局领导' }),
  unsaid('领导小组常务副组长是谁', notSaid),
  // A period no known plan covers (only the 2021—2025 plan is here): said so, not answered from this one.
  unsaid('十五五方案有哪些主要目标', notSaid),
  unsaid('十五五里安居工程谁牵头', notSaid),
  unsaid('专班副组长是谁', notSaid),
  unsaid('领导小组办公室主任是谁', notSaid),
  // A long run of common words the plan holds verbatim (2.1: 城市发展建设相关政策、资金或项目) is its phrase.
  who('城市发展建设相关资金审计谁管', leads(K['2.1'])),

  // 处室管什么: a division asked for what it leads, by its full or short name, alone or in pairs (各自, 分别).
  division('企金处牵头什么', owns('企金处', K['1.2'])),
  division('教科文处负责哪些', owns('教科文处', K['1.1'], K['3.1'], K['4'])),
  division('投资处有啥任务', owns('投资处', K['2.1'], K['3.3'])),
  division('农环处管哪几块', owns('农环处', K['2.2'], K['5'])),
  division('社保处的活有哪些', owns('社保处', K['2.3'], K['3.2'])),
  // Short forms without 处, joined by 跟, each asked (各).
  division('企金跟投资各负责什么', both(owns('企金处', K['1.2']), owns('投资处', K['2.1'], K['3.3']))),
  division(
    '农环处和教科文处各自管什么',
    both(owns('农环处', K['2.2'], K['5']), owns('教科文处', K['1.1'], K['3.1'], K['4'])),
  ),
  division('投资处跟企金处分别负责啥', both(owns('投资处', K['2.1'], K['3.3']), owns('企金处', K['1.2']))),
  division('教科文处牵头几项任务', owns('教科文处', K['1.1'], K['3.1'], K['4'])),
  division('局教科文处有哪些任务', owns('教科文处', K['1.1'], K['3.1'], K['4'])),
  division('社保的任务', owns('社保处', K['2.3'], K['3.2'])),
  division('社保处手上有几项', owns('社保处', K['2.3'], K['3.2'])),
  division('投资处牵头的是哪条', owns('投资处', K['2.1'], K['3.3'])),
  division('投资处这回牵了几个头', owns('投资处', K['2.1'], K['3.3'])),
  division('教科文管哪些事', owns('教科文处', K['1.1'], K['3.1'], K['4'])),
  division('秘书处负责什么', { mentions: ['牵头抓总', '跟踪督办'], alsoAllowed: ['秘书处'] }),
  // A unit the plan never names (no note names a 财政处): said so in its place among those asked, nothing invented.
  division(
    '财政处和社保处分别管哪项',
    both({ echoes: ['财政处'] }, notSaid, owns('社保处', K['2.3'], K['3.2'])),
  ),
  division(
    '财政处跟社保处各自管什么',
    both({ echoes: ['财政处'] }, notSaid, owns('社保处', K['2.3'], K['3.2'])),
  ),
  division(
    '社保处、财政处分别负责什么',
    both(owns('社保处', K['2.3'], K['3.2']), { echoes: ['财政处'] }, notSaid),
  ),
  unsaid('财政处管什么', { ...notSaid, echoes: ['财政处'] }),
  // Pointing words and a verb asking who are no topic: the echo is 安居工程 (corpus test: echoFillers).
  who('那个安居工程是谁管', leads(K['3.3'])),
  // A phrase one task holds as a phrase of its own (加强城乡治理、…, in 5 alone): its lead.
  who('城乡治理这块归哪个处', leads(K['5'])),
  // 审计 is all over the plan: the reply says it was not used.
  who('城乡治理方面的审计归哪个处', { ...leads(K['5']), mentions: ['不作为依据'] }),
  // The plan has 城市 but not 城市更新: what it does not mention is the phrase asked, not its fragment 更新.
  unsaid('城市更新谁牵头', { ...notSaid, echoes: ['方案中没有提到“城市更新”'] }),
  unsaid('数字经济是谁牵头，财政处还是社保处', { ...notSaid, echoes: ['方案中没有提到“数字经济”,'] }),
  // The figure asked and reaching it are no topic: not given for 固定资产投资, not for 固定资产投资要达到亿.
  unsaid('固定资产投资要达到多少亿', { ...noFigure, echoes: ['没有给出“固定资产投资”的'] }),
  unsaid('税务局有哪些任务', { ...notSaid, echoes: ['税务局'] }),

  // 是非与选择: 是X牵头吗 (the note says yes, or names another), and X还是Y.
  yn('老旧小区改造是投资处牵头吗', yesNo(K['2.1'], '投资处', true)),
  yn('医共体是教科文处牵头吗', yesNo(K['3.2'], '教科文处', false)),
  yn('古城项目群归教科文处吗', yesNo(K['4'], '教科文处', true)),
  yn('耕地保护是不是投资处的', yesNo(K['2.2'], '投资处', false)),
  yn('公租房是投资处负责的吧', yesNo(K['3.3'], '投资处', true)),
  yn('扩中提低是社保处牵头吗', yesNo(K['2.3'], '社保处', true)),
  yn('国资国企联动改革是企金处的吗', yesNo(K['1.2'], '企金处', true)),
  yn('兰亭书法节是农环处在管吗', yesNo(K['4'], '农环处', false)),
  yn('学前教育是社保处牵头吗', yesNo(K['3.1'], '社保处', false)),
  yn('耕地保护是农环处还是投资处', leads(K['2.2'])),
  yn('医联体是社保处还是教科文处牵头', leads(K['3.2'])),
  yn('危旧房改造归投资处还是社保处', leads(K['3.3'])),
  yn('创业孵化基地是企金处管还是社保处管', leads(K['2.3'])),
  // The choice after the question, one side a unit the plan never names.
  yn('公租房是谁负责的，财政处还是投资处', leads(K['3.3'])),
  yn('智慧文旅平台谁牵头，教科文处还是企金处', leads(K['4'])),
  yn('东西部协作是农环处还是社保处的', leads(K['2.2'])),
  // A figure of the table asked yes or no (指标3 覆盖率达到100%, 指标4 审计覆盖率达到100%).
  yn('社保基金审计覆盖率是不是90%', { ...shows('覆盖率达到100%'), yes: false }),
  yn('重点公共工程审计覆盖率是100%吗', { ...shows('审计覆盖率达到100%'), yes: true }),

  // 谁配合: the note's 配合 part (here always 相关处室, unnamed), by number, subject or clause.
  coop('2.2谁配合', cooperators(K['2.2'])),
  coop('3.2配合处室有哪些', cooperators(K['3.2'])),
  coop('二（一）2谁来配合', cooperators(K['1.2'])),
  coop('古城项目群谁配合', cooperators(K['4'])),
  coop('公租房审计哪些处室配合', cooperators(K['3.3'])),
  coop('任务1.2的配合单位', cooperators(K['1.2'])),
  coop('乡村振兴谁协助', cooperators(K['2.2'])),
  coop('医共体建设配合的是哪些处', cooperators(K['3.2'])),
  coop('二(五)由谁配合', cooperators(K['5'])),

  // 两问合一: two questions in a line — owner plus a figure, two owners, an elliptical second half (…呢).
  two('医共体谁负责，社保基金覆盖率要求多少', both(leads(K['3.2']), shows('覆盖率达到100%'))),
  two('主要任务（五）和（四）分别谁牵头', both(leads(K['5']), leads(K['4']))),
  // 谁牵头 first, then a question of its own: who leads the first thing only.
  two('谁牵头安居工程 社保基金多久轮审一遍', both(leads(K['3.3']), shows('5年轮审1遍'))),
  two('公租房谁牵头，重点公共工程审计覆盖率要多少', both(leads(K['3.3']), shows('在建设周期内至少审计1次'))),
  // A kind of figure asked of nothing (覆盖率多少) is that figure of the subject of the question before it.
  two('社保基金审计谁负责 覆盖率多少', {
    ...both(notSaid, shows('覆盖率达到100%')),
    alsoAllowed: ['社保处'],
  }),
  two('养老保险谁负责 覆盖率多少', both(leads(K['3.2']), noFigure)),
  two('兰亭书法节谁管？古城项目群呢', both(leads(K['4']), leads(K['4']))),
  two('乡村振兴和医联体分别谁牵头', both(leads(K['2.2']), leads(K['3.2']))),
  two('1.1和1.2分别讲什么', card(K['1.1'], K['1.2'])),
  two('危旧房改造谁负责？方案提没提政府债务', both(leads(K['3.3']), notSaid)),
  two('东西部协作谁牵头，配合的有哪些', both(leads(K['2.2']), cooperators(K['2.2']))),
  two('扩中提低谁负责 移送率要求多少', both(leads(K['2.3']), shows('移送率达100%'))),
  two('耕地保护谁管、自然资源资产离任审计项目要增加多少', both(leads(K['2.2']), shows('增加20%以上'))),
  two('教育现代化和安居工程各是哪个处', both(leads(K['3.1']), leads(K['3.3']))),
  two('3.3谁牵头，3.2呢', both(leads(K['3.3']), leads(K['3.2']))),

  // 目标与指标: goals and indicators asked in words, by number, and the measures.
  target('自然资源资产离任审计项目要增加多少', shows('增加20%以上')),
  target('指标4是个啥', shows('重点公共工程审计覆盖率')),
  target('社保基金审计要覆盖到什么水平', shows('5年轮审1遍')),
  target('十四五方案有哪些目标', shows(...GOALS)),
  target('保障措施有哪些', { mentions: MEASURES, alsoAllowed: ['秘书处', '局主要领导'] }),
  target('重大政策跟踪审计每年要搞几个', shows('每年选择3个')),
  target('财政决算审计多久轮一遍', shows('5年轮审1遍')),
  target('问题线索移送率目标是多少', shows('移送率达100%')),
  target('社保基金覆盖率达到多少', shows('覆盖率达到100%')),
  target('经济责任审计覆盖面的指标是啥', shows('领导干部经济责任审计覆盖面')),
  target('指标5-2是什么', shows('自然资源资产离任(任中)审计项目数')),
  target('目标3讲的是啥', shows('推动民生福祉稳步提升')),
  target('主要目标有几个', shows(...GOALS)),
  target('主要目标有哪几条', shows(...GOALS)),
  target('目标有几条', shows(...GOALS)),
  target('有哪些主要目标', shows(...GOALS)),
  target('重点公共工程要审几次', shows('至少审计1次')),
  target('第六个目标是什么', shows('推动审计效能全域增强')),
  target('领导干部经济责任审计覆盖面要求是什么', shows('5年轮审1遍')),
  target('社保基金审计覆盖率要求多少', shows('覆盖率达到100%')),
  // A goal or a measure by its own heading: what it says, whole (its card, as 目标6 or 措施1).
  target('推动审计效能全域增强这个目标讲了啥', shows('以打造变革型审计机关为目标')),
  target('推动民生福祉稳步提升讲的什么', shows('兜牢基本民生底线')),
  target('主要目标里推动重大项目争先竞跑是啥', shows('稳投资、补短板、促发展')),
  target('财政资金高效使用这个目标说了啥', shows('深化财政体制改革')),
  target('保障措施里加强组织领导讲了啥', {
    mentions: ['领导小组下设工作专班'],
    none: true,
    alsoAllowed: ['局主要领导', '秘书处'],
  }),
  target('加强成果运用讲的什么', shows('《审计提醒您》')),
  target('组织领导那条说了什么', {
    mentions: ['由局主要领导任组长'],
    none: true,
    alsoAllowed: ['局主要领导', '秘书处'],
  }),
  target('保障措施中的加强作风建设是啥内容', shows('力戒形式主义')),
  // The indicator table by row: the row numbered so (row 5 is 序号 5, both its indicators).
  target('目标指标表里第1行是啥', shows('事关绍兴经济社会发展大局的重大政策跟踪审计项目数')),
  target('指标表第4行', shows('重点公共工程审计覆盖率')),
  target('第5行指标是什么', shows('领导干部经济责任审计覆盖面', '自然资源资产离任(任中)审计项目数')),
  // How an indicator is judged done is asked of its target figure.
  target('社保基金审计覆盖率怎样才算达标', shows('覆盖率达到100%')),
  target('重点公共工程审计覆盖率咋算合格', shows('至少审计1次')),
  target('财政审计覆盖率达标要求是什么', shows('5年轮审1遍')),
  target('移送率要达到多少', shows('移送率达100%')),
  target('财政审计覆盖率目标', shows('5年轮审1遍')),
  target('自然资源资产离任审计项目数要增加多少', shows('增加20%以上')),
  // The table's 类别 column, asked of one row; its table has no 属性 column.
  target('社保基金审计覆盖率属于什么类别', shows('推动民生福祉稳步提升')),
  target('重点公共工程审计覆盖率是哪一类指标', shows('推动重大项目“争先竞跑”')),
  // …and the rows of one 类别, named without its opening verb (推动).
  target('民生福祉稳步提升这类有几个指标', shows('社保基金审计覆盖率')),

  // 寒暄: greetings and thanks get an answer in kind, never 没看懂.
  hello('你好', greeting),
  hello('谢谢', greeting),
  hello('好的谢谢', greeting),
  hello('收到 谢谢', greeting),
  hello('您好', greeting),
  hello('辛苦了', greeting),
  hello('早上好', greeting),
  hello('谢啦', greeting),

  // 方案未写明: subjects the plan never mentions, and subjects it mentions with no owner (goals, indicators,
  // measures without a holder); divisions it gives no task. The reply must say so and name nobody.
  // A related term is not the term: the plan says 绿色低碳, never 碳达峰 or 碳中和.
  unsaid('财政审计覆盖率是什么属性的指标', notSaid),
  unsaid('有没有提到碳达峰', notSaid),
  unsaid('方案里提到碳中和没有', notSaid),
  unsaid('债务风险那块谁管', notSaid),
  unsaid('税务审计归哪个处', notSaid),
  // The plan holds 城乡一体化发展 (2.2): another 一体化发展, named by words the plan never uses, is not it.
  unsaid('甬绍一体化发展审计谁牵头', notSaid),
  unsaid('区域一体化发展归哪个处', notSaid),
  unsaid('审计人员培训谁搞', notSaid),
  unsaid('土地出让金审计谁负责', notSaid),
  unsaid('公务用车改革谁牵头', notSaid),
  unsaid('亚运场馆审计归谁', notSaid),
  unsaid('消防安全审计谁负责', notSaid),
  unsaid('粮食储备审计谁负责', notSaid),
  unsaid('数字人民币试点谁负责', notSaid),
  unsaid('物业管理谁负责', notSaid),
  unsaid('招投标审计谁管', notSaid),
  unsaid('加装电梯谁负责', notSaid),
  unsaid('垃圾焚烧厂审计谁管', notSaid),
  unsaid('水利工程审计归哪个处', notSaid),
  unsaid('审计档案管理谁负责', notSaid),
  unsaid('人防工程审计谁管', notSaid),
  unsaid('方案里提到审计署了吗', notSaid),
  unsaid('方案有没有说政府采购', notSaid),
  unsaid('方案有没有提到医保', notSaid),
  unsaid('有没有讲到城中村改造', notSaid),
  unsaid('政府債務誰負責', notSaid),
  unsaid('经济责任审计成果会商研判谁负责', notSaid),
  unsaid('领导干部风险防范清单归哪个处编', notSaid),
  unsaid('整改清单制度谁负责落实', notSaid),
  unsaid('财政决算审计谁负责', notSaid),
  unsaid('五项社保基金审计谁来审', notSaid),
  unsaid('问题线索移送归谁管', notSaid),
  unsaid('审计组织方式变革谁牵头', notSaid),
  unsaid('1+X协作机制谁牵头', notSaid),
  unsaid('作风建设谁抓', notSaid),
  unsaid('非重点对象审计覆盖谁负责', notSaid),
  unsaid('审计整改报告制度谁落实', notSaid),
  unsaid('内审处有啥任务', notSaid),
  unsaid('法规处牵头什么', notSaid),
  unsaid('办公室负责哪些任务', notSaid),

  // A figure the plan does not give: no indicator, goal or task states it, although some share its generic
  // words (审计, 项目, 覆盖率, 每年, 增长) — said so, never another indicator's figure as the answer.
  unsaid('经济责任审计每年要做多少个项目', noFigure),
  unsaid('审计整改完成率目标是多少', noFigure),
  unsaid('农民收入增长目标是多少', noFigure),
  unsaid('政府债务审计覆盖率要求多少', noFigure),
  unsaid('内审工作经费标准是多少', noFigure),
  unsaid('重大政策跟踪审计整改率要达到多少', noFigure),
  unsaid('安居工程审计每年抽几个项目', noFigure),
  unsaid('教育审计覆盖率要求多少', noFigure),
  unsaid('低收入群体收入增长要多少', noFigure),
  // Abbreviations of the plan's terms are no division: 内审 of 内部审计 is not 内审处's task list.
  unsaid('内审数字化谁负责', notSaid),
  // 城市建设 stands in 1.1 only as the tail of 创新型城市建设: no task's own phrase.
  unsaid('城市建设审计归谁', notSaid),
];

// 月底 falling on a weekend is read either as the month's last day or as its last working day: both stand.
// Commands as typed in the work group on Thursday 2025-11-20: progress with no space after the verb or the
// id, a colon, voice lead-ins (帮我记一下, 记一下进展) and a task named by words; rectification items with the
// deadlines and amounts people write (月底, 年底, 一季度末, 2026年1月底, 下周五, 明天, 春节后 — after the
// 2026 Spring Festival holiday of 02-15…02-23 —, 12月1日; 0.5亿元, 三十万元, 12万元整, 一点五亿). The expected
// effect is what the store holds afterwards.
const AT = '2025-11-20T09:00:00+08:00';
const commands: CorpusMessage[] = [
  command(
    '进展3.2完成医共体专项审计进点',
    {},
    {
      user: 'ou_sb_head',
      effect: { progress: { task: K['3.2'].title, text: '医共体' } },
    },
  ),
  command(
    '进展 3.3：保障性租赁住房审计报告已出',
    {},
    {
      user: 'ou_tz_head',
      effect: { progress: { task: K['3.3'].title, text: '保障性租赁住房' } },
    },
  ),
  command(
    '记一下进展：2.1 城市未来社区审计完成现场',
    {},
    {
      user: 'ou_tz_head',
      effect: { progress: { task: K['2.1'].title, text: '未来社区' } },
    },
  ),
  command(
    '帮我记一下 3.2 养老保险统筹审计已完成初稿',
    {},
    {
      user: 'ou_sb_head',
      effect: { progress: { task: K['3.2'].title, text: '养老保险' } },
    },
  ),
  command(
    '进展 任务1.1 科创政策审计进点',
    {},
    {
      user: 'ou_jkw_head',
      effect: { progress: { task: K['1.1'].title, text: '科创' } },
    },
  ),
  command(
    '进展二(二)2 污水零直排审计完成外业',
    {},
    {
      user: 'ou_nh_member',
      effect: { progress: { task: K['2.2'].title, text: '污水' } },
    },
  ),
  command(
    '帮我记下进展 古城项目群审计已进点',
    {},
    {
      user: 'ou_jkw_head',
      effect: { progress: { task: K['4'].title, text: '已进点' } },
    },
  ),
  command(
    '进展 公租房 审计整改督促完成',
    {},
    {
      user: 'ou_tz_head',
      effect: { progress: { task: K['3.3'].title, text: '督促' } },
    },
  ),
  command(
    '那个 帮我记一下进展 2.3 创业担保贷款审计完成',
    {},
    {
      user: 'ou_sb_member',
      effect: { progress: { task: K['2.3'].title, text: '创业担保贷款' } },
    },
  ),
  command(
    '记进展 3.1 学前教育审计已出报告',
    {},
    {
      user: 'ou_jkw_head',
      effect: { progress: { task: K['3.1'].title, text: '学前教育' } },
    },
  ),
  command(
    '整改 登记 违规发放津贴补贴 单位:市民政局 期限:月底 金额:30万元',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: ['2025-11-30', '2025-11-28'], amount: 30, unit: '市民政局' } },
    },
  ),
  command(
    '整改 登记 专项资金闲置 单位:市体育局 期限:年底 金额:0.5亿元',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: '2025-12-31', amount: 5000, unit: '市体育局' } },
    },
  ),
  command(
    '整改登记 项目超概算 单位：市交投集团 期限：一季度末 金额：1.2亿',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: '2026-03-31', amount: 12000, unit: '市交投集团' } },
    },
  ),
  command(
    '整改 登记 未按规定招标 单位:越城区教育局 期限:2026年1月底 金额:三十万元',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: ['2026-01-31', '2026-01-30'], amount: 30, unit: '越城区教育局' } },
    },
  ),
  command(
    '整改 登记 医保基金违规结算 单位:市中心医院 期限:下周五',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: '2025-11-28', unit: '市中心医院' } },
    },
  ),
  command(
    '整改 登记 资产未入账 单位:市文旅集团 期限:明天 金额:12万元整',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: '2025-11-21', amount: 12, unit: '市文旅集团' } },
    },
  ),
  command(
    '整改 登记 往来款长期挂账 单位:市城投集团 期限:春节后 金额:八十五万元',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: '2026-02-24', amount: 85, unit: '市城投集团' } },
    },
  ),
  command(
    '整改 登记 公租房违规转租 单位:市住房保障中心 期限:12月1日',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: '2025-12-01', unit: '市住房保障中心' } },
    },
  ),
  command(
    '整改 登记 违规收费 单位:市市场监管局 期限:2026年6月30日 金额:一点五亿',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: '2026-06-30', amount: 15000, unit: '市市场监管局' } },
    },
  ),
  command(
    '整改 登记 补助资金拨付滞后 单位:市农业农村局 期限:上半年末 金额:200万元',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: '2026-06-30', amount: 200, unit: '市农业农村局' } },
    },
  ),
  command(
    '整改 登记 票据管理不规范 单位:市档案馆 期限:后天',
    {},
    {
      user: 'ou_sb_head',
      effect: { registered: { deadline: '2025-11-22', unit: '市档案馆' } },
    },
  ),
  command(
    '整改 登记 超标准配备办公设备 单位:市统计局 期限:２０２６年３月３１日 金额:８万元',
    {},
    {
      user: 'ou_tz_head',
      effect: { registered: { deadline: '2026-03-31', amount: 8, unit: '市统计局' } },
    },
  ),
];

// The ledger in one chat on Tuesday 2026-01-20: six items registered by the secretariat's admin (the scene),
// then closed, reviewed and extended as division heads and members type it — ids written with or without the
// dashes (ZG2026006), approval words (同意, 通过), deadlines in everyday words.
const register = (issue: string, unit: string, deadline: string): CorpusMessage => ({
  q: `整改 登记 ${issue} 单位:${unit} 期限:${deadline} 处室:社保处`,
  cls: '命令',
  expected: {},
  setup: true,
});
const ledger: CorpusMessage[] = [
  register('养老服务补贴重复发放', '市民政局', '2026-03-31'),
  register('医保定点机构违规收费', '市医保局', '2026-01-25'),
  register('就业补助资金闲置', '市人力社保局', '2026-04-30'),
  register('残疾人补贴审核不严', '市残联', '2026-02-28'),
  register('养老机构建设补助超标', '市民政局', '2026-03-31'),
  register('低保对象动态管理不到位', '市民政局', '2026-03-31'),
  // A division's items asked in words: its list (我们处: the sender's).
  command(
    '我们处的整改有几条',
    { mentions: ['养老服务补贴重复发放', '低保对象动态管理不到位'] },
    { user: 'ou_sb_member' },
  ),
  command('社保处整改事项有哪些', { mentions: ['就业补助资金闲置', '残疾人补贴审核不严'] }),
  command(
    '整改销号ZG2026006 已完成低保对象复核清退',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-006', status: '已销号' } },
    },
  ),
  command(
    '整改 销号 ZG-2026-005 已收回超标补助 金额:30万元',
    {},
    {
      user: 'ou_sb_member',
      effect: { item: { id: 'ZG-2026-005', status: '待审核', rectifiedAmount: 30 } },
    },
  ),
  command(
    '整改 审核 ZG-2026-005 同意',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-005', status: '已销号' } },
    },
  ),
  command(
    '整改 延期 ZG-2026-004 2026年3月底 等待省残联政策口径',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-004', deadline: '2026-03-31' } },
    },
  ),
  command(
    '整改延期ZG2026002 下周五 资料补充中',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-002', deadline: '2026-01-30' } },
    },
  ),
  command(
    '整改 销号 ZG-2026-001：已追回重复发放资金，金额:12万元整',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-001', status: '已销号', rectifiedAmount: 12 } },
    },
  ),
  command(
    '整改 销号 ZG-2026-003 资金已统筹使用',
    {},
    {
      user: 'ou_sb_member',
      effect: { item: { id: 'ZG-2026-003', status: '待审核' } },
    },
  ),
  command(
    '整改 审核 ZG-2026-003 通过',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-003', status: '已销号' } },
    },
  ), // The verbs as people type them without 整改: the item's id makes them ledger commands.
  register('困难群众救助资金滞留', '市民政局', '2026-02-27'),
  command(
    '销号 ZG-2026-007 救助资金已发放到户 金额5万元',
    {},
    {
      user: 'ou_sb_member',
      effect: { item: { id: 'ZG-2026-007', status: '待审核', rectifiedAmount: 5 } },
    },
  ),
  command(
    '撤回 ZG-2026-007 还有两户未发放',
    {},
    {
      user: 'ou_sb_member',
      effect: { item: { id: 'ZG-2026-007', status: '整改中' } },
    },
  ),
  command(
    '延期 ZG-2026-007 到年底 两户待核实身份',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-007', deadline: '2026-12-31' } },
    },
  ),
  // The item's id typed first, the verb after it (or only how it stands: to see it).
  register('公租房租金收缴不及时', '市住房保障中心', '2026-02-27'),
  command(
    'ZG-2026-008延期到3月底，租户清退中',
    { mentions: ['租户清退中'] },
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-008', deadline: '2026-03-31' } },
    },
  ),
  command('ZG-2026-008 进展：已收缴八成', { mentions: ['已收缴八成'] }, { user: 'ou_sb_member' }),
  command(
    'ZG-2026-008怎么样了',
    { mentions: ['公租房租金收缴不及时', '已收缴八成'] },
    { user: 'ou_sb_member' },
  ),
  command(
    'ZG2026008销号，租金已全部收缴',
    {},
    {
      user: 'ou_sb_head',
      effect: { item: { id: 'ZG-2026-008', status: '已销号' } },
    },
  ),
];

export const COMMON_PROSPERITY_2021_2025: PlanCorpus = {
  id: '十四五共同富裕方案',
  shape: '一、(一) 1.(shipped, 2021—2025)',
  files: ['seeds/shaoxing-audit-common-prosperity-2021-2025.txt'],
  at: AT,
  roster: [
    ['ou_sb_head', '社保处', '处长'],
    ['ou_sb_member', '社保处', '成员'],
    ['ou_tz_head', '投资处', '处长'],
    ['ou_tz_member', '投资处', '成员'],
    ['ou_jkw_head', '教科文处', '处长'],
    ['ou_nh_member', '农环处', '成员'],
  ],
  singles: [...singles, ...commands],
  chats: [
    // 追问: a question, then follow-ups that lean on it (这个, 那…呢, 它, 谁配合, 我们处 from the roster).
    {
      about: '任务卡后追问牵头和配合',
      messages: [
        follow('3.3是什么', card(K['3.3'])),
        follow('这个是哪个处牵头的', leads(K['3.3'])),
        follow('谁配合', cooperators(K['3.3'])),
      ],
    },
    {
      about: '编号接着问',
      messages: [
        follow('说说2.1', card(K['2.1'])),
        follow('那3.3呢', card(K['3.3'])),
        follow('那1.2呢', card(K['1.2'])),
      ],
    },
    {
      about: '社保处处长问本处',
      user: 'ou_sb_head',
      messages: [
        follow('我们处的任务是啥', owns('社保处', K['2.3'], K['3.2'])),
        follow('本处牵头几项', owns('社保处', K['2.3'], K['3.2'])),
      ],
    },
    {
      about: '投资处成员问本处',
      user: 'ou_tz_member',
      messages: [
        follow('我们处负责哪些任务', owns('投资处', K['2.1'], K['3.3'])),
        follow('安居工程那个是我们处的吗', yesNo(K['3.3'], '投资处', true)),
      ],
    },
    {
      about: '事项后追问条款和同类',
      messages: [
        follow('古城项目群谁负责', leads(K['4'])),
        follow('它是哪一条', card(K['4'])),
        follow('那兰亭书法节呢', leads(K['4'])),
      ],
    },
    {
      about: '医共体接着问医联体和配合',
      messages: [
        follow('医共体谁牵头', leads(K['3.2'])),
        follow('那医联体呢', leads(K['3.2'])),
        follow('配合的呢', cooperators(K['3.2'])),
      ],
    },
    {
      about: '处室后追问任务内容',
      messages: [
        follow('企金处牵头什么', owns('企金处', K['1.2'])),
        follow('这个任务讲的啥', card(K['1.2'])),
      ],
    },
    {
      about: '任务的牵头处再问它牵头什么,再问任务的配合',
      messages: [
        follow('3.3谁牵头', leads(K['3.3'])),
        follow('它还牵头啥', owns('投资处', K['2.1'], K['3.3'])),
        follow('它谁配合', cooperators(K['3.3'])),
      ],
    },
    {
      about: '目标后追问其下指标和谁负责',
      messages: [
        follow('目标2是啥', shows('推动财政资金高效使用')),
        follow('这个目标下面有哪些指标', shows('财政审计覆盖率')),
        follow('那谁负责', notSaid),
      ],
    },
    {
      about: '指标后追问目标值',
      messages: [
        follow('指标3讲的啥', shows('社保基金审计覆盖率')),
        follow('该指标的目标值多少', shows('5年轮审1遍')),
      ],
    },
    {
      about: '事项后要原文',
      messages: [
        follow('耕地保护归谁', leads(K['2.2'])),
        follow('这条原文发我看看', card(K['2.2'])),
        follow('谢谢', greeting),
      ],
    },
    { about: '整改台账一条龙', at: '2026-01-20T10:00:00+08:00', messages: ledger },
  ],
};
