// The grammar of what people type in a work chat, in general Chinese: what a text asks (who leads, who
// co-operates, what a unit does, a figure, whether the plan mentions something), yes/no and either/or,
// lists of subjects, follow-ups, greetings and thanks. Words of a particular plan (its numbers, units,
// targets, names) are in the lexicon; words that only make a text a question are cut by
// strip-question-words.ts. Nothing here names a plan's topic.
import { TASK_VERBS } from '../text/task-verbs';

/** Asks who leads or owns something. */
export const ASKS_WHO =
  /哪个(?!月|年|季度|时候|阶段)|哪一个|哪些处|哪个部门|哪些(?:单位|部门)(?=负责|牵头|来?管|来?抓)|那个处|那个部门|哪家|哪位|谁|牵头|负责单位|责任单位|归口|归属|归哪|属于哪|是哪|的活/;

/** Asks who co-operates (`2.2谁配合`, `配合单位有哪些`, `哪些处室配合`). */
export const ASKS_SUPPORT =
  /配合|协助|协同|协办|参与单位|参与处室|参与部门|(?:还有)?哪些(?:处室|部门|单位)(?:也)?(?:参与|一起)|谁(?:也|来|一起)?参与|还有(?:谁|哪些|哪个)(?:单位|部门|处室|科室)?(?:也|一起)?参与|(?:还有|也有)?(?:谁|哪些(?:单位|部门|处室|科室)?)(?:也|还)?一起(?:弄|做|搞|干|抓|办)/;

/** `除了农环处还有谁参与`: the unit set aside (the lead), cut before the subject is looked for. */
export const EXCEPT = /除了?[^，,。？?\s]{1,16}?(?:以外|之外|外)?(?=[，,\s]|还)[，,\s]*(?:还有|还)?/;

/** `除了发改委还有谁`: who else, after a unit set aside. */
export const EXCEPT_WHO = /还有(?:谁|哪些|哪个|哪几个|什么)(?:单位|部门|处室|厅|局)?/;

/**
 * 还 as the adverb (还要, 还是, 还有谁), not the last character of a word of giving back (返还, 归还, 偿还, 退还):
 * `稳岗返还归哪个部门` asks of 稳岗返还.
 */
export const STILL = '(?<![返归偿退交送奉])还';

/** The words of a question about co-operators, cut before its subject is looked for (`配合的是哪几个处`). */
export const SUPPORT_PHRASE = new RegExp(
  `(?:${STILL}|也)?(?:要|需要)?(?:由|是|有(?=哪|什么|谁))?(?:谁|哪些|哪几个|哪几|哪个|什么)?(?:处室|处|部门|单位|科室|科)?(?:来|也|一起)?(?:配合|协助|协同|协办|参与|(?<=一起)(?:弄|做|搞|干|抓|办))(?:的)?(?:单位|处室|部门|科室)?(?:是|有)?(?:哪些|哪几个|哪几|哪个|谁|什么|几个)?(?:处室|处|部门|单位|科室|科)?`,
  'g',
);

/**
 * Asks what a unit does, with a unit named (`企金处牵头什么`, `社保处有哪些任务`, `企金处牵头的是哪条`, `工信部牵头的都有哪些`, `教科文处手上
 * 有几项`, `农环处牵了哪几个头`, `投资审计处这次有活吗`: whether it has work is what work it has).
 */
export const ASKS_OWNS =
  /任务|工作|事情|事项|职责|分工|的活|有(?:没有)?(?:活儿?|事儿?)(?=[吗么嘛没不呢啊?？]|$)|(?:牵头|负责|配合|承担|协助|参与)(?:了)?(?:的)?(?:都|还|也)?(?:是|有)?(?:几项|几个|几条|多少项|多少个|多少条|哪些|哪几项|哪几条|哪几个|哪一?条|哪一?项)|牵了?(?:哪几个|几个|哪些)头|(?:手上|手里|名下)?有(?:几项|几条|多少项|多少条)|(?:牵头|负责|管|干|做|抓|承担|分管|主抓|主管)(?:了)?(?:些)?(?:哪些|什么|啥|哪几|些啥|嘛)|(?:有|是)(?:哪些|什么|啥)(?:事|活)|干(?:什么|啥|嘛)|做(?:什么|哪些|啥)|管(?:什么|哪些|啥|哪块)|负责(?:什么|哪些|啥|哪块|哪几)/;

