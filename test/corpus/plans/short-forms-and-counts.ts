import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  coop,
  cooperators,
  division,
  leads,
  noFigure,
  notSaid,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// Short forms a plan never writes, read from its own terms and unit names, and counts said as part of a
// phrase. 河南 (test/fixtures/corpus/henan-key-work-2023.txt): items with (X牵头,Y、Z…按职责分工负责) —
// 保障性租赁住房 said 保租房 (three words, three characters), 工业和信息化厅 said 工信厅, and an item named by its
// count (落实好提振市场信心90条措施: 90条 is no item number). 广州 (test/fixtures/corpus/
// guangzhou-talent-gathering-2012.txt) names no 工业和信息化 body: 市工信局 is a unit it does not name, never a
// reading of its words 工作信息(化).
const H: Record<number, TaskKey> = {
  2: task(
    '落实好提振市场信心90条措施',
    ['省发展改革委'],
    ['省商务厅', '财政厅', '文化和旅游厅', '工业和信息化厅', '住房城乡建设厅'],
  ),
  4: task(
    '加大保障性租赁住房供给',
    ['省住房城乡建设厅'],
    ['省财政厅', '自然资源厅', '税务局', '地方金融监管局', '人行郑州中心支行', '河南银保监局'],
  ),
};
const h = (n: number) => H[n]!;

const henan: CorpusMessage[] = [
  who('保租房这事谁抓', leads(h(4))),
  coop('保租房哪些单位配合', cooperators(h(4))),
  who('90条措施是哪个单位牵头', leads(h(2))),
  coop('90条措施有哪些厅配合', cooperators(h(2))),
  division('工信厅配合哪些', owns('工业和信息化厅', h(2))),
  // 省财政厅 (item 4) and 财政厅 (item 2, after 省商务厅、) are one unit of the plan, named by its fuller name.
  division('财政厅要配合哪几项工作', owns('省财政厅', h(2), h(4))),
  division('省住房城乡建设厅配合哪些', owns('省住房城乡建设厅', h(2))),
];

// Figures a project states in its own text (`5年内重点引进扶持200名左右…`), asked of the project by name and
// counted in people (人 for the plan's 名); a year or a span of years is no figure (`连续3年每年给予科研经费资助`
// gives no 资助标准, and a plan of 2012 sets nothing for 2019); `规模多大` asks a figure.
const SOCIAL_WORK = task('社会工作人才培养项目', ['市民政局'], ['市人力资源和社会保障局', '各区、县级市']);

const guangzhou: CorpusMessage[] = [
  unsaid('市工信局负责什么', notSaid),
  unsaid('工信局有哪些任务', notSaid),
  target('百人计划拓展项目引进多少人', shows('200名')),
  target('文化创意产业领军人才引进多少人', shows('100名')),
  target('人才公寓筹集多少套', shows('10000套')),
  unsaid('珠江科技新星科研经费资助标准多少', noFigure),
  unsaid('博士后培养每年资助多少人', noFigure),
  unsaid('2019年高层次人才引进目标多少', noFigure),
  unsaid('2018年大专以上学历人才资源总量要达到多少', noFigure),
  unsaid('人才特区规模多大', noFigure),
  // 社工: the field's short form of 社会工作 (a word of the dictionary, so vouched for by the field's vocabulary),
  // which the plan writes only in full (25.社会工作人才培养项目, 社会工作督导员50名).
  who('社工人才培养谁牵头', leads(SOCIAL_WORK)),
  who('社工人才队伍建设谁负责', leads(SOCIAL_WORK)),
  target('社工督导员每年培养多少', shows('50名')),
  // 除了X还有谁: the others than the unit set aside, with no 参与/配合 said.
  coop(
    '百人计划拓展项目除了市委组织部还有谁',
    cooperators(task('“百人计划”拓展项目', ['市委组织部'], ['市科技和信息化局', '市人力资源和社会保障局'])),
  ),
];

export const HENAN_KEY_WORK_2023: PlanCorpus = {
  id: '河南2023重点工作',
  shape: '一、(一) 1.–4.: (X牵头,Y、Z等相关部门按职责分工负责) or units with no lead',
  files: ['test/fixtures/corpus/henan-key-work-2023.txt'],
  at: '2023-03-15T10:00:00+08:00',
  singles: henan,
  chats: [],
};

export const GUANGZHOU_TALENT_2012: PlanCorpus = {
  id: '广州人才集聚工程',
  shape: '一、二、三、 (一) with running 1.–45., each project with its own 牵头/配合 lines',
  files: ['test/fixtures/corpus/guangzhou-talent-gathering-2012.txt'],
  at: '2013-03-15T10:00:00+08:00',
  singles: guangzhou,
  chats: [],
};
