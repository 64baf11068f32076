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
  howTo,
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
import { SHIPPED } from './common-prosperity-2021-2025';

// The bureau's 2026—2030 plan (test/fixtures/plans/bureau-15th-five-year.txt), known beside the shipped
// 2021—2025 one and current from 2026 by its period. Its items run 1. … 5. across the sections (一)(二)(三)
// of 二、主要任务; item 3. has no note of its own but two sub-items (1)(2) that each have one; 三、保障措施 (二)
// carries a note too. Staff of this plan say 第4项任务, 任务5, 3(1), or the clause 二(二)4. Keys read from
// the notes (牵头处室 / 配合处室):
export const N = {
  '1': task('聚焦重大战略实施', ['秘书处'], ['各审计业务处室']),
  '2': task('聚焦惠民惠企政策', ['企业审计处'], ['社保审计处', '财政审计处']),
  '3': task('推进预算执行审计全覆盖', ['财政审计处', '行政事业审计处'], ['财政审计处']),
  '3(1)': task('做好市本级预算执行审计', ['财政审计处']),
  '3(2)': task('开展部门预算执行审计', ['行政事业审计处'], ['财政审计处']),
  '4': task('加强政府债务审计', ['财政审计处'], ['投资审计处']),
  '5': task('统筹开展经济责任审计和自然资源资产离任审计', ['经济责任审计处'], ['农业农村审计处', '相关处室']),
  '三(二)': task('加强整改落实', ['法规处'], ['各审计业务处室']),
};
const S = SHIPPED;

