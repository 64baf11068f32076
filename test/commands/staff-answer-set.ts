// Questions as staff type them, each with the answer the shipped plan's text supports. Expectations
// are read from the plan (seeds/shaoxing-audit-common-prosperity-2021-2025.txt), never from the bot:
// - lead: the division(s) the responsibility note of the task holding the subject names, in the
//   order the question asks; `role`: the holder a safeguard measure names for the role asked;
// - task / indicator / goal / measure: the card or entry named by its number;
// - none: the plan does not assign it (only in a goal, indicator or measure without a holder) or does
//   not mention it at all — the bot must say so and name no owner.

export type Category =
  | '直接问法'
  | '近义说法'
  | '错别字'
  | '繁体'
  | '两问合一'
  | '编号与条款'
  | '指标'
  | '方案未指定或未提到';

export interface Expected {
  /** Divisions named as 牵头, in order. */
  lead?: string[];
  /** The holder of a measure's role (方案写明:X负责…). */
  role?: string;
  /** A task card: `任务 <id> `. */
  task?: string;
  /** An indicator by the table's ref: `指标<ref> `. */
  indicator?: string[];
  /** A division's tasks: `<处室>的任务与目标`. */
  divisions?: string[];
  /** The plan assigns no owner: no 牵头 and no holder may be named. */
  none?: true;
  /** Units that are right if named but not required (a yes/no or a division question may name them). */
  alsoAllowed?: string[];
  /** Co-operating units the plan names for the task(s) asked about: any other named on a 配合 line is wrong. */
  support?: string[];
  /** The question asks who co-operates: every unit of `support` must stand on a 配合 line. */
  supportShown?: true;
  /**
   * Words of the plan the answer must show (a task's heading, a goal, a measure, a figure); words the reply
   * only repeats from the question (its title, 没有提到“X”) do not count.
   */
  mentions?: string[];
  /** Words of the question the reply must repeat as typed (a not-said reply names the whole phrase asked). */
  echoes?: string[];
  /** A yes/no question's right answer (是X牵头吗). */
  yes?: boolean;
  /** The unit a yes/no question names: without an explicit 是/不是, naming it as the lead reads as yes. */
  asked?: string;
  /** The reply must say the plan does not say it (not mentioned, or mentioned with no owner). */
  notSaid?: true;
  /**
   * A figure the plan does not give: the reply says so (没有给出…) and answers with no goal or indicator
   * (a 【指标N】/【目标N】 card); related ones may follow under 可能相关 only.
   */
  noFigure?: true;
  /** What is asked is in the plan: the reply must not say the plan does not give or mention it. */
  stated?: true;
  /** A greeting or thanks: answered as such, not with 没看懂. */
  greeting?: true;
}

export interface StaffQuestion {
  q: string;
  category: Category;
  expected: Expected;
}

const lead = (...divisions: string[]): Expected => ({ lead: divisions });
const none: Expected = { none: true };

