// A held-out set for the understanding layer, written from the plans' text and from how people type in a
// work chat before the layer's rules were written, and kept apart from them: rules are never tuned to a
// case here. Each case is one chat: its messages are sent in order and the last reply is judged.
//
// Expectations come from the plan text alone:
// - lead: the divisions the responsibility note of the task asked about names as lead, in order;
// - role: the holder a safeguard measure names for the role asked;
// - task: the task shown by the bot's id (`任务 <id> `); divisions: a division's tasks (`<处室>的任务与目标`);
// - indicator: an indicator by the table's ref; shows: words the reply must carry (a list, a figure);
// - none: the plan names no owner for it (or does not mention it): no owner may be named;
// - friendly: a greeting or thanks is answered as such, not with "没看懂";
// - recorded: a command people typed in everyday form was run (its confirmation is shown).

export type HeldOutPlan = 'shipped' | 'annual' | 'fifteenth' | 'national' | 'labour' | 'two-plans';

export type HeldOutClass =
  | '编号'
  | '处室'
  | '是否与选择'
  | '长句与错字'
  | '两问合一'
  | '目标指标'
  | '跟进'
  | '命令'
  | '寒暄'
  | '未提到'
  | '他方案';

export interface HeldOutExpected {
  lead?: string[];
  role?: string;
  task?: string;
  divisions?: string[];
  indicator?: string[];
  shows?: string[];
  none?: true;
  friendly?: true;
  recorded?: true;
  /** Owners a right answer may also name (the leads of the tasks a list or a card shows, from their notes). */
  alsoAllowed?: string[];
}

/** One message; `as` sends it as that user (default: an administrator). */
export type HeldOutMessage = string | { text: string; as: string };

export interface HeldOutCase {
  plan: HeldOutPlan;
  cls: HeldOutClass;
  say: HeldOutMessage | HeldOutMessage[];
  expected: HeldOutExpected;
}

const lead = (...divisions: string[]): HeldOutExpected => ({ lead: divisions });
const none: HeldOutExpected = { none: true };
const friendly: HeldOutExpected = { friendly: true };
const recorded: HeldOutExpected = { recorded: true };
const task = (id: string, ...divisions: string[]): HeldOutExpected => ({ task: id, lead: divisions });

const FIN = '财政审计处';
const SOC = '社会保障审计处';
const EDU = '教育科技审计处';
const INV = '固定资产投资审计处';
const ECO = '经济责任审计处';
const ENV = '自然资源和生态环境审计处';

