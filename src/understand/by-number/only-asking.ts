import { PARTICLES } from '../grammar';

/**
 * What may follow a number in a question about it, once question words are cut: units in general among them
 * (`第二项配合的有哪些厅`, `…哪些局`), where in it (`二（二）里都有啥`, `（三）中有哪些`), and its items (`第3项下面
 * 两个小项分别谁牵头`).
 */
export const ONLY_ASKING = new RegExp(
  `^(?:[\\s任务项条号节部分的是这该一个其它些东西么了要?!。,、:给我看处室部门单位科厅局委办由归有里中都来两几各发${PARTICLES}]|措施|举措|事项|工作|项目|内容|小项|子项|细项|分项|分别)*$`,
);
