import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  coop,
  cooperators,
  division,
  leads,
  notSaid,
  owns,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// A province's 任务分工 notice (test/fixtures/corpus/liaoning-northeast-division-2012.txt): items ⑴…⑽ (the
// (1) numbering in one character) under `1.约束性指标` under `(一)`, each followed by its notes on lines of
// their own (牵头单位: then 责任单位:, the lead among the 责任单位; or 责任单位: alone, one unit).
const P: Record<number, TaskKey> = {
  1: task('九年义务教育巩固率达到97%', ['省教育厅']),
  3: task('森林覆盖率提高到42%', ['省林业厅']),
  5: task('单位地区生产总值二氧化碳排放降低18%', ['省发展改革委'], ['省直相关部门']),
  6: task('化学需氧量、二氧化硫、氨氮、氮氧化物排放分别减少', ['省环保厅']),
  7: task('单位工业增加值用水量降低24.8%', ['省经济和信息化委'], ['省水利厅']),
  9: task('城乡三项基本医疗保险参保率95%', ['省人力资源社会保障厅'], ['省卫生厅']),
  10: task('城镇保障性安居工程建设', ['省住房城乡建设厅']),
};
const q = (n: number) => P[n]!;

const singles: CorpusMessage[] = [
  byNumber('⑶讲的啥', card(q(3))),
  byNumber('(9)是什么任务', card(q(9))),
  byNumber('看看第五项', card(q(5))),
  who('⑽由谁牵头', leads(q(10))),
  who('（6）哪个厅负责', leads(q(6))),
  coop('⑺有哪些配合单位', cooperators(q(7))),
  division('省环保厅负责哪项', owns('省环保厅', q(6))),
  division('省教育厅牵头什么', owns('省教育厅', q(1))),
  unsaid('⑿是什么', notSaid),
];

export const LIAONING_ENCLOSED_NUMBERS_2012: PlanCorpus = {
  id: '辽宁分工通知(⑴编号)',
  shape: 'items ⑴…⑽ under 1. under (一), notes on lines of their own',
  files: ['test/fixtures/corpus/liaoning-northeast-division-2012.txt'],
  at: '2013-05-06T10:00:00+08:00',
  singles,
  chats: [
    {
      about: '⑴编号记进展',
      messages: [
        command(
          '进展 ⑼ 参保率已达94%',
          {},
          { effect: { progress: { task: '城乡三项基本医疗保险', text: '参保率已达94%' } } },
        ),
      ],
    },
  ],
};
