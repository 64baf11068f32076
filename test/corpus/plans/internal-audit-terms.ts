import type { CorpusMessage, PlanCorpus, TaskKey } from '../corpus-types';
import {
  byNumber,
  card,
  command,
  coop,
  cooperators,
  division,
  follow,
  leads,
  noFigure,
  owns,
  shows,
  target,
  task,
  unsaid,
  who,
} from '../expect-from-plan';

// A bureau's internal-audit guidance points (test/fixtures/corpus/internal-audit-guidance-2026.txt): items
// （一）…（五） running across 一、二、, notes (牵头处室:X;配合处室:Y). Its terms are shortened in chat from their
// words' first characters (内部审计 → 内审, 经济责任 → 经责) while 内审处 is also one of its divisions: 内审 in a
// question is the term, 内审处 the division. 企金处, 行政事业处, 电子数据处 and 法规处 appear only as
// co-operators somewhere. Keys read from the notes:
const P: Record<string, TaskKey> = {
  一: task('健全内部审计制度', ['内审处'], ['法规处']),
  二: task('推进内部审计数字化', ['内审处'], ['电子数据处']),
  三: task('开展内部审计质量评估', ['内审处'], ['企金处', '行政事业处']),
  四: task('开展经济责任审计', ['经济责任审计处'], ['企金处']),
  五: task('开展国有企业审计', ['企金处'], ['内审处']),
};
const k = (n: string) => P[n]!;

const singles: CorpusMessage[] = [
  byNumber('（二）讲什么', card(k('二'))),
  byNumber('第5项是哪个处牵头', leads(k('五'))),

  // 谁牵头: the term by its short form (内审, 经责), never read as the division 内审处.
  who('内审数字化谁负责', leads(k('二'))),
  who('内审机构设置归哪个处', leads(k('一'))),
  who('内审质量评估谁牵头', leads(k('三'))),
  who('经责审计谁牵头', leads(k('四'))),
  who('内审信息管理平台谁来建', leads(k('二'))),
  who('内审制度建设哪个处负责', leads(k('一'))),

  coop('内审质量评估谁配合', cooperators(k('三'))),

  // 处室管什么: a unit as the subject of 配合/参与/负责, leads and co-operators alike.
  division('企金处要配合哪条', owns('企金处', k('三'), k('四'), k('五'))),
  division('内审处参与了哪些任务', owns('内审处', k('一'), k('二'), k('三'), k('五'))),
  division('行政事业处配合什么', owns('行政事业处', k('三'))),
  division('电子数据处负责哪几条', owns('电子数据处', k('二'))),
  division('法规处要做什么', owns('法规处', k('一'))),

  // 目标与指标: figures the items state, asked with the terms' short forms.
  target('内审人员培训每年几期', shows('2期以上')),
  target('经责审计每年做几个', shows('12个')),
  target('内审质量评估每年抽几家', shows('10家')),

  // 方案未写明: figures no item states.
  unsaid('内审工作经费标准是多少', noFigure),
  unsaid('内审发现问题整改率要求多少', noFigure),
  unsaid('经济责任审计覆盖率目标', noFigure),
  unsaid('国有企业审计每年做几个', noFigure),
  unsaid('内审数字化平台预算多少钱', noFigure),
];

const commands: CorpusMessage[] = [
  command(
    '整改 登记 内审机构未设置 单位:市交通集团 期限:年底 处室:内审处 任务:1',
    {},
    { effect: { registered: { unit: '市交通集团', task: k('一').title } } },
  ),
];

export const INTERNAL_AUDIT_TERMS: PlanCorpus = {
  id: '内审指导工作要点',
  shape:
    '（一）…（五） running across 一、二、; terms shortened in chat (内审, 经责) beside the division 内审处',
  files: ['test/fixtures/corpus/internal-audit-guidance-2026.txt'],
  at: '2026-04-15T09:00:00+08:00',
  singles: [...singles, ...commands],
  chats: [
    {
      about: '任务卡后问数字和配合',
      messages: [
        follow('（三）是啥', card(k('三'))),
        follow('每年抽几家', shows('10家')),
        follow('谁配合', cooperators(k('三'))),
      ],
    },
  ],
};