const singles: CorpusMessage[] = [
  // 任务编号: the plan's own running numbers (第4项任务, 任务5, 任务二), its sub-items (3(1), 第3项（2）), its
  // clauses (二(二)4, 三（二）), full-width digits.
  byNumber('第4项任务讲什么', card(N['4'])),
  byNumber('任务5是啥', card(N['5'])),
  byNumber('第二项任务谁牵头', leads(N['2'])),
  byNumber('第3项的两个子项各谁负责', leads(N['3(1)'], N['3(2)'])),
  byNumber('现在用的方案里第4条谁牵头', leads(N['4'])),
  byNumber('3（1）谁负则', leads(N['3(1)'])),
  byNumber('任务1讲的啥', card(N['1'])),
  byNumber('第3项任务', card(N['3'])),
  byNumber('3（1）是什么', card(N['3(1)'])),
  byNumber('第3项（2）谁牵头', leads(N['3(2)'])),
  byNumber('二（二）4讲啥', card(N['4'])),
  byNumber('二(三)5谁牵头', leads(N['5'])),
  byNumber('任务二主要干什么', card(N['2'])),
  byNumber('4谁牵头', leads(N['4'])),
  byNumber('第1项是哪个处的', leads(N['1'])),
  byNumber('三（二）是什么', card(N['三(二)'])),
  byNumber('任务４', card(N['4'])),
  byNumber('说说任务2', card(N['2'])),
  byNumber('第一项任务的内容', card(N['1'])),
  byNumber('第五项任务讲些什么东西', card(N['5'])),
  // A section's listing shows item 3. itself (no note of its own) above its sub-items (1)(2).
  byNumber('二、主要任务（二）包括哪些', items(N['3'], N['3(1)'], N['3(2)'], N['4'])),
  byNumber('深化财政审计下面有哪些任务', items(N['3'], N['4'])),

  // 谁牵头: subjects of one item, direct, 口语, with typos (债卷, 审记) and traditional characters; the roles
  // 三、保障措施 (一) gives (秘书处 跟踪督办, 局主要领导 组长).
  who('长三角一体化发展审计谁牵头', leads(N['1'])),
  who('共同富裕示范区建设跟踪审计归哪个处', leads(N['1'])),
  who('稳就业政策落实谁负责', leads(N['2'])),
  who('促消费政策审计谁牵头', leads(N['2'])),
  who('惠企纾困归哪个处', leads(N['2'])),
  who('市本级预算执行审计谁负责', leads(N['3(1)'])),
  who('部门预算执行审计谁牵头', leads(N['3(2)'])),
  who('专项债券项目资金绩效谁审', leads(N['4'])),
  who('政府债务审计谁来', leads(N['4'])),
  who('自然资源资产离任审计哪个处牵头', leads(N['5'])),
  who('领导干部履职尽责那块谁管', leads(N['5'])),
  who('审计整改挂号销号谁牵头', leads(N['三(二)'])),
  who('整改长效机制归哪个处', leads(N['三(二)'])),
  who('政府債務審計誰牽頭', leads(N['4'])),
  who('专项债卷谁负责', leads(N['4'])),
  who('经济责任审记谁牵头', leads(N['5'])),
  who('跟踪督办是谁', { role: '秘书处' }),
  who('推进领导小组组长谁当', { role: '局主要领导' }),
  // 三(一) gives the leading group one role, 组长 (由局主要领导任组长): asked as it is written, it is answered.
  who('领导小组组长是谁', { role: '局主要领导' }),
  who('组长是谁', { role: '局主要领导' }),
  // A five-year name opening a question names that plan (十四五 = 2021—2025), without 方案.
  who('十四五时期安居工程谁牵头', leads(S['3.3'])),
  // A plan named by words of its title before 方案: a run of it (共同富裕) or the short form of one of its terms
  // (共同|富裕 → 共富) — the 2021—2025 plan's title alone has them.
  who('那个共富方案里耕地保护是谁的', leads(S['2.2'])),
  who('共同富裕方案里古城项目群谁负责', leads(S['4'])),
  who('未来社区在共富方案里归哪个处', leads(S['2.1'])),
  // A five-year name with 里 anywhere in the question names that plan.
  who('高等教育在十四五里谁牵头', leads(S['3.1'])),
  // A thing asked that this plan never names (耕地保护), beside words of one of its tasks (共同富裕示范区 of task
  // 1.): that task is not the answer; the other plan, which names it, is.
  who('共同富裕示范区的耕地保护谁牵头', leads(S['2.2'])),

  // 处室管什么: this plan's divisions (审计处 names), leads and co-operators alike, alone and in pairs.
  division('财政审计处牵头什么', owns('财政审计处', N['3(1)'], N['4'])),
  division('企业审计处负责哪些', owns('企业审计处', N['2'])),
  division('经济责任审计处有啥任务', owns('经济责任审计处', N['5'])),
  division('投资审计处管什么', owns('投资审计处', N['4'])),
  division(
    '社保审计处和财政审计处各自管什么',
    both(owns('社保审计处', N['2']), owns('财政审计处', N['3(1)'], N['4'])),
  ),
  division('法规处负责啥', owns('法规处', N['三(二)'])),
  division('秘书处牵头什么', owns('秘书处', N['1'])),
  division('农业农村审计处有任务吗', owns('农业农村审计处', N['5'])),
  // Whether a unit has work is what work it has.
  division('法规处这回有活没', owns('法规处', N['三(二)'])),
  division('企业审计处今年有事吗', owns('企业审计处', N['2'])),

  // 是非与选择
  yn('政府债务审计是财政审计处牵头吗', yesNo(N['4'], '财政审计处', true)),
  yn('惠企政策是财政审计处牵头的吗', yesNo(N['2'], '财政审计处', false)),
  yn('部门预算执行审计是财政审计处牵头吗', yesNo(N['3(2)'], '财政审计处', false)),
  yn('自然资源资产离任审计是农业农村审计处牵头吗', yesNo(N['5'], '农业农村审计处', false)),
  yn('整改落实是法规处牵头吗', yesNo(N['三(二)'], '法规处', true)),
  yn('债务审计是财政审计处还是投资审计处牵头', leads(N['4'])),
  yn('重大战略跟踪审计是秘书处还是企业审计处', leads(N['1'])),
  yn('经济责任审计谁牵头，经济责任审计处还是秘书处', leads(N['5'])),

  // 谁配合: the named co-operators (社保审计处、财政审计处 …) and the collective ones (各审计业务处室).
  coop('任务2谁配合', cooperators(N['2'])),
  coop('政府债务审计哪些处配合', cooperators(N['4'])),
  coop('第五项任务谁配合', cooperators(N['5'])),
  // 经济责任审计 is 经济责任审计处's short form and the words of task 5: asked who co-operates, it is the task.
  coop('经济责任审计要哪些处室配合', cooperators(N['5'])),
  coop('部门预算执行审计配合处室', cooperators(N['3(2)'])),
  coop('惠民惠企政策谁协助', cooperators(N['2'])),
  coop('整改落实由谁配合', cooperators(N['三(二)'])),
  coop('重大战略实施谁配合', cooperators(N['1'])),
  coop('4谁配合', cooperators(N['4'])),

  // 两问合一
  two('政府债务审计谁负责，预算执行审计覆盖率要求多少', both(leads(N['4']), shows('100%'))),
  two('任务1和任务2分别谁牵头', both(leads(N['1']), leads(N['2']))),
  // A plan named in the second question applies to it alone.
  two('促消费谁牵头，十四五方案的安居工程呢', both(leads(N['2']), leads(S['3.3']))),
  two('经济责任审计谁牵头？审计整改完成率要多少', both(leads(N['5']), shows('95%以上'))),
  two('惠企政策谁负责 配合的呢', both(leads(N['2']), cooperators(N['2']))),
  two('部门预算执行审计谁牵头 市本级的呢', both(leads(N['3(2)']), leads(N['3(1)']))),
  two('债务审计谁牵头，方案提到医保没', both(leads(N['4']), notSaid)),
  // A kind of figure asked of nothing is that figure of the subject asked before (覆盖率 alone names two rows).
  two('经济责任审计谁负责，覆盖率要求多少', both(leads(N['5']), shows('重点对象5年轮审1遍'))),
  two('经济责任审计谁牵头 覆盖率呢', both(leads(N['5']), shows('重点对象5年轮审1遍'))),

  // 目标与指标: the goals (——推动…), the indicator table (序号 1–3 and a row without a number), the measures.
  target('十五五方案有哪些目标', shows('推动政策落实更加有力', '推动财政资金更加高效')),
  target('主要目标有哪几条', shows('推动政策落实更加有力', '推动财政资金更加高效')),
  target('目标一共几个', shows('推动政策落实更加有力', '推动财政资金更加高效')),
  // A degree asked is the figure.
  target('经济责任审计覆盖到啥程度', shows('重点对象5年轮审1遍')),
  // The goals listed when what they say is asked.
  target('主要目标都讲了啥', shows('推动政策落实更加有力', '推动财政资金更加高效')),
  target('审计整改完成率2030年要达到多少', shows('95%以上')),
  // How an indicator is judged done is asked of its target figure.
  target('经济责任审计覆盖率要怎么算达标', shows('重点对象5年轮审1遍')),
  target('预算执行审计覆盖率怎样才算达标', shows('100%')),
  target('审计整改完成率多少算达标', shows('95%以上')),
  target('重大政策跟踪审计达标标准是啥', shows('每年3项以上')),
  target('保障措施有哪些', { mentions: ['加强组织领导', '加强整改落实'], alsoAllowed: ['法规处', '秘书处'] }),
  target('预算执行审计覆盖率要求多少', shows('100%')),
  target('审计整改完成率要达到多少', shows('95%以上')),
  target('重大政策跟踪审计每年几项', shows('每年3项以上')),
  // The indicator's thing asked by its name: its figure, however the count is asked.
  target('重大政策跟踪审计项目数目标多少', shows('每年3项以上')),
  target('重大政策跟踪审计项目数每年要多少', shows('每年3项以上')),
  // 一共 asks a total of a count or an amount only: asked of a rate, it is the rate.
  target('十五五期间审计整改完成率一共要多少', shows('95%以上')),
  target('经济责任审计覆盖率目标', shows('重点对象5年轮审1遍')),
  target('指标2是什么', shows('预算执行审计覆盖率')),
  target('到2030年要达到什么目标', shows('集中统一、全面覆盖、权威高效')),
  target(
    '有哪些指标',
    shows('重大政策跟踪审计项目数', '预算执行审计覆盖率', '经济责任审计覆盖率', '审计整改完成率'),
  ),
  target('指标3是个啥', shows('经济责任审计覆盖率')),
  // The table by row: the row numbered so, else (the row under 3 has no 序号) the n-th row.
  target('目标指标表第2行是啥', shows('预算执行审计覆盖率')),
  target('指标表里第4行', shows('审计整改完成率')),
  // A goal or a measure by its heading; measure (二) has a note of its own, so it is asked of as a task.
  target('推动政策落实更加有力这个目标讲了啥', shows('每年选择3项以上重大政策措施开展跟踪审计')),
  target('保障措施里加强组织领导讲了啥', {
    mentions: ['成立“十五五”审计工作实施方案推进领导小组'],
    none: true,
    alsoAllowed: ['局主要领导', '秘书处'],
  }),
  target('加强整改落实讲了啥', card(N['三(二)'])),
  // The table's 指标属性 column, asked of one row (by its values or by the word 属性/性质) and of the rows
  // holding a value; the 2021—2025 plan named by 十四五 with words between (那份方案).
  target('重大政策跟踪审计项目数属于约束性还是预期性', shows('预期性')),
  target('预算执行审计覆盖率是约束性指标吗', shows('约束性')),
  target('审计整改完成率这项指标的性质', shows('约束性')),
  target('预期性的指标有哪些', shows('重大政策跟踪审计项目数')),
  target('约束性指标有哪几个', shows('预算执行审计覆盖率', '经济责任审计覆盖率', '审计整改完成率')),
  target('十四五那份方案里指标2是什么', shows('财政审计覆盖率')),

  hello('早', greeting),
  hello('谢谢啊', greeting),
  hello('好嘞 多谢', greeting),
  // Season's wishes, said back in kind.
  hello('祝大家元宵节快乐', greeting),
  hello('春节快乐！', greeting),
  // How to switch plans: the plans named are what the command acts on.
  howTo('如何切换到旧方案', { mentions: ['方案 启用'], none: true }),
  // Whether or how a day can be set as 休息日/工作日: the calendar's command.
  howTo('国庆调休那天怎么改成工作日', { mentions: ['日历 设置'], none: true }),
  howTo('元旦放假那几天能不能设为休息日', { mentions: ['日历 设置'], none: true }),
  // 撤回 is what chat calls taking a message back: the undo command's own word.
  howTo('进展记错了怎么撤回', { mentions: ['撤销'], none: true }),
  howTo('撤回进展怎么操作', { mentions: ['撤销'], none: true }),

  // 方案未写明: subjects neither plan mentions (so no other plan answers for it either).
  unsaid('医保基金审计谁负责', notSaid),
  unsaid('审计人员培训谁负责', notSaid),
  unsaid('粮食安全审计谁牵头', notSaid),
  unsaid('河长制谁管', notSaid),
  unsaid('税收征管审计谁负责', notSaid),
  unsaid('方案提到数字化审计没有', notSaid),
  unsaid('电子数据审计谁牵头', notSaid),
  unsaid('政府采购审计归哪个处', notSaid),
  unsaid('安全生产审计谁负责', notSaid),
  unsaid('审计质量控制谁负责', notSaid),
  unsaid('审计结果公告谁牵头', notSaid),
  unsaid('方案有没有提到消防', notSaid),
  unsaid('国有资本经营预算审计谁管', notSaid),
  unsaid('那个 就是 审计信息公开 归哪个处', notSaid),
  unsaid('防汛资金审计谁负责', notSaid),

  // A figure the plan does not give, though an indicator shares its generic words (审计覆盖率, 项目, 每年).
  unsaid('政府债务审计覆盖率要求多少', noFigure),
  unsaid('经济责任审计每年做几个项目', noFigure),
  unsaid('专项债券审计覆盖率目标是多少', noFigure),
  // The table gives its targets for 2030 (2030年目标值): another year has none, the 2030 one is shown as such.
  unsaid('经济责任审计覆盖率2026年是多少', noFigure),
  unsaid('惠企政策跟踪审计每年几项', noFigure),
  unsaid('部门预算执行审计完成率要多少', noFigure),
  unsaid('自然资源资产离任审计项目要增加多少', noFigure),
  // The thing asked is a word of task 2. (稳就业) holding a genre word's character (就): still the thing, so the
  // indicator that shares only 审计覆盖率 is not its figure.
  unsaid('稳就业政策审计覆盖率是多少', noFigure),
  unsaid('稳就业审计每年要审几个项目', noFigure),
  // A role asked with a qualifier or a body the text does not give it (副组长, 常务副组长, 办公室主任, 成员 of the
  // 领导小组, where 三(一) names only its 组长) is another role: not named, whatever 组长 the measure names.
  unsaid('十五五方案的领导小组副组长是谁', notSaid),
  unsaid('领导小组常务副组长是谁', notSaid),
  unsaid('领导小组成员有哪些', notSaid),
  unsaid('领导小组办公室主任是谁', notSaid),
  unsaid('副组长谁当', notSaid),
  // 三(一) sets up a 领导小组, no 专班: a 专班's head is not its 组长.
  unsaid('专班组长是谁', notSaid),
  // 审计 and 项目 are the genre's words: asked with no kind of their own (审计项目数, 审计项目总数), they are all audit
  // projects, and the table counts one kind of them (指标1 重大政策跟踪审计项目数, 每年3项以上) — related, not
  // the answer. A total (总数, 一共, 合计) is likewise not a figure stated per year.
  unsaid('十五五审计项目总数目标是多少', noFigure),
  unsaid('审计项目数要多少', noFigure),
  unsaid('审计项目一共要做多少个', noFigure),
  unsaid('审计项目合计多少', noFigure),
  unsaid('重大政策跟踪审计项目总数是多少', noFigure),

  // A unit as the subject of 配合/参与/负责: the tasks that name it, lead or support, with the role.
  division('投资审计处要配合哪条', owns('投资审计处', N['4'])),
  division('财政审计处配合什么', owns('财政审计处', N['2'], N['3(2)'])),
  division('社保审计处参与了哪些任务', owns('社保审计处', N['2'])),
  division('农业农村审计处要做什么', owns('农业农村审计处', N['5'])),
  division('经济责任审计处负责哪几条', owns('经济责任审计处', N['5'])),
  division('社保审计处配合哪几项', owns('社保审计处', N['2'])),
  division('投资审计处参与什么工作', owns('投资审计处', N['4'])),
  // …asked with 哪条/哪项 after the verb, or with nothing but who: never answered from the other plan, whose
  // 2.2 speaks of 农业农村.
  division('农业农村审计处配合谁', owns('农业农村审计处', N['5'])),
  division('农业农村审计处要配合的是哪一项', owns('农业农村审计处', N['5'])),
  division('行政事业审计处主要牵头哪项', owns('行政事业审计处', N['3(2)'])),
  // A five-year name opening the question, a space after it.
  division('十四五 投资处管啥', owns('投资处', S['2.1'], S['3.3'])),
  target('十四五 财政决算审计几年轮审一遍', shows('5年轮审1遍')),
];