/**
 * All that may follow the units of a question about what they do (`分别管哪项`, `各自负责什么`, `有哪些任务`,
 * `的活有哪些`); ASKING_OWNS must be among it.
 */
export const OWNS_TAIL =
  /^(?:分别|各自|各|都|主要|具体|又|还|也)*(?:要)?(?:牵头|负责|管|干|做|抓|承担|分管|主抓|主管|配合|参与|协助|有)?(?:了|些|的)?(?:哪些|哪几项|哪几个|哪几条|哪几块|哪项|哪一项|哪条|哪一条|哪块|哪个|什么|啥|几项|几个|几条|多少项)?(?:任务|工作|事情|事项|事|活儿|活|职责|分工)?(?:有哪些|是什么|有什么|有啥|是啥|有几项|呢|吗|啊)*[??]?$/;
/** What makes an OWNS_TAIL ask (not a bare 负责 of a yes/no). */
export const ASKING_OWNS = /哪|什么|啥|几|多少|任务|工作|事|活|职责|分工/;

/**
 * Asks how something is judged done (`怎么算达标`, `怎样才算完成`, `达标标准是啥`): what the plan sets it to reach,
 * its target figure.
 */
export const ASKS_JUDGED =
  /(?:要|需要|得)?(?:怎么|怎样|如何|咋|什么情况下?|啥情况下?)?(?:样)?(?:才|就)?(?:能|可以)?算(?:是)?(?:达标|完成|合格|达到要求|过关)(?:了)?|达标(?:的)?(?:标准|要求|线)|(?:考核|验收|评判|评价|达标)(?:的)?(?:标准|口径)/;

/** Asks a figure or a target (`覆盖到什么程度`: a degree asked is the figure; `怎么算达标`: its target). */
export const ASKS_TARGET =
  /(?:什么|啥|多大|哪种|怎样的?)(?:程度|水平)|算(?:是)?(?:达标|合格)|达标(?:的)?(?:标准|要求|线)|目标|指标|覆盖率|比例|多少|多大|几个|几次|几项|几年|几遍|几成|几(?:家|户|所|期|批|名|人|座|套|场|层|栋|幢|张|间|台|辆|亩|吨|公里)|百分之|%|要求|达到|轮审|增加|增长|提高到|不低于|以上/;

/**
 * The columns of an indicator table besides name and target, by the words people ask them with: its 属性
 * (`啥属性`, `什么性质的指标`) and its 类别 (`属于哪个类别`, `哪一类`).
 */
export const INDICATOR_COLUMN_WORDS = {
  attribute: /属性|性质/,
  category: /类别|类型|哪一?类|什么类|啥类/,
} as const;

/** Asks which of several (`哪些指标`, `有几个指标`): the rows holding a value, not one row's value. */
export const ASKS_WHICH_ROWS = /哪些|哪几|哪个|哪项|有几|几个|多少个|多少项|都有/;

/**
 * What kind of figure is asked, of no thing in particular (`覆盖率多少`, `完成率呢`, `比例要求`): the thing is the one
 * spoken of (`社保基金审计谁负责 覆盖率多少`).
 */
export const FIGURE_KINDS =
  /覆盖率|覆盖面|完成率|达标率|完好率|满意度|增长率|增幅|增速|涨幅|比例|比率|比重|占比|移送率|数量|规模|个数|项目数|金额|总额|总量/g;

/** Words that name a target in general (`目标`, `指标`, `要求`): no topic of their own. */
export const TARGET_NOUNS = /达标(?:的)?(?:标准|要求|线)|工作目标|目标值|目标|指标值|指标|要求|标准/g;

/**
 * The general verbs a plan's tasks open with (`新增`, `新建`, `提升`, `推进`): said one for another in chat
 * (`增加学位` for `新增学位`), they say what is done to a thing, never which thing.
 */
