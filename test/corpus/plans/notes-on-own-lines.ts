import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  coop,
  cooperators,
  division,
  leads,
  notSaid,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// A city's key-work notice (test/fixtures/corpus/chuzhou-key-work-2020.txt) whose notes stand on lines of
// their own after each item: `牵头负责领导:…。` (a person, no unit), `牵头责任单位:X。` (the lead) and
// `协同责任单位:A、B等,各县、市、区政府。` (those who work with it). Labels of two role words read as
// notes: the first word says the role.
const CITIES = ['滁州经开区管委会', '中新苏滁高新区管委会', '各县、市、区政府'];
const P: Record<number, TaskKey> = {
  1: task(
    '地区生产总值增长8%以上',
    ['市发展改革委'],
    ['市经信局', '市商务局', '市交通局', '市农业农村局', ...CITIES],
  ),
  2: task('财政收入增长8%左右', ['市财政局'], ['市税务局', '滁州海关', '市人行', ...CITIES]),
  3: task(
    '固定资产投资增长10%以上',
    ['市发展改革委'],
    ['市经信局', '市住建局', '市交通局', '市水利局', ...CITIES],
  ),
};
const c = (n: number) => P[n]!;

const chuzhou: CorpusMessage[] = [
  byNumber('2号任务讲的什么', card(c(2))),
  byNumber('看下第3项', card(c(3))),
  who('财政收入增长8%左右由哪个单位牵头', leads(c(2))),
  who('固定资产投资这项的牵头责任单位', leads(c(3))),
  who('GDP增长8%以上的牵头单位是哪个', leads(c(1))),
  coop('财政收入有哪些协同单位', cooperators(c(2))),
  coop('固定资产投资还要哪些部门协同', cooperators(c(3))),
  division('市财政局牵头的是哪项', owns('市财政局', c(2))),
  division('滁州海关要参与什么', owns('滁州海关', c(2))),
  target('固定资产投资今年增长目标', shows('10%以上')),
  target('财政收入增幅定的多少', shows('8%左右')),
  unsaid('粮食生产谁牵头', notSaid),
  unsaid('市审计局牵头哪些', notSaid),
];

export const CHUZHOU_KEY_WORK_2020: PlanCorpus = {
  id: '滁州2020重点工作(说明另起行)',
  shape: 'items 1.–3., each followed by lines 牵头负责领导: / 牵头责任单位: / 协同责任单位:',
  files: ['test/fixtures/corpus/chuzhou-key-work-2020.txt'],
  at: '2020-04-10T10:00:00+08:00',
  singles: chuzhou,
  chats: [],
};