export const STAFF_ANSWER_SET: StaffQuestion[] = [
  // 直接问法: the subject stands in a task's text (二、重点任务).
  { q: '古城项目群谁负责', category: '直接问法', expected: lead('教科文处') },
  { q: '科创大走廊的审计是哪个处的', category: '直接问法', expected: lead('教科文处') },
  { q: '“科技大脑+未来实验室”归谁管', category: '直接问法', expected: lead('教科文处') },
  { q: '国资国企联动改革审计谁牵头?', category: '直接问法', expected: lead('企金处') },
  { q: '2+7+N产业平台体系归哪个处室', category: '直接问法', expected: lead('企金处') },
  { q: '融杭联甬接沪谁负责', category: '直接问法', expected: lead('投资处') },
  { q: '大市区协同发展审计哪个处管', category: '直接问法', expected: lead('投资处') },
  { q: '城市未来社区建设谁来审', category: '直接问法', expected: lead('投资处') },
  { q: '现代农业发展审计谁负责', category: '直接问法', expected: lead('农环处') },
  { q: '污水零直排区建设由哪个处室牵头', category: '直接问法', expected: lead('农环处') },
  { q: '扩中提低谁牵头', category: '直接问法', expected: lead('社保处') },
  { q: '精英越匠提升规划归哪个处', category: '直接问法', expected: lead('社保处') },
  { q: '终身学习公共服务体系谁负责', category: '直接问法', expected: lead('教科文处') },
  { q: '互联网+教育迭代升级的审计归谁', category: '直接问法', expected: lead('教科文处') },
  { q: '三医联动六医统筹改革谁来管', category: '直接问法', expected: lead('社保处') },
  { q: '低保标准动态调整机制归哪个处室', category: '直接问法', expected: lead('社保处') },
  { q: '低收入群体基本住房安全保障谁负责', category: '直接问法', expected: lead('投资处') },
  { q: '危旧房改造常态化推进谁牵头', category: '直接问法', expected: lead('投资处') },
  { q: '智慧文旅平台迭代升级谁负责', category: '直接问法', expected: lead('教科文处') },
  { q: '全民人文素养提升行动归哪个处室', category: '直接问法', expected: lead('教科文处') },
  { q: '一肩挑后村社治理体系谁负责', category: '直接问法', expected: lead('农环处') },
  { q: '农村法律服务建设审计由谁牵头', category: '直接问法', expected: lead('农环处') },
  { q: '跟踪督办谁负责', category: '直接问法', expected: { role: '秘书处' } },
  { q: '牵头抓总的是哪个处室', category: '直接问法', expected: { role: '秘书处' } },
  { q: '请问一下老旧小区改造提升是哪个处在负责?', category: '直接问法', expected: lead('投资处') },

  // 近义说法: the field's general vocabulary (src/search/paraphrases.json) leads to the plan's words.
  { q: '保障房审计哪个处负责', category: '近义说法', expected: lead('投资处') },
  { q: '廉租房的审计谁来管', category: '近义说法', expected: lead('投资处') },
  { q: '保障性住房谁负责', category: '近义说法', expected: lead('投资处') },
  { q: '养老金谁管', category: '近义说法', expected: lead('社保处') },
  { q: '退休金审计谁负责', category: '近义说法', expected: lead('社保处') },
  { q: '高校审计谁管', category: '近义说法', expected: lead('教科文处') },
  { q: '大学的审计归哪个处室', category: '近义说法', expected: lead('教科文处') },
  { q: '幼儿园审计谁负责', category: '近义说法', expected: lead('教科文处') },
  { q: '职校审计谁负责', category: '近义说法', expected: lead('教科文处') },
  { q: '医院审计谁负责', category: '近义说法', expected: lead('社保处') },
  { q: '最低生活保障审计归哪个处', category: '近义说法', expected: lead('社保处') },
  { q: '残障人士服务谁负责', category: '近义说法', expected: lead('社保处') },
  { q: '国企审计谁负责', category: '近义说法', expected: lead('企金处') },
  { q: '文化旅游融合归哪个处室', category: '近义说法', expected: lead('教科文处') },
  { q: '农村生活污水治理谁负责', category: '近义说法', expected: lead('农环处') },
  { q: '对口支援资金审计谁牵头', category: '近义说法', expected: lead('农环处') },
  { q: '基层治理审计谁来管', category: '近义说法', expected: lead('农环处') },
  { q: '危房改造谁负责', category: '近义说法', expected: lead('投资处') },
  { q: '孵化器建设的审计归谁', category: '近义说法', expected: lead('社保处') },
  { q: '科技创新平台的审计项目谁来做', category: '近义说法', expected: lead('教科文处') },

  // 错别字: a wrong character or two; the distinctive part still stands in the plan.
  { q: '老旧小区该造审计谁负责', category: '错别字', expected: lead('投资处') },
  { q: '公租房审计谁来官', category: '错别字', expected: lead('投资处') },
  { q: '乡村振新谁牵头', category: '错别字', expected: lead('农环处') },
  { q: '美丽乡村建社归哪个处室', category: '错别字', expected: lead('农环处') },
  { q: '兰亭书法节审计谁负者', category: '错别字', expected: lead('教科文处') },
  { q: '高能级实验是建设审计谁牵头', category: '错别字', expected: lead('教科文处') },
  { q: '创业孵化基底归哪个处', category: '错别字', expected: lead('社保处') },
  { q: '保障性租赁住房建设审计谁负贵', category: '错别字', expected: lead('投资处') },
  { q: '东西部协做谁负责', category: '错别字', expected: lead('农环处') },
  { q: '医共体建设审计归那个处室', category: '错别字', expected: lead('社保处') },

  // 繁体: read as simplified.
  { q: '鄉村振興誰管', category: '繁体', expected: lead('农环处') },
  { q: '公租房審計誰來管', category: '繁体', expected: lead('投资处') },
  { q: '養老保險審計誰負責', category: '繁体', expected: lead('社保处') },
  { q: '學前教育歸哪個處室', category: '繁体', expected: lead('教科文处') },
  { q: '老舊小區改造誰負責', category: '繁体', expected: lead('投资处') },
  { q: '蘭亭書法節審計由誰牽頭', category: '繁体', expected: lead('教科文处') },
  { q: '方案裡有沒有提到債務', category: '繁体', expected: none },
  { q: '醫院審計誰負責', category: '繁体', expected: lead('社保处') },

  // 两问合一: every part answered, in order.
  {
    q: '养老保险审计是哪个处负责的?要求覆盖率多少?',
    category: '两问合一',
    expected: { lead: ['社保处'], indicator: ['3'] },
  },
  {
    q: '投资处和社保处分别有哪些任务',
    category: '两问合一',
    expected: { divisions: ['投资处', '社保处'], none: true },
  },
  { q: '养老保险和公租房分别由谁负责', category: '两问合一', expected: lead('社保处', '投资处') },
  { q: '学前教育和乡村振兴各由哪个处室牵头', category: '两问合一', expected: lead('教科文处', '农环处') },
  { q: '兰亭书法节谁负责?古城项目群呢?', category: '两问合一', expected: lead('教科文处', '教科文处') },
  { q: '公租房谁负责?方案有没有提到债务?', category: '两问合一', expected: { lead: ['投资处'], none: true } },
  { q: '危旧房改造和创业孵化基地分别归谁管', category: '两问合一', expected: lead('投资处', '社保处') },
  {
    q: '重点公共工程审计覆盖率要求多少?谁负责?',
    category: '两问合一',
    expected: { indicator: ['4'], none: true },
  },

  // 编号与条款: a task's card by its number or clause.
  { q: '3.2', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '任务 3.2', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '3.2是什么任务', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '第3.2项', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '二(三)2', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '任务3.2的具体内容', category: '编号与条款', expected: { task: '3.2', lead: ['社保处'] } },
  { q: '(四)', category: '编号与条款', expected: { task: '4', lead: ['教科文处'] } },
  { q: '二（一）1', category: '编号与条款', expected: { task: '1.1', lead: ['教科文处'] } },
  { q: '2-3是哪个处牵头的', category: '编号与条款', expected: { task: '2.3', lead: ['社保处'] } },
  { q: '任务5讲的是什么', category: '编号与条款', expected: { task: '5', lead: ['农环处'] } },
  { q: '３．３', category: '编号与条款', expected: { task: '3.3', lead: ['投资处'] } },
  { q: '任务 1.2 谁牵头', category: '编号与条款', expected: { task: '1.2', lead: ['企金处'] } },

  // 指标: numbered as the table numbers them.
  { q: '指标 6', category: '指标', expected: { indicator: ['6'], none: true } },
  { q: '指标6是什么', category: '指标', expected: { indicator: ['6'], none: true } },
  { q: '指标5-2', category: '指标', expected: { indicator: ['5-2'], none: true } },
  { q: '指标 5', category: '指标', expected: { indicator: ['5-1', '5-2'], none: true } },
  { q: '社保基金审计覆盖率要求多少', category: '指标', expected: { indicator: ['3'], none: true } },
  { q: '重点公共工程审计覆盖率要求多少', category: '指标', expected: { indicator: ['4'], none: true } },
  { q: '问题线索移送率要达到多少', category: '指标', expected: { indicator: ['6'], none: true } },

  // 方案未指定或未提到: the right answer is that the plan does not say.
  { q: '问题线索移送谁负责', category: '方案未指定或未提到', expected: none },
  { q: '方案里有没有提到债务', category: '方案未指定或未提到', expected: none },
  { q: '数字化改革谁牵头', category: '方案未指定或未提到', expected: none },
  { q: '政府债务审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '税收征管审计归哪个处室', category: '方案未指定或未提到', expected: none },
  { q: '审计整改谁负责', category: '方案未指定或未提到', expected: none },
  { q: '经济责任审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '自然资源资产离任审计由哪个处牵头', category: '方案未指定或未提到', expected: none },
  { q: '预算执行审计归哪个处室', category: '方案未指定或未提到', expected: none },
  { q: '财政审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '社保基金审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '重点公共工程审计谁来管', category: '方案未指定或未提到', expected: none },
  { q: '重大政策跟踪审计谁牵头', category: '方案未指定或未提到', expected: none },
  { q: '营商环境审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '安全生产审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '招商引资审计归哪个处', category: '方案未指定或未提到', expected: none },
  { q: '疫情防控资金谁负责审', category: '方案未指定或未提到', expected: none },
  { q: '粮食安全审计谁牵头', category: '方案未指定或未提到', expected: none },
  { q: '河长制落实情况归哪个处室', category: '方案未指定或未提到', expected: none },
  { q: '垃圾分类谁负责', category: '方案未指定或未提到', expected: none },
  { q: '政府采购审计谁来管', category: '方案未指定或未提到', expected: none },
  { q: '智慧城市建设谁负责', category: '方案未指定或未提到', expected: none },
  { q: '内部审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '文物保护审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '金融风险防控审计归哪个处', category: '方案未指定或未提到', expected: none },
  { q: '房地产市场审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '三公经费审计谁管', category: '方案未指定或未提到', expected: none },
  { q: '巡视整改谁牵头', category: '方案未指定或未提到', expected: none },
  { q: '审计成果运用谁负责', category: '方案未指定或未提到', expected: none },
  { q: '审计整改挂号销号谁负责', category: '方案未指定或未提到', expected: none },
  { q: '领导干部经济责任风险防范清单谁来编', category: '方案未指定或未提到', expected: none },
  { q: '审计提醒您由哪个处负责', category: '方案未指定或未提到', expected: none },
  { q: '信息化保障谁负责', category: '方案未指定或未提到', expected: none },
  { q: '方案有没有涉及乡村旅游', category: '方案未指定或未提到', expected: none },
  { q: '专项债券审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '医保基金审计谁负责', category: '方案未指定或未提到', expected: none },
  { q: '审计资金谁负责', category: '方案未指定或未提到', expected: none },
  { q: '项目建设管理工作谁推进', category: '方案未指定或未提到', expected: none },
];