// Commands on Thursday 2026-11-26, the new plan current: progress by its own numbers (4, 第4项, 3(1)) or by
// words; items with 年底, 下周五, 12月1日, 一季度末, 2027年1月底, and 11月1日 (past this year: next year's).
const AT = '2026-11-26T09:00:00+08:00';
const commands: CorpusMessage[] = [
  command(
    '进展4 专项债券审计已进点',
    {},
    {
      user: 'ou_cz_head',
      effect: { progress: { task: N['4'].title, text: '专项债券' } },
    },
  ),
  command(
    '进展 第4项：债务审计报告征求意见',
    {},
    {
      user: 'ou_cz_head',
      effect: { progress: { task: N['4'].title, text: '征求意见' } },
    },
  ),
  command(
    '记一下进展：任务2 惠企政策跟踪审计完成',
    {},
    {
      user: 'ou_qy_member',
      effect: { progress: { task: N['2'].title, text: '惠企政策' } },
    },
  ),
  command(
    '帮我记一下 政府债务审计完成外业',
    {},
    {
      user: 'ou_cz_head',
      effect: { progress: { task: N['4'].title, text: '外业' } },
    },
  ),
  command(
    '进展 3(1) 市本级预算执行审计报告已报市政府',
    {},
    {
      user: 'ou_cz_head',
      effect: { progress: { task: N['3(1)'].title, text: '已报市政府' } },
    },
  ),
  command(
    '整改 登记 专项债券资金闲置 单位:市城投集团 期限:年底 金额:2.3亿元 处室:财政审计处',
    {},
    {
      user: 'ou_cz_head',
      effect: { registered: { deadline: '2026-12-31', amount: 23000, unit: '市城投集团' } },
    },
  ),
  command(
    '整改 登记 惠企资金未及时拨付 单位:市经信局 期限:下周五 金额:四十五万元',
    {},
    {
      user: 'ou_qy_member',
      effect: { registered: { deadline: '2026-12-04', amount: 45, unit: '市经信局' } },
    },
  ),
  command(
    '整改 登记 预算调整不规范 单位:市体育局 期限:12月1日',
    {},
    {
      user: 'ou_cz_head',
      effect: { registered: { deadline: '2026-12-01', unit: '市体育局' } },
    },
  ),
  command(
    '整改 登记 项目资金挪用 单位:柯桥区财政局 期限:一季度末',
    {},
    {
      user: 'ou_qy_member',
      effect: { registered: { deadline: '2027-03-31', unit: '柯桥区财政局' } },
    },
  ),
  command(
    '整改 登记 债券资金用于经常性支出 单位:上虞区财政局 期限:2027年1月底 金额:1200万元',
    {},
    {
      user: 'ou_cz_head',
      effect: { registered: { deadline: ['2027-01-31', '2027-01-29'], amount: 1200, unit: '上虞区财政局' } },
    },
  ),
  command(
    '整改 登记 会议费超标准列支 单位:市机关事务局 期限:11月1日',
    {},
    {
      user: 'ou_qy_member',
      effect: { registered: { deadline: '2027-11-01', unit: '市机关事务局' } },
    },
  ),
  // 任务:N is the plan's own number, as in 进展 N (4. is 加强政府债务审计, not the bot's short id 4).
  command(
    '整改 登记 专项债券资金沉淀 单位:市交投集团 期限:年底 任务:4',
    {},
    {
      user: 'ou_cz_head',
      effect: { registered: { unit: '市交投集团', task: N['4'].title } },
    },
  ),
  command(
    '整改 登记 惠企资金兑付滞后 单位:市商务局 期限:月底 任务:第2项',
    {},
    {
      user: 'ou_qy_member',
      effect: { registered: { unit: '市商务局', task: N['2'].title } },
    },
  ),
  command(
    '整改 登记 部门预算编制不细 单位:市文广旅游局 期限:年底 任务：3（2）',
    {},
    {
      user: 'ou_cz_head',
      effect: { registered: { unit: '市文广旅游局', task: N['3(2)'].title } },
    },
  ),
  command('整改 列表 任务:4', { mentions: ['专项债券资金沉淀'] }, { user: 'ou_cz_head' }),
  // The bot's name typed as text before a command (no Lark placeholder): the command still.
  command(
    '@审计助手 进展 3（2） 部门预算执行审计已完成现场审计',
    {},
    { user: 'ou_cz_head', effect: { progress: { task: N['3(2)'].title, text: '已完成现场审计' } } },
  ),
  // `3.1` is the bot's id of item 5. and reads as the plan's 3（1） too: the words of the update decide…
  command(
    '进展 3.1 市本级预算执行审计报告已出',
    {},
    { user: 'ou_cz_head', effect: { progress: { task: N['3(1)'].title, text: '报告已出' } } },
  ),
  command(
    '进展 3.1 领导干部经济责任审计已进点',
    {},
    { user: 'ou_cz_head', effect: { progress: { task: N['5'].title, text: '已进点' } } },
  ),
  // …else both are shown, with what to type for each, and nothing is recorded.
  command('进展 3.1 报告已报市政府', { mentions: [N['3(1)'].title, N['5'].title] }, { user: 'ou_cz_head' }),
  // 春节前 with no notice for 2027 in the calendar: the last working day before 除夕 (2027-02-05), by the lunar date.
  command(
    '整改 登记 涉农资金拨付滞后 单位:诸暨市农业农村局 期限:春节前',
    {},
    { user: 'ou_cz_head', effect: { registered: { deadline: '2027-02-04', unit: '诸暨市农业农村局' } } },
  ),
  command(
    '整改 登记 专项债券项目资金闲置 单位:嵊州市财政局 期限:2027年春节前',
    {},
    { user: 'ou_cz_head', effect: { registered: { deadline: '2027-02-04', unit: '嵊州市财政局' } } },
  ),
];