export const ACTION_WORDS = new RegExp(
  `^(?:${[
    ...TASK_VERBS,
    // What chat says for them and what builds or grows a thing (`增加学位`, `新建学校`, `再…`).
    ...['新增', '增加', '增设', '新建', '新改扩建', '改扩建', '扩建', '建设', '建成', '建立', '推行', '扩大'],
    ...['完成', '发展', '培育', '改造', '组织', '新', '再', '多'],
  ].join('|')})+$`,
);

/**
 * Acts of oversight a bureau does to a thing (`党建经费审计`, `专项资金绩效评估`): ending a question, they are what it
 * asks about, the thing before them only which one.
 */
export const OVERSIGHT_ACT = /(?:审计|审查|督查|督察|督导|检查|考核|考评|评估|评价|验收|巡察|巡视)$/;

/** Asks how something is done or how often (`整改怎么销号`, `进展情况多久报一次`, `如何登记整改`). */
export const ASKS_HOW =
  /怎么|怎样|如何|咋|多久|多长时间|隔多久|什么方式|格式|在哪(?:里)?(?:报|填|登|记|提交)|(?:要|需要|得|该)(?:写|填)(?:哪些|什么|啥)/;
/**
 * Setting a day's kind, as the working calendar's command does (`设成休息日`, `改为工作日`, `算上班`): the words of
 * `日历 设置 <日期> 休息日|工作日`, said in a question of whether or how it can be done.
 */
export const SETS_DAY_KIND = /(?:设置|设|改|调|定|算)(?:成|为|作|做)?(?:休息日|工作日|节假日|假日|上班|放假)/;
/** The command that sets a day's kind. */
export const DAY_KIND_COMMAND = '日历';
/** Asks whether something can be done (`能设成休息日吗`, `可不可以改成工作日`). */
export const ASKS_CAN = /能不能|可不可以|能否|(?:能|可以)[^,，。?？]*吗/;
/**
 * Words of a how-question that name a command by another verb it is known by (`进展怎么撤回` → 撤销,
 * `怎么查一个任务的进展` → 查看).
 */
export const COMMAND_VERBS: Readonly<Record<string, string>> = {
  撤回: '撤销',
  撤掉: '撤销',
  删掉: '撤销',
  查: '查看',
  看: '查看',
};

/**
 * 报 as the verb a how-question asks of, standing before its object or after the asking word (`报进展的格式是什么`,
 * `整改怎么报`, `如何上报整改`): to report is to record — a new entry (登记) or an update (进展). Not 报告, 报表,
 * 周报 (报 there is part of a noun).
 */
export const REPORT_VERB = /(?:^|怎么|怎样|如何|咋|要|需要|得|该)(?:上报|报送|汇报|提交|报)(?![告表])/;
/** The words a command for reporting goes by (整改 登记, 整改 进展, 进展). */
export const REPORT_WORDS = ['登记', '进展'] as const;

/**
 * Asks when something is to be reported, or to whom (`落实措施什么时候报`, `季度进展何时报送`, `报给谁`): the
 * plan's opening or closing says it (`于3月9日前将…报送市政府督查室`). Group 1 or 3: the time asked; 2 or 4:
 * the recipient.
 */
export const ASKS_REPORT =
  /(?:(什么时候|啥时候|何时|哪天|几号|几月几号|截止到?什么时候|多久|多长时间|隔多久)|(向谁|给谁|往哪))(?:要|需要|得)?(?:报送|上报|报告|汇报|提交|报|交)(?!表|告书)|(?:报送|上报|报告|汇报|提交|报|交)(?:时间|日期|截止时间|时限)?(?:给|到|至)?(?:(什么时候|啥时候|何时|哪天|几号)|(谁|哪里|哪儿|哪个单位|哪个部门|哪))/;

/** Asks who holds a role (`组长是谁`, `专班组长谁当`). */
export const ASKS_PERSON = /是谁|谁担任|谁当|由谁|哪位|谁来当|谁任|设在|设于/;
export const ROLE_WORDS = /组长|负责人|召集人|主任/;