export const HELD_OUT: HeldOutCase[] = [
  // ── shipped plan (2021—2025): 一、 (一) 1. numbering, bot ids 1.1 … 3.3, 4, 5
  { plan: 'shipped', cls: '编号', say: '说说1.2', expected: task('1.2', '企金处') },
  { plan: 'shipped', cls: '编号', say: '那2.3呢', expected: task('2.3', '社保处') },
  { plan: 'shipped', cls: '编号', say: '第3.1项任务具体讲啥', expected: task('3.1', '教科文处') },
  { plan: 'shipped', cls: '编号', say: '任务2.2主要干什么', expected: task('2.2', '农环处') },
  { plan: 'shipped', cls: '编号', say: '1.1是做什么的', expected: task('1.1', '教科文处') },
  { plan: 'shipped', cls: '编号', say: '3.3讲些什么东西', expected: task('3.3', '投资处') },
  { plan: 'shipped', cls: '编号', say: '看下二(二)3', expected: task('2.3', '社保处') },
  { plan: 'shipped', cls: '编号', say: '（五）是啥', expected: task('5', '农环处') },
  { plan: 'shipped', cls: '编号', say: '第四项任务是什么', expected: task('4', '教科文处') },
  { plan: 'shipped', cls: '编号', say: '任务2.1谁牵头呀', expected: task('2.1', '投资处') },
  {
    plan: 'shipped',
    cls: '编号',
    say: '（三）下面有哪些任务',
    expected: { shows: ['3.1 ', '3.2 ', '3.3 '], alsoAllowed: ['教科文处', '社保处', '投资处'] },
  },
  { plan: 'shipped', cls: '编号', say: '3.9是什么', expected: none },
  { plan: 'shipped', cls: '编号', say: '麻烦发一下1.2的具体内容', expected: task('1.2', '企金处') },
  { plan: 'shipped', cls: '编号', say: '2.2的原文给我看看', expected: task('2.2', '农环处') },

  { plan: 'shipped', cls: '处室', say: '投资处牵头什么', expected: { divisions: ['投资处'] } },
  { plan: 'shipped', cls: '处室', say: '社保处都负责哪些事', expected: { divisions: ['社保处'] } },
  { plan: 'shipped', cls: '处室', say: '企金处管啥', expected: { divisions: ['企金处'] } },
  { plan: 'shipped', cls: '处室', say: '教科文处主要干什么', expected: { divisions: ['教科文处'] } },
  { plan: 'shipped', cls: '处室', say: '法规处有什么任务', expected: { divisions: ['法规处'] } },
  { plan: 'shipped', cls: '处室', say: '秘书处负责什么', expected: { divisions: ['秘书处'] } },
  {
    plan: 'shipped',
    cls: '处室',
    say: '农环处和企金处各自管什么',
    expected: { divisions: ['农环处', '企金处'] },
  },
  {
    plan: 'shipped',
    cls: '处室',
    say: '投资处跟教科文处分别牵头哪些任务',
    expected: { divisions: ['投资处', '教科文处'] },
  },
  {
    plan: 'shipped',
    cls: '处室',
    say: '3.3谁配合',
    expected: { ...task('3.3', '投资处'), shows: ['相关处室'] },
  },

  { plan: 'shipped', cls: '是否与选择', say: '安居工程是投资处牵头吗', expected: lead('投资处') },
  {
    plan: 'shipped',
    cls: '是否与选择',
    say: '美丽乡村建设是社保处牵头吗',
    expected: { lead: ['农环处'], shows: ['不是'] },
  },
  {
    plan: 'shipped',
    cls: '是否与选择',
    say: '学前教育是教科文处负责还是社保处负责',
    expected: lead('教科文处'),
  },
  { plan: 'shipped', cls: '是否与选择', say: '养老保险城乡统筹归社保处还是投资处', expected: lead('社保处') },
  { plan: 'shipped', cls: '是否与选择', say: '兰亭书法节是不是教科文处的', expected: lead('教科文处') },
  { plan: 'shipped', cls: '是否与选择', say: '债务风险审计是投资处牵头吗', expected: none },
  { plan: 'shipped', cls: '是否与选择', say: '审计整改是法规处牵头吗', expected: none },

  { plan: 'shipped', cls: '长句与错字', say: '城市未来社区那块审记归谁', expected: lead('投资处') },
  {
    plan: 'shipped',
    cls: '长句与错字',
    say: '我想问下健康养老新业态新模式发展这一块到底是哪个处的活',
    expected: lead('社保处'),
  },
  {
    plan: 'shipped',
    cls: '长句与错字',
    say: '全域文明示范城市创建这个事情谁在抓啊',
    expected: lead('教科文处'),
  },
  { plan: 'shipped', cls: '长句与错字', say: '民主法治村社区建设具体哪个处室跟进', expected: lead('农环处') },
  {
    plan: 'shipped',
    cls: '长句与错字',
    say: '科创大走廊十大标志性工程审计是哪个处牵头的呀',
    expected: lead('教科文处'),
  },
  { plan: 'shipped', cls: '长句与错字', say: '残疾人保障和服务体系健全归口哪个处', expected: lead('社保处') },
  { plan: 'shipped', cls: '长句与错字', say: '县域医共体这块活归哪个处', expected: lead('社保处') },
  { plan: 'shipped', cls: '长句与错字', say: '绍兴文创大走廊建设谁负责呢', expected: lead('教科文处') },
  { plan: 'shipped', cls: '长句与错字', say: '高质量现代教育体系打造归谁管呀', expected: lead('教科文处') },
  { plan: 'shipped', cls: '长句与错字', say: '污水零直排区推进审记哪个处', expected: lead('农环处') },
  { plan: 'shipped', cls: '长句与错字', say: '安居功程谁牵头', expected: lead('投资处') },
  { plan: 'shipped', cls: '长句与错字', say: '东西部写作谁负责', expected: lead('农环处') },
  { plan: 'shipped', cls: '长句与错字', say: '审记整改谁负责', expected: none },

  { plan: 'shipped', cls: '目标指标', say: '社保基金要几年轮审一遍', expected: { indicator: ['3'] } },
  { plan: 'shipped', cls: '目标指标', say: '移送率要求达到多少', expected: { indicator: ['6'] } },
  {
    plan: 'shipped',
    cls: '目标指标',
    say: '重点公共工程在建设周期内至少审计几次',
    expected: { indicator: ['4'] },
  },
  { plan: 'shipped', cls: '目标指标', say: '重大政策跟踪审计每年选几个', expected: { indicator: ['1'] } },
  { plan: 'shipped', cls: '目标指标', say: '经济责任审计覆盖面有什么要求', expected: { indicator: ['5-1'] } },
  { plan: 'shipped', cls: '目标指标', say: '指标3是啥', expected: { indicator: ['3'] } },
  { plan: 'shipped', cls: '目标指标', say: '指标五是什么', expected: { indicator: ['5-1', '5-2'] } },
  { plan: 'shipped', cls: '目标指标', say: '目标2讲的啥', expected: { shows: ['目标2 '] } },
  { plan: 'shipped', cls: '目标指标', say: '有哪些目标', expected: { shows: ['目标1 ', '目标6 '] } },
  {
    plan: 'shipped',
    cls: '目标指标',
    say: '保障措施有哪些',
    expected: { shows: ['加强组织领导', '加强作风建设'] },
  },
  { plan: 'shipped', cls: '目标指标', say: '组长是谁', expected: { role: '局主要领导' } },
  { plan: 'shipped', cls: '目标指标', say: '专班组长谁当', expected: { role: '协管秘书处的局领导' } },

  {
    plan: 'shipped',
    cls: '两问合一',
    say: '古城项目群谁负责，社保基金覆盖率要求多少',
    expected: { lead: ['教科文处'], indicator: ['3'] },
  },
  { plan: 'shipped', cls: '两问合一', say: '安居工程谁牵头?那公租房呢', expected: lead('投资处', '投资处') },
  {
    plan: 'shipped',
    cls: '两问合一',
    say: '未来社区和老旧小区改造分别谁管',
    expected: lead('投资处', '投资处'),
  },
  {
    plan: 'shipped',
    cls: '两问合一',
    say: '乡村振兴谁负责 另外学前教育呢',
    expected: lead('农环处', '教科文处'),
  },
  {
    plan: 'shipped',
    cls: '两问合一',
    say: '创业孵化基地归哪个处，医联体呢',
    expected: lead('社保处', '社保处'),
  },

  { plan: 'shipped', cls: '跟进', say: ['3.2', '这个是哪个处牵头的'], expected: lead('社保处') },
  { plan: 'shipped', cls: '跟进', say: ['安居工程谁牵头', '那3.1呢'], expected: task('3.1', '教科文处') },
  {
    plan: 'shipped',
    cls: '跟进',
    say: ['2.2', '谁配合'],
    expected: { lead: ['农环处'], shows: ['相关处室'] },
  },
  {
    plan: 'shipped',
    cls: '跟进',
    say: ['成员 添加 ou_inv 投资处', { text: '我们处的任务是啥', as: 'ou_inv' }],
    expected: { divisions: ['投资处'] },
  },
  {
    plan: 'shipped',
    cls: '跟进',
    say: ['成员 添加 ou_soc 社保处 处长', { text: '本处牵头哪些任务', as: 'ou_soc' }],
    expected: { divisions: ['社保处'] },
  },
  { plan: 'shipped', cls: '跟进', say: ['城市医联体谁负责', '那安居工程呢'], expected: lead('投资处') },
  {
    plan: 'shipped',
    cls: '跟进',
    say: ['企金处牵头什么', '那农环处呢'],
    expected: { divisions: ['农环处'] },
  },
  { plan: 'shipped', cls: '跟进', say: ['1.2', '它的原文是什么'], expected: task('1.2', '企金处') },
  {
    plan: 'shipped',
    cls: '跟进',
    say: ['古城项目群谁负责', '它是哪一条'],
    expected: { shows: ['二(四)'], alsoAllowed: ['教科文处'] },
  },

  { plan: 'shipped', cls: '命令', say: '进展3.3完成保障性租赁住房审计进点', expected: recorded },
  { plan: 'shipped', cls: '命令', say: '进展 2.1：完成老旧小区改造审计方案', expected: recorded },
  { plan: 'shipped', cls: '命令', say: '记一下进展：1.1 召开创新政策审计组会', expected: recorded },
  { plan: 'shipped', cls: '命令', say: '帮我记一下3.2医共体审计已进点', expected: recorded },
  { plan: 'shipped', cls: '命令', say: '进展:3.1 学前教育审计外勤结束', expected: recorded },
  { plan: 'shipped', cls: '命令', say: '帮我记录一下进展 5 村社治理审计报告初稿完成', expected: recorded },
  {
    plan: 'shipped',
    cls: '命令',
    say: ['整改 登记 违规发放津贴 单位:市某局 期限:2027-03-31', '整改销号ZG2026001已全部退回'],
    expected: { shows: ['已销号'] },
  },
  {
    plan: 'shipped',
    cls: '命令',
    say: ['整改 登记 超标准配车 单位:市某中心 期限:2027-06-30', '整改进展：ZG-2026-001 已退回车辆一台'],
    expected: { shows: ['已退回车辆一台'] },
  },

  { plan: 'shipped', cls: '寒暄', say: '你好', expected: friendly },
  { plan: 'shipped', cls: '寒暄', say: '谢谢', expected: friendly },
  { plan: 'shipped', cls: '寒暄', say: '您好，在吗', expected: friendly },
  { plan: 'shipped', cls: '寒暄', say: '好的谢谢', expected: friendly },
  { plan: 'shipped', cls: '寒暄', say: '辛苦了', expected: friendly },
  { plan: 'shipped', cls: '寒暄', say: ['2.1谁牵头', '收到，多谢'], expected: friendly },

  { plan: 'shipped', cls: '未提到', say: '数字政府建设谁牵头', expected: none },
  { plan: 'shipped', cls: '未提到', say: '智慧城市那块归谁', expected: none },
  { plan: 'shipped', cls: '未提到', say: '税收审计是企金处的活吗', expected: none },
  { plan: 'shipped', cls: '未提到', say: '住房公积金谁负责', expected: none },
  { plan: 'shipped', cls: '未提到', say: '经济责任审计是哪个处的', expected: none },
  { plan: 'shipped', cls: '未提到', say: '城市更新谁负责', expected: none },
  { plan: 'shipped', cls: '未提到', say: '国家安全审计谁负责', expected: none },
  { plan: 'shipped', cls: '未提到', say: '乡村旅游谁管', expected: none },
  { plan: 'shipped', cls: '未提到', say: '社保基金审计是社保处牵头吗', expected: none },
  { plan: 'shipped', cls: '未提到', say: '审计成果运用归哪个处', expected: none },
  { plan: 'shipped', cls: '未提到', say: '数据局那块谁管', expected: none },
  { plan: 'shipped', cls: '未提到', say: '这个是哪个处牵头的', expected: none },

  // ── annual plan 2026 (its own divisions; 二、(一) 1. numbering)
  { plan: 'annual', cls: '是否与选择', say: '城市更新是固定资产投资审计处牵头吗', expected: lead(INV) },
  { plan: 'annual', cls: '长句与错字', say: '地铁三号线谁负责', expected: lead(INV) },
  { plan: 'annual', cls: '编号', say: '说说1.2', expected: task('1.2', FIN) },
  { plan: 'annual', cls: '编号', say: '（四）谁负责', expected: task('4', ECO) },
  { plan: 'annual', cls: '编号', say: '2.3讲些什么', expected: task('2.3', EDU) },
  { plan: 'annual', cls: '编号', say: '那3.2呢', expected: task('3.2', INV) },
  {
    plan: 'annual',
    cls: '处室',
    say: '政府债务审计谁配合',
    expected: { lead: [FIN], shows: ['法规审理处'] },
  },
  { plan: 'annual', cls: '处室', say: '财政审计处牵头哪些任务', expected: { divisions: [FIN] } },
  {
    plan: 'annual',
    cls: '处室',
    say: '社会保障审计处和教育科技审计处各管什么',
    expected: { divisions: [SOC, EDU] },
  },
  {
    plan: 'annual',
    cls: '是否与选择',
    say: '医保基金审计是社会保障审计处还是财政审计处',
    expected: lead(SOC),
  },
  { plan: 'annual', cls: '目标指标', say: '审计整改率要达到多少', expected: { indicator: ['3'] } },
  { plan: 'annual', cls: '目标指标', say: '民生资金审计项目数要求多少', expected: { indicator: ['2'] } },
  {
    plan: 'annual',
    cls: '目标指标',
    say: '保障措施有哪些',
    expected: { shows: ['加强组织领导', '加强队伍建设'] },
  },
  { plan: 'annual', cls: '未提到', say: '审计人员培训谁负责', expected: none },
  { plan: 'annual', cls: '长句与错字', say: '双减落实情况审记归哪个处', expected: lead(EDU) },
  { plan: 'annual', cls: '长句与错字', say: '国有资产保值增值那块是谁的活', expected: lead(ECO) },
  { plan: 'annual', cls: '长句与错字', say: '长江大保护谁牵头', expected: lead(ENV) },
  { plan: 'annual', cls: '跟进', say: ['2.1', '它谁配合'], expected: { lead: [SOC], shows: ['相关处室'] } },
  {
    plan: 'annual',
    cls: '两问合一',
    say: '税收征管审计谁负责，整改率要求多少',
    expected: { lead: [FIN], indicator: ['3'] },
  },
  { plan: 'annual', cls: '目标指标', say: '跟踪督办谁负责', expected: { role: '办公室' } },

  // ── 十五五 bureau plan: items 1.–5. numbered on across its sections, (1)(2) under item 3
  { plan: 'fifteenth', cls: '编号', say: '第4项任务讲什么', expected: task('2.2', FIN) },
  { plan: 'fifteenth', cls: '编号', say: '任务5是啥', expected: task('3.1', ECO) },
  { plan: 'fifteenth', cls: '编号', say: '第五项谁牵头', expected: task('3.1', ECO) },
  {
    plan: 'fifteenth',
    cls: '编号',
    say: '第3项下面有哪些',
    expected: {
      shows: ['做好市本级预算执行审计', '开展部门预算执行审计'],
      alsoAllowed: [FIN, '行政事业审计处'],
    },
  },
  {
    plan: 'fifteenth',
    cls: '编号',
    say: '（二）深化财政审计有哪些任务',
    expected: { shows: ['做好市本级预算执行审计', '加强政府债务审计'], alsoAllowed: [FIN, '行政事业审计处'] },
  },
  {
    plan: 'fifteenth',
    cls: '目标指标',
    say: '十五五方案有哪些目标',
    expected: { shows: ['推动政策落实更加有力'] },
  },
  {
    plan: 'fifteenth',
    cls: '目标指标',
    say: '预算执行审计覆盖率目标值是多少',
    expected: { indicator: ['2'] },
  },
  {
    plan: 'fifteenth',
    cls: '目标指标',
    say: '主要审计指标有哪些',
    expected: { shows: ['重大政策跟踪审计项目数'] },
  },
  { plan: 'fifteenth', cls: '长句与错字', say: '惠民惠企政策跟踪审计谁牵头', expected: lead('企业审计处') },
  { plan: 'fifteenth', cls: '长句与错字', say: '专项债券项目资金使用绩效归哪个处', expected: lead(FIN) },
  {
    plan: 'fifteenth',
    cls: '处室',
    say: '政府债务审计谁配合',
    expected: { lead: [FIN], shows: ['投资审计处'] },
  },
  { plan: 'fifteenth', cls: '目标指标', say: '跟踪督办谁负责', expected: { role: '秘书处' } },
  { plan: 'fifteenth', cls: '处室', say: '企业审计处负责什么', expected: { divisions: ['企业审计处'] } },
  { plan: 'fifteenth', cls: '未提到', say: '古城项目群谁负责', expected: none },

  // ── State Council opinion: (一)…(六) numbered on across its parts
  { plan: 'national', cls: '编号', say: '（四）是什么', expected: task('2.4', '工业和信息化部') },
  { plan: 'national', cls: '编号', say: '第五条谁负责', expected: task('2.5', '民政部') },
  { plan: 'national', cls: '编号', say: '第二项讲些啥', expected: task('1.2', '民政部') },
  { plan: 'national', cls: '长句与错字', say: '老年助餐谁牵头', expected: lead('民政部') },
  {
    plan: 'national',
    cls: '长句与错字',
    say: '康复辅助器具社区租赁服务哪个部门负责',
    expected: lead('民政部'),
  },
  { plan: 'national', cls: '长句与错字', say: '老年医学科建设谁负责', expected: lead('国家卫生健康委') },
  {
    plan: 'national',
    cls: '长句与错字',
    say: '完善老年人健康管理服务谁负责',
    expected: lead('国家卫生健康委'),
  },
  {
    plan: 'national',
    cls: '编号',
    say: '二、扩大产品供给下面有哪些任务',
    expected: { shows: ['培育老年用品制造业', '发展康复辅助器具产业'] },
  },
  { plan: 'national', cls: '是否与选择', say: '银发经济金融支持是财政部牵头吗', expected: lead('财政部') },
  { plan: 'national', cls: '未提到', say: '养老机构消防安全谁负责', expected: none },
  { plan: 'national', cls: '编号', say: '（八）', expected: none },

  // ── division of labour for a 15th five-year outline: items 1.–7. numbered on across two parts
  { plan: 'labour', cls: '编号', say: '第6项谁负责', expected: task('2.1', '市经信局') },
  { plan: 'labour', cls: '编号', say: '任务7是啥', expected: task('2.2', '市发改委', '市商务局') },
  {
    plan: 'labour',
    cls: '编号',
    say: '建设创新型城市下面有哪些任务',
    expected: { shows: ['建设高能级创新平台', '培育创新型企业'], alsoAllowed: ['市科技局', '市经信局'] },
  },
  { plan: 'labour', cls: '长句与错字', say: '培育创新型企业谁牵头', expected: lead('市科技局', '市经信局') },
  {
    plan: 'labour',
    cls: '目标指标',
    say: '研发经费投入强度要达到多少',
    expected: { lead: ['市科技局'], shows: ['3%'] },
  },
  { plan: 'labour', cls: '未提到', say: '人才公寓建设谁负责', expected: none },

  // ── two plans side by side: the 2021—2025 plan and the 十五五 plan (current in 2026)
  {
    plan: 'two-plans',
    cls: '他方案',
    say: '古城项目群谁负责',
    expected: { lead: ['教科文处'], shows: ['2021'] },
  },
  { plan: 'two-plans', cls: '他方案', say: '十四五方案里安居工程谁牵头', expected: lead('投资处') },
  { plan: 'two-plans', cls: '他方案', say: '旧方案里3.3是什么', expected: task('3.3', '投资处') },
  { plan: 'two-plans', cls: '他方案', say: '新方案里2.2谁牵头', expected: task('2.2', FIN) },
  { plan: 'two-plans', cls: '他方案', say: '上一个方案的安居工程谁牵头', expected: lead('投资处') },
  { plan: 'two-plans', cls: '他方案', say: '当前方案的政府债务审计谁负责', expected: lead(FIN) },
  { plan: 'two-plans', cls: '他方案', say: '数字政府建设谁负责', expected: none },
];
