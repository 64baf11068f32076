// A heading that is the plan's goals and nothing else: 目标, 工作目标, 主要目标, 主要工作目标, 总体工作目标,
// 2025年主要预期目标, 经济社会发展主要预期目标, 经济社会发展指标(工作目标). What comes before 目标 says which goals
// (主要, 工作, 预期 …); a heading whose last word before 目标 names something else (推动实现碳达峰目标) is a task's,
// and one that joins goals to something else (发展目标与任务, 指导思想和主要目标) holds more than goals.

/** Words that say which goals a heading's 目标 are. */
const KIND = '(?:主要|工作|发展|总体|具体|预期|年度|阶段性?|奋斗|总)';
const GOALS = new RegExp(`^(?:${KIND}*|[^和与及、]*${KIND})目标$`, 'u');

export function isGoalSection(heading: string): boolean {
  const words = heading.replace(/[\s()（）【】〔〕“”"'‘’:：。.]/gu, '');
  return GOALS.test(words);
}
