import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import {
  byNumber,
  card,
  coop,
  cooperators,
  division,
  follow,
  greeting,
  hello,
  items,
  leads,
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

// A city's draft opinion (test/fixtures/corpus/hangzhou-internet-plus-2015.txt): 一、工作目标 (到2020年…), then
// 二、(一) with items 1. 2., each closed by (牵头单位:X,配合单位:Y). Both items are co-operated on by 各区县市, the
// districts, counties and county-level cities as one set; item 2's count is blank in the draft (`5年内有 家`).
const H1 = task('大力发展众创空间', ['市科委'], ['各区县市']);
const H2 = task('加快特色小镇建设', ['市发改委'], ['各区县市']);

const singles: CorpusMessage[] = [
  byNumber('任务1是啥', card(H1)),
  byNumber('二（一）2讲的什么', card(H2)),

  who('众创空间建设由哪个单位牵头', leads(H1)),
  who('九镇三谷谁来抓', leads(H2)),

  coop('特色小镇谁配合', cooperators(H2)),

  // 处室管什么: the notes' units, 发改委 for 市发改委, and the set 各区县市 asked as one unit.
  division('市科委负责什么', owns('市科委', H1)),
  division('发改委负责哪些任务', owns('市发改委', H2)),
  division('各区县市负责哪些事', owns('各区县市', H1, H2)),
  division('各区县市要做什么', owns('各区县市', H1, H2)),

  yn('众创空间是科委牵头吗', yesNo(H1, '市科委', true)),
  yn('特色小镇是不是各区县市牵头', yesNo(H2, '各区县市', false)),

  target('三年内要认定多少家众创空间', shows('60家以上')),
  // A goal asked by the year it aims at: 一、工作目标's 到2020年… paragraph, not a search of the text.
  target('到2020年要达到什么目标', shows('基于互联网的新业态成为新的经济增长动力')),
  target('一、工作目标下面都是啥', shows('基于互联网的新业态成为新的经济增长动力')),
  byNumber('二、实施重点下面有哪些', items(H1, H2)),

  hello('谢谢', greeting),

  unsaid('智慧医疗谁负责', notSaid),
];

export const HANGZHOU_INTERNET_PLUS_2015: PlanCorpus = {
  id: '杭州互联网+实施意见',
  shape: '一、工作目标 / 二、(一) 1. 2. with (牵头单位:X,配合单位:Y); 各区县市 as a set of units',
  files: ['test/fixtures/corpus/hangzhou-internet-plus-2015.txt'],
  at: '2016-04-20T09:30:00+08:00',
  singles,
  chats: [
    {
      about: '各区县市追问',
      messages: [
        follow('众创空间谁配合', cooperators(H1)),
        follow('各区县市还配合什么', owns('各区县市', H1, H2)),
      ],
    },
  ],
};