/** A role noun as a measure gives one a holder (`由局主要领导任组长`, `…为成员`). */
export const ROLE_NOUN = /组长|主任|召集人|成员|联络员|秘书长/;
/**
 * Words before a role noun that make it another role: `副组长`, `常务副组长`, `办公室主任` are not `组长`/`主任`.
 */
export const ROLE_QUALIFIER = /(?:常务|执行|第一|名誉|办公室|副)$/;
/** A body a role belongs to (`领导小组组长`, `专班组长`): the role is that body's only where the text has it. */
export const ROLE_BODY = /(?:领导小组|工作专班|专班|工作组|小组|指挥部|委员会)$/;
/** A role asked, whole: its body, its qualifiers and its noun (`领导小组常务副组长`, `专班成员`). */
export const ASKED_ROLE =
  /(领导小组|工作专班|专班|工作组|小组|指挥部|委员会)?((?:办公室)?(?:常务|执行|第一|名誉)?副?)(组长|主任|召集人|成员|联络员|秘书长)/;

/** Asks what a task or heading says (`讲些什么`, `具体什么内容`, `原文`). */
export const ASKS_CONTENT =
  /讲|说|内容|原文|全文|(?:需要|要)?(?:重点)?关注(?:些)?(?:什么|啥|哪些|哪几)?(?=$|\s|[什啥哪呢的吗?？])|重点(?:是|有)?(?:什么|啥|哪些)|完成时限|完成时间|截止时间|时限|期限|时间节点|什么时候|何时|进度安排|是什么|是啥|干什么|干啥|干嘛|做什么|做啥|是做|具体|详细|详情|介绍|看看|看下|给我|发一下|说说|哪一条|哪条|条款|出处/;

/** Asks who the task's named leader is (`责任领导是谁`, `牵头负责领导`, `分管领导呢`): a person, not a unit. */
export const ASKS_LEADER = /(?:牵头|责任|分管|联系|包抓|挂帅|主要)?(?:负责)?领导(?!小组|干部|班子|机制|体制)/;

/** A person's title typed after the name (`冯冬昌副区长`, `王强同志`): who they are, not their name. */
export const PERSON_TITLE =
  /(?:常务)?副?(?:区长|市长|县长|省长|镇长|乡长|主任|局长|书记|部长|秘书长)|同志|领导/;
/** A verb a person is asked to lead with (`是冯冬昌分管吗`, `由王强副区长负责吗`). */
export const LEADS_AS_PERSON = /分管|负责|主抓|牵头|挂帅|包抓|联系|领导|抓/;

/** Asks when something is due (`完成时限呢`, `什么时候完成`). */
export const ASKS_TIME =
  /完成时限|完成时间|截止时间|截止日期|截止|时限|期限|时间节点|什么时候|啥时候|何时|几时|进度安排|哪一年|哪年|哪个月|几月份|几月|哪一天|哪天/;

/**
 * Asks how a task is going (`工业投资进展如何`, `上半年完成得咋样`, `第6项推进情况`): what a table's progress
 * column (上半年推进情况, 完成情况) says, and the progress recorded in the chat. A period may go before it
 * (`上半年进展`); a due time (`进度安排`, `什么时候完成`) and a figure (`要完成多少家`) are other questions.
 */
export const ASKS_PROGRESS =
  /(?:(?:上|下)半年|前三季度|[一二三四1-4]季度|今年|目前|现在|当前|最新|的)*(?:(?:推进|完成|进展|落实|执行|实施)情况|进展(?:得)?|进度(?!安排)|(?:推进|完成|落实|进行|做)(?:得|的)(?:怎么样|咋样|如何|怎样|好不好|情况)|(?:推进|完成|落实)(?:了)?(?=怎么样|咋样|如何|怎样|到哪))(?:怎么样|咋样|如何|怎样|到哪了|到哪一步了|到什么程度)?(?:了|呢|啊|呀)?/;

/** Verbs of finishing asked with a time (`什么时候完成`, `哪个月要建成`): no topic of their own. */
export const FINISHING =
  /要?(?:完成|建成|完工|竣工|结束|办结|做完|搞完|到期|投入使用|投入运营|投用|投运|启用|开工|动工)/g;

