import type { CorpusMessage, PlanCorpus } from '../corpus-types';
import { division, task, yesNo, yn } from '../expect-from-plan';

// A State Council office notice (国办发〔2018〕117号, test/fixtures/corpus/duchajili-incentives-2018.txt): thirty
// incentive measures 一、…三十、, each ending （X负责） or （X、Y负责） with no word on which of several leads. The
// notes name national bodies with 国家 (国家发展改革委, 国家卫生健康委), which people call 发改委, 卫健委.
const C17 = task('老工业基地调整改造', ['国家发展改革委']);
const C19 = task('推进质量工作', ['市场监管总局']);
const C25 = ['国家卫生健康委', '财政部'];

const singles: CorpusMessage[] = [
  // 工作 of the subject (推进质量工作) does not ask what the unit does.
  yn('推进质量工作那项是市场监管总局负责的吧', yesNo(C19, '市场监管总局', true)),
  // A national body by its short form, 国家 left out.
  yn('老工业基地调整改造是发改委负责吗', yesNo(C17, '国家发展改革委', true)),
  division('卫健委负责哪几条', { mentions: ['公立医院综合改革'], alsoAllowed: C25 }),
];

export const DUCHAJILI_INCENTIVES_2018: PlanCorpus = {
  id: '国办发2018-117督查激励',
  shape: 'thirty measures 一、…三十、, each ending (X负责) or (X、Y负责), national bodies written with 国家',
  files: ['test/fixtures/corpus/duchajili-incentives-2018.txt'],
  at: '2019-01-08T15:00:00+08:00',
  singles,
  chats: [],
};
