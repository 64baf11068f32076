import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import { follow, leads, noFigure, shows, target, task, who, yn } from '../expect-from-plan';

// 六盘水's 新型基础设施建设三年行动方案 in markdown (test/fixtures/corpus/liupanshui-new-infrastructure-2022-2024.md):
// its 主要目标 paragraph gives 2022 figures (`**2022年**，全市新建5G基站2600个以上…`) and 到2024年 ones, the verb
// before what is built and the figure after it. Each is a figure of its year.

const liupanshui: CorpusMessage[] = [
  target('2022年要新建多少个5G基站', shows('2600个以上')),
  target('到2024年累计要建成多少个5G基站', shows('1万个')),
  target('2022年市级以上创新平台新建几个', shows('15个以上')),
  target('2024年累计新建创新平台多少个', shows('50个以上')),
  // The term typed with its numeral in words or its letter in lower case (五g, 五G, 5g): the plan's 5G.
  target('2022年要新建多少个五g基站', shows('2600个以上')),
  target('五G基站到2024年累计建成多少', shows('1万个')),
  target('2022年5g基站新建多少个', shows('2600个以上')),
  // A figure asked yes or no: 是/不是 by the plan's figure of that year, quoted; a year it gives none for, said so.
  yn('2022年创新平台目标是20个吗', { ...shows('15个以上'), yes: false }),
  yn('2022年创新平台目标是15个吗', { ...shows('15个以上'), yes: true }),
  yn('到2024年累计建成5G基站是不是1万个', { ...shows('1万个'), yes: true }),
  yn('2022年新建5G基站是3000个吗', { ...shows('2600个以上'), yes: false }),
  yn('2023年创新平台目标是15个吗', noFigure),
  // 一、主要目标 asked by its number and a goals heading: its goals and indicators, which are no tasks.
  target('一、主要目标下面几条都是啥', shows('2600个以上', '1万个')),
  // The goals asked by the year they aim at: that year's figures.
  target('到2024年要达到什么目标', shows('1万个', '50个以上')),
  target('2022年的目标是什么', shows('2600个以上', '15个以上')),
];

export const LIUPANSHUI_ACTION_PLAN_FIGURES: PlanCorpus = {
  id: '六盘水新基建(主要目标的数字)',
  shape:
    'markdown 行动方案: 主要目标 with **2022年** and **到2024年** sentences, verb before the thing, figure after',
  files: ['test/fixtures/corpus/liupanshui-new-infrastructure-2022-2024.md'],
  at: '2023-07-10T10:00:00+08:00',
  singles: liupanshui,
  // The year asked stays with the chat: `那创新平台呢` after a 2024 figure asks 创新平台's 2024 figure.
  chats: [
    {
      about: '到2024年的数字,再问另一项',
      messages: [
        follow('到2024年累计建成5G基站多少个', shows('1万个')),
        follow('那创新平台呢', shows('50个以上')),
        follow('那5G基站呢', shows('1万个')),
      ],
    },
    {
      about: '2022年的数字,再问另一项',
      messages: [
        follow('2022年创新平台目标是多少', shows('15个以上')),
        follow('那5G基站呢', shows('2600个以上')),
      ],
    },
  ],
};

// 黄石港's 重点工作分解意见 (test/fixtures/corpus/huangshigang-key-work-2025.txt): item 1. is 地方生产总值增长7%左右
// (责任单位:区发改局). People say GDP for it.
const GDP = task('地方生产总值增长7%左右', ['区发改局']);

const huangshigang: CorpusMessage[] = [
  who('gdp归哪个单位', leads(GDP)),
  target('GDP目标增长多少', { mentions: ['7%左右'], stated: true, alsoAllowed: GDP.lead, support: [] }),
];

export const HUANGSHIGANG_GDP_2025: PlanCorpus = {
  id: '黄石港分解意见(GDP)',
  shape: '1.…10. with (责任单位:X) at the end; 地方生产总值 asked as GDP',
  files: ['test/fixtures/corpus/huangshigang-key-work-2025.txt'],
  at: '2025-04-02T10:00:00+08:00',
  singles: huangshigang,
  chats: [],
};