/** Asks for the tasks under a heading (`三、…下面有哪些任务`, `包括哪些`). */
export const ASKS_UNDER =
  /下面|下边|下属|之下|底下|里面|里头|里边|包括|包含|有哪些|有哪几|哪几项|哪几个|有几项|有几个|有多少|有什么|有啥|有些啥|分哪几|都有/;

/**
 * Whether the plan mentions something: `方案里有没有提到债务`, `是否涉及乡村振兴`, `有没有 古城项目群` (what is
 * asked for set apart by a space, as a pointer read back is).
 */
export const ASKS_MENTION =
  /(?:有没有|有无)\s+(?=\S)|(?:有没有|是否|有无|可有|是不是)(?:提到|提及|涉及|说到|讲到|写到|谈到|关于|包括|包含|覆盖|有|提|讲|说|写)|(?:提没提|讲没讲|说没说|写没写|涉没涉及|提到没|提及没)|(?:提到|提及|涉及|说到|讲到|写到)(?:了)?[^,，。?？!！]{0,24}(?:吗|没有|没)[?？]?$/;
/** The words of a mention question, cut before what it asks about is looked for. */
export const MENTION_WORDS =
  /有没有|是否|有无|可有|是不是|提没提|讲没讲|说没说|写没写|涉没涉及|提到|提及|涉及|说到|讲到|写到|谈到|(?:吗|没有|没)[?？]?$/g;

/** `方案(里)`, `这份文件中` before a mention question: the document asked about, not a word to look for. */
export const DOCUMENT =
  /(?:这个|这份|本|该)?(?:实施)?(?:方案|文件|规划|计划|要点)(?:里面|当中|里|中|上|内)?(?=有没有|是否|有无|可有|是不是|提|讲|说|写|涉及)/g;

/** Anything that makes a text a question rather than a command's argument. */
/** The particles a chat message ends on (`说说3.3呗`, `谁牵头啊`): one list for every rule that lets them by. */
export const PARTICLES = '吗呢吧啊呀嘛哦呗啦咯';

export const LOOKS_LIKE_QUESTION = /[??吗呢嘛]|哪|谁|什么|多少|怎么|如何|是否|有没有|啥|几/;

/**
 * Yes/no about an owner: `是投资处牵头吗`, `是不是教科文处的`, `归社保处管吗`, `对吗`, `…管的吧`, `对吧`,
 * `是卫健委负责不`.
 */
export const ASKS_YES_NO =
  /是不是|是否|对吗|对不对|(?:对|是|没错)吧[??]?$|(?<=负责|牵头|配合|管|参与|的)不[??]?$|吗|(?<![什怎这那多])么[??]?$|吧[??]?$|在不在|有没有份|算不算|有没有\s*[??]?$/;

/** 牵头 itself asked of a unit (`是住建局牵头吗`, `主抓吗`), not only who is responsible (`是住建局负责吗`). */
export const SAYS_LEAD = /牵头|主抓|主责|领头|带头/;

/**
 * Whether a unit takes any part (`农业农村局有份吗`, `审计局在里面吗`, `审计局要参与隐性债务处置吗`,
 * `市场体系建设有没有省财政厅` and `…有商务厅的事吗`, the unit cut out of the text): yes when the plan names it for
 * the subject in any role (牵头, 配合, 责任单位), and the reply says which.
 */
export const ASKS_PART =
  /有没有份|有份|在不在里面|在里面|在里头|在其中|在内|在列|也在|算不算|(?:要|也要|需要|得|会|也)?(?:参与|参加)(?:了|过)?|有没有\s*[??]?$|有\s+的事(?:儿)?(?=\s*(?:吗|么|不|没)?[??]?$)/;

/** Either/or between units: `财政处还是投资处`. */
export const OR = /还是|或者是|或者|或是|抑或/;

/** Several subjects in one question: `养老保险和公租房分别由谁负责`. */
export const AND = /和|与|及|以及|、|跟|还有|同/;
/** Each subject on its own (`分别`, `各自`). */
export const SEPARATELY = /分别|各自|各由|各是|各管|各负责|各牵头/;

