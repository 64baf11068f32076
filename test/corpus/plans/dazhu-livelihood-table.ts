import type { Expected } from '../../commands/staff-answer-set';
import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  division,
  follow,
  greeting,
  hello,
  howTo,
  leads,
  noFigure,
  notSaid,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
  yesNo,
  yn,
} from '../expect-from-plan';

// A county notice copied from its web page as markdown (test/fixtures/plans/numbered-table-own-task-word.md):
// the notice, then under 附件 a pipe table 序号 | 民生实事 | 责任单位 | 完成时限, whose task column has a word of
// its own (民生实事). A 责任单位 cell lists one unit or several apart by <br>, and no word says which of several
// leads: all are 责任单位, none the sole lead. Row 5 goes on in a row with an empty 序号 and 责任单位
// (开工建设老年大学, 12月底前): the same task, its units, its own time. Keys from the 责任单位 column:
const D: Record<number, TaskKey> = {
  1: task('启动建设东柳河城区段综合治理工程和东湖湿地公园', ['县水务局', '县住建局', '县护城河指挥部']),
  2: task('新建2座人行天桥', ['县住建局']),
  3: task('启动县图书馆新馆建设', ['县文体广新局', '县代建中心']),
  4: task('建成县残疾人综合服务中心', ['县残联']),
  5: task('开工建设县老年养护楼', ['县民政局']),
  6: task('迁建县政务服务中心', ['县政务服务中心', '县代建中心']),
  7: task('加快推进土地滩水库建设', ['县水务局']),
  8: task('启动大竹县第十二小学建设', ['县教科局', '县代建中心']),
  9: task('完成棚户区改造2836户', ['县住建局']),
  10: task('城区再新建1个农贸市场', ['县商务局']),
};
const d = (n: number) => D[n]!;

/** A row of several 责任单位: all of them named, none as the sole lead; the row's title where asked by number. */
const allOf = (n: number, titled = false): Expected => ({
  mentions: [...(titled ? [d(n).title] : []), ...d(n).lead],
  alsoAllowed: d(n).lead,
});

const WATER = 'ou_dz_water_member';
const HOUSING = 'ou_dz_housing_head';

const singles: CorpusMessage[] = [
  // 任务编号: the table's 序号, the 实事 people count.
  byNumber('第4项是什么', card(d(4))),
  byNumber('序号6', allOf(6, true)),
  byNumber('第八项', allOf(8, true)),
  byNumber('第九件实事', card(d(9))),
  // 谁牵头: one unit leads; several are all 责任单位; the carried-on row (老年大学) is row 5's.
  who('东柳河综合治理谁负责', allOf(1)),
  who('中心幼儿园谁负责', allOf(8)),
  who('老年大学谁负责', leads(d(5))),
  who('残疾人综合服务中心归哪个单位', leads(d(4))),
  // 处室管什么: a unit named with or without its place (残联 of 县残联).
  division('县代建中心负责哪些', {
    mentions: [d(3).title, d(6).title, d(8).title],
    alsoAllowed: ['县代建中心', ...d(3).lead, ...d(6).lead, ...d(8).lead],
  }),
  division('残联管什么', owns('县残联', d(4))),
  division('县民政局的任务', owns('县民政局', d(5))),
  // 是非与选择
  yn('土地滩水库是县水务局负责吗', yesNo(d(7), '县水务局', true)),
  yn('农贸市场归县商务局还是县住建局', leads(d(10))),
  yn('人行天桥是残联的吗', yesNo(d(2), '县残联', false)),
  // 目标与指标: figures in the row's text and its 完成时限; row 5 has two times, each for its part.
  target('棚改要完成多少户', shows('2836户')),
  target('人行天桥几月投入使用', shows('9月投入使用')),
  target('老年大学什么时候完成', shows('12月底前')),
  target('第5项完成时限', shows('5月底前动工', '12月底前')),
  target('中心幼儿园新建几所', shows('2所')),
  // The row's time asked with the verb it is due by (投用, 动工, 启用) and 哪天/几月份.
  target('人行天桥几月份投用', shows('9月投入使用')),
  target('残疾人综合服务中心哪天动工', shows('5月底前动工')),
  target('农贸市场什么时候启用', shows('12月底前')),
  target('完成情况什么时候报', shows('每季度末月20日前')),
  hello('@审计助手 在吗', greeting),
  // 方案未写明
  unsaid('城区停车场建设谁负责', notSaid),
  unsaid('第12项是什么', notSaid),
  unsaid('人行天桥投资多少', noFigure),
  unsaid('老年养护楼建几层', noFigure),
  unsaid('农贸市场占地几亩', noFigure),
];

// People of the table's own units record progress on the rows they are 责任单位 of.
const commands: CorpusMessage[] = [
  command(
    '进展 7 大坝开始填筑',
    {},
    { user: WATER, effect: { progress: { task: d(7).title, text: '大坝开始填筑' } } },
  ),
  command(
    '@审计助手 进展 棚户区改造 已签约1500户',
    {},
    { user: HOUSING, effect: { progress: { task: d(9).title, text: '已签约1500户' } } },
  ),
  howTo('能登记整改吗 怎么弄', { mentions: ['整改 登记'] }),
];

export const DAZHU_LIVELIHOOD_2016: PlanCorpus = {
  id: '大竹民生实事分解表',
  shape:
    'markdown web copy: notice, then a pipe table 序号|民生实事|责任单位|完成时限, <br> between units, row 5 carried on',
  files: ['test/fixtures/plans/numbered-table-own-task-word.md'],
  at: '2016-05-10T09:30:00+08:00',
  roster: [
    [WATER, '县水务局', '成员'],
    [HOUSING, '县住建局', '处长'],
  ],
  singles: [...singles, ...commands],
  chats: [
    {
      about: '序号后追问时限和下一项',
      messages: [
        follow('第3项谁负责', allOf(3, true)),
        follow('啥时候完成', shows('12月底前')),
        // The last question again, of another row: when that one is due.
        follow('那第4项呢', shows('5月底前动工')),
        follow('谁负责', leads(d(4))),
      ],
    },
    {
      about: '续行的老年大学',
      messages: [
        follow('老年养护楼归谁管', leads(d(5))),
        follow('老年大学呢 几月完成', shows('12月底前')),
        follow('那人行天桥呢', shows('9月投入使用')),
      ],
    },
  ],
};