export const BUREAU_15TH_FIVE_YEAR: PlanCorpus = {
  id: '十五五审计工作方案',
  shape: '1.…5. running across (一)(二)(三), sub-items (1)(2); with the 2021—2025 plan beside it',
  files: [
    'seeds/shaoxing-audit-common-prosperity-2021-2025.txt',
    'test/fixtures/plans/bureau-15th-five-year.txt',
  ],
  at: AT,
  roster: [
    ['ou_cz_head', '财政审计处', '处长'],
    ['ou_qy_member', '企业审计处', '成员'],
    ['ou_fg_head', '法规处', '处长'],
    ['ou_ms_member', '秘书处', '成员'],
  ],
  singles: [...singles, ...commands],
  chats: [
    // 追问: across the two plans (新方案里…, 旧方案里3.3, 上一个方案的…), after a task card, from a division
    // head (我们处, 本处), with ellipsis (那任务2呢), and after 方案 启用 switches plans.
    {
      about: '指标的属性追问',
      messages: [
        follow('经济责任审计覆盖率要求多少', shows('重点对象5年轮审1遍')),
        follow('这个指标是什么属性', shows('约束性')),
        follow('那重大政策跟踪审计项目数呢', shows('每年3项以上', '预期性')),
      ],
    },
    {
      about: '一类数值的追问',
      messages: [
        follow('预算执行审计归哪个处', notSaid),
        follow('那覆盖率呢', shows('100%')),
        follow('审计整改完成率多少', shows('95%以上')),
      ],
    },
    {
      about: '新旧方案对照',
      messages: [
        follow('新方案里政府债务审计谁牵头', leads(N['4'])),
        follow('旧方案里3.3是什么', card(S['3.3'])),
        follow('上一个方案的安居工程谁牵头', leads(S['3.3'])),
      ],
    },
    {
      about: '任务卡后追问',
      messages: [
        follow('第4项任务讲什么', card(N['4'])),
        follow('这个是哪个处牵头的', leads(N['4'])),
        follow('谁配合', cooperators(N['4'])),
      ],
    },
    {
      about: '财政审计处处长问本处',
      user: 'ou_cz_head',
      messages: [
        follow('我们处的任务是啥', owns('财政审计处', N['3(1)'], N['4'])),
        follow('本处配合哪些任务', owns('财政审计处', N['2'], N['3(2)'])),
        follow('我们负责啥', owns('财政审计处', N['3(1)'], N['4'])),
      ],
    },
    {
      about: '企业审计处成员问本处的配合处室',
      user: 'ou_qy_member',
      messages: [
        follow('我们处牵头什么', owns('企业审计处', N['2'])),
        follow('配合的有哪几个处室', cooperators(N['2'])),
        follow('惠企纾困归咱们管吗', yesNo(N['2'], '企业审计处', true)),
      ],
    },
    {
      about: '秘书处成员问保障措施的分工',
      user: 'ou_ms_member',
      messages: [follow('统筹协调是我们吗', { yes: true, asked: '秘书处', alsoAllowed: ['秘书处'] })],
    },
    {
      about: '新方案问过再问旧方案的另一件事',
      messages: [follow('专项债券谁负责', leads(N['4'])), follow('旧方案里的公租房呢', leads(S['3.3']))],
    },
    {
      about: '销号说明写明追回的金额',
      user: 'ou_cz_head',
      messages: [
        command('整改 登记 专项债券资金违规使用 单位:市城投集团 期限:年底 金额:120万', {}, { setup: true }),
        command(
          '整改 销号 ZG-2026-001 已收回违规使用的专项债券资金120万元',
          { mentions: ['ZG-2026-001'] },
          {
            effect: { item: { id: 'ZG-2026-001', status: '已销号', rectifiedAmount: 120 } },
          },
        ),
      ],
    },
    {
      about: '用标题里的词启用方案',
      messages: [
        command('方案 启用 共富方案', {}, { effect: { currentPlan: '共同富裕' } }),
        follow('古城项目群谁牵头', leads(S['4'])),
        command('方案 启用 审计工作方案', {}, { effect: { currentPlan: '十五五' } }),
      ],
    },
    {
      about: '旧方案问过再用十四五里追问',
      messages: [
        follow('旧方案里古城项目群谁负责', leads(S['4'])),
        follow('新方案里呢', notSaid),
        follow('那十四五里创业就业呢', leads(S['2.3'])),
      ],
    },
    {
      about: '旧方案的事项再问新方案',
      messages: [
        follow('十四五方案里古城项目群谁负责', leads(S['4'])),
        follow('新方案里有没有这项', notSaid),
      ],
    },
    {
      about: '旧方案的处室再问它在新方案牵头什么',
      messages: [
        follow('旧方案里秘书处负责啥', shows('牵头抓总、跟踪督办')),
        follow('那新方案里它牵头什么', owns('秘书处', N['1'])),
      ],
    },
    {
      about: '编号省略追问',
      messages: [
        follow('任务1谁牵头', leads(N['1'])),
        follow('那任务2呢', leads(N['2'])),
        follow('那3呢', leads(N['3'])),
      ],
    },
    {
      about: '启用新方案后提问',
      at: '2025-12-15T09:00:00+08:00',
      messages: [
        command('方案 启用 十五五', {}, { effect: { currentPlan: '十五五' } }),
        follow('政府债务审计谁牵头', leads(N['4'])),
        follow('旧方案里公租房谁管', leads(S['3.3'])),
        // 现在 before a number: the plan in use now.
        follow('那现在第4项谁牵头', leads(N['4'])),
      ],
    },
  ],
};