/** Between two questions in one message. */
export const BETWEEN = /[??;;!!。]+|\s+(?:另外|还有|再问一下|还想问一下?|顺便问一下?)\s*/;
/** A comma between two questions, each asking on its own: `…谁负责,…覆盖率要求多少`. */
export const COMMA = /[,，]\s*(?:另外|还有|再问一下|还想问一下?|顺便问一下?|那|那么)?\s*/;

/** A year asked about: `2020年`, `到2030年`; not a date's (`2024年1月1日`). */
export const YEAR_ASKED = /((?:19|20)\d{2})\s*年(?:底|末)?(?!\s*\d{1,2}\s*月)/;

/** The sender's own division: `我们处`, `本处`, `我处`, `咱们处`, `我们科`. */
export const OWN_DIVISION = /(?:我们|咱们|我|本|咱)(?:处室|处|科室|科|部门|单位)(?:的|里|这边)?/;
/**
 * `我们局`, `本委`, `咱们办`: the sender's own unit named by its kind, which is the sender's when their unit is of
 * that kind (a member of 规划建设局 saying 我们局; of a bureau's 投资处, 我们局 is the whole bureau, no unit).
 */
export const OWN_UNIT = /(?:我们|咱们|我|本|咱)(局|委|办|厅|中心|部(?!门))(?:的|里|这边)?/;
/**
 * `跟踪督办也是我们吗`, `这个归咱们管吗`: `我们` on its own as the owner asked about in a yes/no, which a member
 * asks of the division they are in.
 */
export const OWN_AS_OWNER =
  /(?<=是|归|由|给)(?:我们|咱们)(?=[吗嘛么吧呢?？]|的?[吗嘛么吧]|负责|牵头|管|来|主抓|$)/;
/** `我们负责啥`, `咱们配合哪些`: `我们` opening a question of what a unit does is the sender's unit. */
export const OWN_AS_SUBJECT =
  /^(?:我们|咱们)(?:这边)?(?=负责|牵头|主管|管|配合|参与|要做|要干|该做|有(?:啥|什么|哪些|几项|几个)(?:任务|事|工作|活))/;

/** A follow-up pointing at what the chat spoke of last: `这个`, `那个`, `它`, `该任务`, `这项工作`. */
export const POINTS_BACK =
  /这个任务|这项任务|该任务|这一项|这项工作|这项|这一条|这条|该项|此项|这件事|这个事|这个|那个|上面那个|刚才那个|它们|它|其/;

/** `这个目标`, `该指标`: the goal or indicator the chat spoke of. */
export const TARGET_BACK = /(?:这个|这一个|这一|这|该|此|那个|那)(?:目标|指标)/;

/** `他们`, `这个处`: the unit the chat spoke of (a division asked about, or the lead of the task asked about). */
export const UNIT_BACK =
  /他们|她们|这个处室|这个处|该处室|该处|这个科室|该科室|这个部门|该部门|这个单位|该单位/;

/** `第三个`, `第二个任务`: an item of the list a reply just showed, by its place. */
export const PLACE_IN_LIST =
  /^(?:那么?)?\s*第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个(?:任务|事项|项目)?/;

/** `旧方案呢`, `那新方案里呢` once the plan is set apart: nothing asked but the last question again. */
export const ONLY_AGAIN = /^(?:那么?)?\s*(?:的|里|里面|中|上)?\s*(?:呢|咧)?\s*[?？]?$/;

/** Units in general, no unit of their own (`配合单位`, `牵头的部门`): asking words in a follow-up. */
export const GENERIC_UNIT = /单位|部门|处室|科室|股室/g;

/** `还有呢`, `还有谁`, `其他单位呢` after who leads a task: the units besides the lead, its co-operators. */
export const ASKS_OTHERS =
  /^(?:那|那么)?(?:还有|其他|其它|别的|另外)(?:的|谁|哪些|哪个|什么|呢|吗|单位|部门|处室|科室|处|科)*[?？]?$/;

/** `那3.3呢`, `古城项目群呢`, `那投资处呢`: the last question again, of something else. */
export const ELLIPSIS = /^(?:那么?|还有|另外|再问一下?)?\s*(.+?)\s*(?:呢|那|咧)\s*[??]?$/;

/**
 * A plan named by where it stands among the plans (`新方案里…`, `旧方案的3.3`, `上一个方案`, `当前方案`, `现在用的方案`):
 * group 1 is the word that says which.
 */
export const RELATIVE_PLAN =
  /(?:在|按|根据)?(当前|现行|现在在用|现在用|正在用|现用|现在|目前|本期|在用|最新|新一期|下一期|新|旧|老|原来|之前|以前|上一个|上一期|上期|前一个|上个|前一期|原)的?(?:实施)?(?:方案|规划|计划)(?:里面|当中|里|中|内|上)?(?:的)?/;
export const NEWER_PLAN = /^(?:最新|新一期|下一期|新)$/;
export const OLDER_PLAN = /^(?:旧|老|原来|之前|以前|上一个|上一期|上期|前一个|上个|前一期|原)$/;

/** Greetings, thanks, acknowledgements and goodbyes: a message made of these alone is said to the bot. */
export const SOCIAL_WORDS: Record<
  'thanks' | 'greeting' | 'wishes' | 'acknowledge' | 'goodbye' | 'abilities',
  readonly string[]
> = {
  thanks: [
    '感谢帮忙',
    '谢谢帮忙',
    '多谢帮忙',
    '麻烦你了',
    '麻烦您了',
    '辛苦你了',
    '辛苦您了',
    '谢谢你',
    '谢谢您',
    '谢谢',
    '多谢',
    '感谢',
    '辛苦了',
    '辛苦',
    '辛苦啦',
    '谢了',
    '谢啦',
    '麻烦了',
    '有劳',
    'thank you',
    'thanks',
    'thx',
  ],
  greeting: [
    '你好',
    '您好',
    '大家好',
    '早上好',
    '上午好',
    '下午好',
    '晚上好',
    '早安',
    '在吗',
    '在不在',
    '在不',
    '在么',
    '在嘛',
    '在没',
    '在',
    'hello',
    'hi',
    '嗨',
    '哈喽',
    '哈啰',
    '早',
  ],
  acknowledge: [
    '好的',
    '好嘞',
    '好滴',
    '收到',
    '明白了',
    '明白',
    '知道了',
    '了解了',
    '了解',
    '没问题',
    '懂了',
    'okay',
    'ok',
    '嗯嗯',
    '嗯',
    '好',
    '行',
    '可以',
  ],
  /** Season's and good wishes (`新年快乐`, `春节好`, `周末愉快`): said back in kind. */
  wishes: [
    '新年快乐',
    '新年好',
    '元旦快乐',
    '春节快乐',
    '春节好',
    '新春快乐',
    '过年好',
    '元宵快乐',
    '元宵节快乐',
    '端午安康',
    '端午快乐',
    '中秋快乐',
    '中秋节快乐',
    '国庆快乐',
    '国庆节快乐',
    '节日快乐',
    '假期愉快',
    '周末愉快',
    '周末快乐',
    '新年大吉',
    '万事如意',
    '身体健康',
    '工作顺利',
    '阖家幸福',
    '阖家欢乐',
  ],
  goodbye: ['再见', '拜拜', 'bye'],
  /** Asking what the bot can do: answered as a greeting is, with what it can be asked. */
  abilities: [
    '你能干啥',
    '你能干什么',
    '你能做什么',
    '你能做啥',
    '你会干啥',
    '你会干什么',
    '你会什么',
    '你会啥',
    '你是谁',
    '你有什么功能',
    '你有啥功能',
    '能干啥',
    '能干什么',
    '能做什么',
    '怎么用你',
    '你怎么用',
  ],
};

/** Emoji said to the bot on their own (`👍`, `收到👌`): an acknowledgement, `🙏` a thanks. */
export const THANKS_EMOJI = /[🙏💐🌹]/u;

/** What may pad a greeting or a thanks: punctuation, particles, and whom it is said to. */
export const PADDING = [
  '审计助手',
  '祝大家',
  '祝您',
  '祝你',
  '大家',
  '祝',
  '也',
  '小助手',
  '机器人',
  '助手',
  '老师',
  '领导',
  '同志',
  '亲',
  '啊',
  '呀',
  '哈',
  '哦',
  '哟',
  '啦',
  '了',
  '吗',
  '呢',
  '的',
  '哇',
  '呐',
];

/**
 * What a figure question measures, by kind: a count (几个, 多少家, 项目数), a coverage (覆盖率, 轮审), a
 * growth (增长, 增加), a completion rate (完成率), a share (比例, 占比), an amount (金额). Other rates
 * (移送率, 上云率, 费率) are measured by their own word.
 */
export const FIGURE_MEASURES = {
  coverage: /覆盖率|覆盖面|全覆盖|(?:几|多少)?年?轮审(?:一遍|一次|一轮)?|多久轮一遍|多久轮一次|几年轮一遍/g,
  completion: /完成率/g,
  growth: /增长率|增长|增速|增加|增幅|提高|提升/g,
  share: /比例|占比|比重/g,
  amount: /金额|多少钱|资金量/g,
  /** How long (`分几年`, `多久`): the only figure a span of years answers. */
  years: /几年|多少年|多久|多长时间/g,
} as const;
/** The units a count is asked in (`多少亿`, `几家`, `多少张`), longest first. */
export const COUNT_UNITS =
  '人次|公里|平方米|亿元|万元|亿|万|元|个|项|家|次|户|人|期|所|名|套|座|台|辆|场|批|件|条|处|亩|遍|倍|张|间|吨|层|栋|幢|钱';
/** `几个`, `多少家`, `多少人次`: a count in a unit; 个/项/家/所/批/件 count the same things. */
export const COUNT_ASKED =
  /(?:几|多少)(人次|公里|亿元|万元|亿|万|元|个|项|家|次|户|人|期|所|名|套|座|台|辆|场|批|件|条|处|亩|遍|倍|张|间|吨|层|栋|幢)|(项目数|个数|数量|次数)/g;
export const ITEM_UNITS = '个项家所批件处';
/** A rate by its own word: the character before 率 (`移送率`, `上云率`, `费率`). */
export const RATE_ASKED = /([\u4e00-\u9fa5])率/g;
/**
 * Words of a figure question that name no measured thing: the genre's own (审计, 项目, 工作), the year
 * asked about, asking and wanting words (a cap asked as `控制在多少`, `保持在多少`, however the plan states it:
 * `居民消费价格涨幅 | 3%左右`), a verb's direction (`派多少人出去`), particles.
 */
/** Asks a total (`审计项目总数`, `一共多少`, `合计`): all of the thing, not one kind of it, nor one year's. */
export const TOTAL_ASKED = /总数|总量|总计|合计|共计|总共|一共|全部/;
export const FIGURE_GENERIC =
  /合计|全部|出去|出来|进来|下去|下来|上来|审计|项目|工作|任务|目标|指标|要求|标准|覆盖|每年|全年|年度|今年|明年|当年|年均|一年|多久|多少|几|达到|做到|控制在|保持在|稳定在|要|的|了|是|有|在|到|和|与|及|对|把|将|能|会|都|也|还|就|再|最|多大|多|搞|做|抽|新|共|总|呢|吗|啊|呀|啥|什么|怎么/g;

/**
 * A unit asked what it takes part in (`企金处要配合哪条`, `X参与什么`, `X协助哪几项`): the tasks naming it as
 * lead or co-operator.
 */
export const ASKS_UNIT_PART =
  /(?:配合|参与|协助|协同|参加)(?:了|过)?(?:些)?(?:哪条|哪几条|哪项|哪几项|哪个|哪几个|哪些|什么|啥|几条|几项|多少项|多少条)/;

/**
 * The verb a figure's clause turns on (`地区生产总值增长5%`, `研发投入占地区生产总值比重达4.15%`, `居民收入与经济
 * 增长保持同步`): what stands before it is the thing the clause is about. Not where the word is part of a noun
 * (增加值, 增长率, 达标).
 */
export const CLAUSE_VERB =
  /(?:增长|提高|提升|增加|新增|下降|降低|减少|削减|达到|超过|保持|控制|完成|不低于|不少于|不超过|低于|高于|分别|实现|稳中|稳定|稳质|占|达|与)(?![值率额量标])/;
